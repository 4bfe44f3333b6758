from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpt_image_start_body_aspect_ratio import (
    GptImageStartBodyAspectRatio,
    check_gpt_image_start_body_aspect_ratio,
)
from ..models.gpt_image_start_body_model import (
    GptImageStartBodyModel,
    check_gpt_image_start_body_model,
)
from ..models.gpt_image_start_body_quality import (
    GptImageStartBodyQuality,
    check_gpt_image_start_body_quality,
)
from ..models.gpt_image_start_body_resolution import (
    GptImageStartBodyResolution,
    check_gpt_image_start_body_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GptImageStartBody")


@_attrs_define
class GptImageStartBody:
    name: str
    """ Task name. """
    prompt: str
    """ What to generate or how to edit; at most 3000 characters. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    input_images: list[str] | Unset = UNSET
    """ Image URLs to edit; up to 16 with GPT Image 1.5. """
    model: GptImageStartBodyModel | Unset = "gpt-image-1.5"
    """ `gpt-image-1.5` (20/35 coins, `quality`, three ratios) or `gpt-image-2` (25/35/45 coins by `resolution`,
    quality fixed to medium, nine ratios). """
    aspect_ratio: GptImageStartBodyAspectRatio | Unset = "1:1"
    """ `gpt-image-1.5` supports only 1:1, 3:2 and 2:3 (others become 1:1); `gpt-image-2` all nine. """
    quality: GptImageStartBodyQuality | Unset = "medium"
    """ Image quality; `gpt-image-1.5` only. """
    resolution: GptImageStartBodyResolution | Unset = "1K"
    """ `gpt-image-2` only. 1:1 cannot be 4K; with `auto` (or no ratio) only 1K is accepted. """
    force_generate: bool | Unset = UNSET
    """ Generate even if NSFW content is detected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

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
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if quality is not UNSET:
            field_dict["quality"] = quality
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
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

        input_images = cast(list[str], d.pop("input_images", UNSET))

        _model = d.pop("model", UNSET)
        model: GptImageStartBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_gpt_image_start_body_model(_model)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GptImageStartBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_gpt_image_start_body_aspect_ratio(_aspect_ratio)

        _quality = d.pop("quality", UNSET)
        quality: GptImageStartBodyQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_gpt_image_start_body_quality(_quality)

        _resolution = d.pop("resolution", UNSET)
        resolution: GptImageStartBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_gpt_image_start_body_resolution(_resolution)

        force_generate = d.pop("force_generate", UNSET)

        gpt_image_start_body = cls(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            input_images=input_images,
            model=model,
            aspect_ratio=aspect_ratio,
            quality=quality,
            resolution=resolution,
            force_generate=force_generate,
        )

        gpt_image_start_body.additional_properties = d
        return gpt_image_start_body

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
