from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.veo_start_body_aspect_ratio import (
    VeoStartBodyAspectRatio,
    check_veo_start_body_aspect_ratio,
)
from ..models.veo_start_body_generation_type import (
    VeoStartBodyGenerationType,
    check_veo_start_body_generation_type,
)
from ..models.veo_start_body_model import VeoStartBodyModel, check_veo_start_body_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="VeoStartBody")


@_attrs_define
class VeoStartBody:
    prompt: str
    """ What the video shows (dialogue may be included); may be empty, then a default placeholder is used. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name; generated when omitted. """
    generation_type: VeoStartBodyGenerationType | Unset = "TEXT_2_VIDEO"
    """ Text only, start and end frames, or reference images. """
    image_urls: list[str] | Unset = UNSET
    """ 1 or 2 frames for `FIRST_AND_LAST_FRAMES_2_VIDEO`; 1 to 3 references for `REFERENCE_2_VIDEO`. """
    model: VeoStartBodyModel | Unset = "veo3_fast"
    """ `veo3` favours quality, `veo3_fast` speed. """
    aspect_ratio: VeoStartBodyAspectRatio | Unset = "Auto"
    """ Aspect ratio; `Auto` picks it automatically. Only 16:9 videos have a 1080p version. A public caller measured
    the server with `aspect_ratio` (`16:9`, `9:16`, `auto`) instead; pass that spelling through `extra_body` if
    needed. """
    watermark: str | Unset = UNSET
    """ Custom watermark text. """
    seeds: float | Unset = UNSET
    """ Seed for reproducibility; the catalog's text gives the range 10000 to 99999. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        generation_type: str | Unset = UNSET
        if not isinstance(self.generation_type, Unset):
            generation_type = self.generation_type

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        watermark = self.watermark

        seeds = self.seeds

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
        if generation_type is not UNSET:
            field_dict["generationType"] = generation_type
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if seeds is not UNSET:
            field_dict["seeds"] = seeds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _generation_type = d.pop("generationType", UNSET)
        generation_type: VeoStartBodyGenerationType | Unset
        if isinstance(_generation_type, Unset):
            generation_type = UNSET
        else:
            generation_type = check_veo_start_body_generation_type(_generation_type)

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        _model = d.pop("model", UNSET)
        model: VeoStartBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_veo_start_body_model(_model)

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: VeoStartBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_start_body_aspect_ratio(_aspect_ratio)

        watermark = d.pop("watermark", UNSET)

        seeds = d.pop("seeds", UNSET)

        veo_start_body = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            generation_type=generation_type,
            image_urls=image_urls,
            model=model,
            aspect_ratio=aspect_ratio,
            watermark=watermark,
            seeds=seeds,
        )

        veo_start_body.additional_properties = d
        return veo_start_body

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
