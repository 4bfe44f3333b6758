from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.qwen_image_start_body_model import (
    QwenImageStartBodyModel,
    check_qwen_image_start_body_model,
)
from ..models.qwen_image_start_body_size import (
    QwenImageStartBodySize,
    check_qwen_image_start_body_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="QwenImageStartBody")


@_attrs_define
class QwenImageStartBody:
    name: str
    """ Task name. """
    prompt: str
    """ What to generate, or how to edit the input images. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    model: QwenImageStartBodyModel | Unset = "qwen-image-2.0"
    """ The model; only `qwen-image-3.0-pro` takes the 2048-class sizes. """
    input_images: list[str] | Unset = UNSET
    """ Public reference image URLs; giving any makes the task an edit. """
    size: QwenImageStartBodySize | Unset = "1024*1024"
    """ Output size as `width*height`; the 2048-class sizes need `qwen-image-3.0-pro`. """
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

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

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
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        prompt = d.pop("prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        _model = d.pop("model", UNSET)
        model: QwenImageStartBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_qwen_image_start_body_model(_model)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        _size = d.pop("size", UNSET)
        size: QwenImageStartBodySize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_qwen_image_start_body_size(_size)

        qwen_image_start_body = cls(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            model=model,
            input_images=input_images,
            size=size,
        )

        qwen_image_start_body.additional_properties = d
        return qwen_image_start_body

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
