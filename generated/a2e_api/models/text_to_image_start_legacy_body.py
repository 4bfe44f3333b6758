from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_to_image_start_legacy_body_aspect_ratio import (
    TextToImageStartLegacyBodyAspectRatio,
    check_text_to_image_start_legacy_body_aspect_ratio,
)
from ..models.text_to_image_start_legacy_body_model_type import (
    TextToImageStartLegacyBodyModelType,
    check_text_to_image_start_legacy_body_model_type,
)
from ..models.text_to_image_start_legacy_body_req_key import (
    TextToImageStartLegacyBodyReqKey,
    check_text_to_image_start_legacy_body_req_key,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToImageStartLegacyBody")


@_attrs_define
class TextToImageStartLegacyBody:
    prompt: str
    """ What the image should show. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name; generated when absent. """
    width: int | Unset = 1024
    """ Output width in pixels. """
    height: int | Unset = 1024
    """ Output height in pixels. """
    model_type: TextToImageStartLegacyBodyModelType | Unset = "a2e"
    """ The model. `zimage` is seen in public code, not in the catalog. """
    model_version: str | Unset = UNSET
    """ Seedream generation (`4.5`, `5.0`, `5.0-pro`), as one public caller sends it; not in the catalog. """
    req_key: TextToImageStartLegacyBodyReqKey | Unset = UNSET
    """ Older model preset (`high_aes_general_v21_L` general, `high_aes` manga); replaced by `model_type`, still
    sent by callers. """
    input_images: list[str] | Unset = UNSET
    """ Reference image URLs; at most 2 for `a2e`, 10 for Seedream 5.0 Pro. """
    skip_face_enhance: bool | Unset = False
    """ Turn off the face-similarity enhancement of A2E image editing. """
    aspect_ratio: TextToImageStartLegacyBodyAspectRatio | Unset = UNSET
    """ Aspect ratio (Seedream). """
    max_images: int | Unset = UNSET
    """ How many images to generate; each becomes a separate task. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        width = self.width

        height = self.height

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        model_version = self.model_version

        req_key: str | Unset = UNSET
        if not isinstance(self.req_key, Unset):
            req_key = self.req_key

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        skip_face_enhance = self.skip_face_enhance

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        max_images = self.max_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if req_key is not UNSET:
            field_dict["req_key"] = req_key
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if skip_face_enhance is not UNSET:
            field_dict["skip_face_enhance"] = skip_face_enhance
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if max_images is not UNSET:
            field_dict["max_images"] = max_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: TextToImageStartLegacyBodyModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_text_to_image_start_legacy_body_model_type(_model_type)

        model_version = d.pop("model_version", UNSET)

        _req_key = d.pop("req_key", UNSET)
        req_key: TextToImageStartLegacyBodyReqKey | Unset
        if isinstance(_req_key, Unset):
            req_key = UNSET
        else:
            req_key = check_text_to_image_start_legacy_body_req_key(_req_key)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        skip_face_enhance = d.pop("skip_face_enhance", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: TextToImageStartLegacyBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_text_to_image_start_legacy_body_aspect_ratio(_aspect_ratio)

        max_images = d.pop("max_images", UNSET)

        text_to_image_start_legacy_body = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            width=width,
            height=height,
            model_type=model_type,
            model_version=model_version,
            req_key=req_key,
            input_images=input_images,
            skip_face_enhance=skip_face_enhance,
            aspect_ratio=aspect_ratio,
            max_images=max_images,
        )

        text_to_image_start_legacy_body.additional_properties = d
        return text_to_image_start_legacy_body

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
