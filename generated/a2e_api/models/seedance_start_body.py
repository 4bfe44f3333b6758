from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seedance_start_body_aspect_ratio import (
    SeedanceStartBodyAspectRatio,
    check_seedance_start_body_aspect_ratio,
)
from ..models.seedance_start_body_duration import (
    SeedanceStartBodyDuration,
    check_seedance_start_body_duration,
)
from ..models.seedance_start_body_mode import (
    SeedanceStartBodyMode,
    check_seedance_start_body_mode,
)
from ..models.seedance_start_body_resolution import (
    SeedanceStartBodyResolution,
    check_seedance_start_body_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeedanceStartBody")


@_attrs_define
class SeedanceStartBody:
    prompt: str
    """ Description of the video. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name. """
    mode: SeedanceStartBodyMode | Unset = "text-to-video"
    """ For first and last frames send `image-to-video` with `image_url` and `end_image_url`; the server normalises
    it. """
    image_url: str | Unset = UNSET
    """ Input image; required for `image-to-video`, the first frame with `end_image_url`. """
    end_image_url: str | Unset = UNSET
    """ Last frame; with `image_url` the task becomes first-and-last-frames. """
    duration: SeedanceStartBodyDuration | Unset = "5"
    """ Seconds, as a string. """
    aspect_ratio: SeedanceStartBodyAspectRatio | Unset = "16:9"
    """ Output aspect ratio. """
    resolution: SeedanceStartBodyResolution | Unset = "720p"
    """ Output resolution. """
    camera_fixed: bool | Unset = False
    """ Keep the camera static. """
    generate_audio: bool | Unset = False
    """ Generate audio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        image_url = self.image_url

        end_image_url = self.end_image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        camera_fixed = self.camera_fixed

        generate_audio = self.generate_audio

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
        if mode is not UNSET:
            field_dict["mode"] = mode
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: SeedanceStartBodyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_seedance_start_body_mode(_mode)

        image_url = d.pop("image_url", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: SeedanceStartBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_seedance_start_body_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: SeedanceStartBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_seedance_start_body_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: SeedanceStartBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_seedance_start_body_resolution(_resolution)

        camera_fixed = d.pop("camera_fixed", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        seedance_start_body = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            mode=mode,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            camera_fixed=camera_fixed,
            generate_audio=generate_audio,
        )

        seedance_start_body.additional_properties = d
        return seedance_start_body

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
