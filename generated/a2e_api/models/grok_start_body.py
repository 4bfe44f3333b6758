from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grok_start_body_aspect_ratio import (
    GrokStartBodyAspectRatio,
    check_grok_start_body_aspect_ratio,
)
from ..models.grok_start_body_duration import (
    GrokStartBodyDuration,
    check_grok_start_body_duration,
)
from ..models.grok_start_body_mode import GrokStartBodyMode, check_grok_start_body_mode
from ..models.grok_start_body_model_type import (
    GrokStartBodyModelType,
    check_grok_start_body_model_type,
)
from ..models.grok_start_body_model_version import (
    GrokStartBodyModelVersion,
    check_grok_start_body_model_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrokStartBody")


@_attrs_define
class GrokStartBody:
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name for identification. """
    model_type: GrokStartBodyModelType | Unset = "text-to-video"
    """ Generation mode. """
    model_version: GrokStartBodyModelVersion | Unset = "legacy"
    """ `1.5` is Grok Imagine Video 1.5, image-to-video only. """
    prompt: str | Unset = UNSET
    """ What the video shows. Needed for `text-to-video`, optional for `image-to-video`. """
    mode: GrokStartBodyMode | Unset = "normal"
    """ Style mode; for image-to-video the upstream may fall back from `spicy` to `normal`. """
    image_urls: list[str] | Unset = UNSET
    """ Public URLs of the reference images; `image-to-video` needs at least one. """
    image_url: str | Unset = UNSET
    """ A single reference image, as an alternative; the server prepends it to `image_urls`. """
    aspect_ratio: GrokStartBodyAspectRatio | Unset = "16:9"
    """ Aspect ratio. Legacy text-to-video: 1:1, 16:9 or 9:16; legacy image-to-video may also take the 4:3-type
    ratios; version 1.5 accepts all. """
    duration: GrokStartBodyDuration | Unset = "6"
    """ Length in seconds, sent as a string. """
    nsfw_checker: bool | Unset = False
    """ Run an extra NSFW check (Grok 1.5). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        prompt = self.prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        image_url = self.image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if mode is not UNSET:
            field_dict["mode"] = mode
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: GrokStartBodyModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_grok_start_body_model_type(_model_type)

        _model_version = d.pop("model_version", UNSET)
        model_version: GrokStartBodyModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_grok_start_body_model_version(_model_version)

        prompt = d.pop("prompt", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: GrokStartBodyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_grok_start_body_mode(_mode)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        image_url = d.pop("image_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GrokStartBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_grok_start_body_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: GrokStartBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_grok_start_body_duration(_duration)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        grok_start_body = cls(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            model_type=model_type,
            model_version=model_version,
            prompt=prompt,
            mode=mode,
            image_urls=image_urls,
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            duration=duration,
            nsfw_checker=nsfw_checker,
        )

        grok_start_body.additional_properties = d
        return grok_start_body

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
