from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nano_banana_start_body_aspect_ratio import (
    NanoBananaStartBodyAspectRatio,
    check_nano_banana_start_body_aspect_ratio,
)
from ..models.nano_banana_start_body_image_size import (
    NanoBananaStartBodyImageSize,
    check_nano_banana_start_body_image_size,
)
from ..models.nano_banana_start_body_model import (
    NanoBananaStartBodyModel,
    check_nano_banana_start_body_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NanoBananaStartBody")


@_attrs_define
class NanoBananaStartBody:
    name: str
    """ Task name. """
    prompt: str
    """ What to generate, or how to edit the input images. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    model: NanoBananaStartBodyModel | Unset = "nano-banana-pro"
    """ `nano-banana` has no resolution control; `nano-banana-pro` and `nano-banana-2` honour `image_size`; `nano-
    banana-2-lite` is 1K only. """
    input_images: list[str] | Unset = UNSET
    """ Input image URLs, for editing and composition. """
    aspect_ratio: NanoBananaStartBodyAspectRatio | Unset = "auto"
    """ Output aspect ratio. """
    image_size: NanoBananaStartBodyImageSize | Unset = "1K"
    """ Output size; honoured by `nano-banana-pro` and `nano-banana-2`, forced to 1K on `nano-banana-2-lite`. """
    google_search: bool | Unset = False
    """ Ground the image in Google web search results; `nano-banana-2` only. """
    force_generate: bool | Unset = True
    """ Generate even if NSFW content is detected (default `true` for API tokens, `false` in the web app). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size

        google_search = self.google_search

        force_generate = self.force_generate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompt": prompt,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if model is not UNSET:
            field_dict["model"] = model
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if google_search is not UNSET:
            field_dict["google_search"] = google_search
        if force_generate is not UNSET:
            field_dict["force_generate"] = force_generate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        prompt = d.pop("prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        _model = d.pop("model", UNSET)
        model: NanoBananaStartBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_nano_banana_start_body_model(_model)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: NanoBananaStartBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_nano_banana_start_body_aspect_ratio(_aspect_ratio)

        _image_size = d.pop("image_size", UNSET)
        image_size: NanoBananaStartBodyImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = check_nano_banana_start_body_image_size(_image_size)

        google_search = d.pop("google_search", UNSET)

        force_generate = d.pop("force_generate", UNSET)

        nano_banana_start_body = cls(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            model=model,
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            google_search=google_search,
            force_generate=force_generate,
        )

        nano_banana_start_body.additional_properties = d
        return nano_banana_start_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
