from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flux_2_start_body_aspect_ratio import (
    Flux2StartBodyAspectRatio,
    check_flux_2_start_body_aspect_ratio,
)
from ..models.flux_2_start_body_resolution import (
    Flux2StartBodyResolution,
    check_flux_2_start_body_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Flux2StartBody")


@_attrs_define
class Flux2StartBody:
    name: str
    """ Task name. """
    prompt: str
    """ What to generate, or the edit instruction. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    input_images: list[str] | Unset = UNSET
    """ Up to 8 reference image URLs; giving any switches to image-to-image mode. """
    aspect_ratio: Flux2StartBodyAspectRatio | Unset = "9:16"
    """ Output aspect ratio. """
    resolution: Flux2StartBodyResolution | Unset = "1K"
    """ 1K is about 1 megapixel, 2K about 2 megapixels. """
    force_generate: bool | Unset = True
    """ Generate even if NSFW content is detected (default `true` for API tokens, `false` in the web app). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Flux2StartBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_flux_2_start_body_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Flux2StartBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_flux_2_start_body_resolution(_resolution)

        force_generate = d.pop("force_generate", UNSET)

        flux_2_start_body = cls(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            force_generate=force_generate,
        )

        flux_2_start_body.additional_properties = d
        return flux_2_start_body

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
