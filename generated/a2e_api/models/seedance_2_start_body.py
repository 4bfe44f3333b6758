from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seedance_2_start_body_aspect_ratio import (
    Seedance2StartBodyAspectRatio,
    check_seedance_2_start_body_aspect_ratio,
)
from ..models.seedance_2_start_body_mode import (
    Seedance2StartBodyMode,
    check_seedance_2_start_body_mode,
)
from ..models.seedance_2_start_body_model_version import (
    Seedance2StartBodyModelVersion,
    check_seedance_2_start_body_model_version,
)
from ..models.seedance_2_start_body_omni_reference_task_type import (
    Seedance2StartBodyOmniReferenceTaskType,
    check_seedance_2_start_body_omni_reference_task_type,
)
from ..models.seedance_2_start_body_resolution import (
    Seedance2StartBodyResolution,
    check_seedance_2_start_body_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Seedance2StartBody")


@_attrs_define
class Seedance2StartBody:
    prompt: str
    """ Generation prompt. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name. """
    mode: Seedance2StartBodyMode | Unset = "text-to-video"
    """ Selects which URL fields apply; audio-only references are allowed on 2.5, not 2.0. """
    model_version: Seedance2StartBodyModelVersion | Unset = "standard"
    """ `standard`, `mini` and `fast` are Seedance 2.0 tiers; `2.5` selects Seedance 2.5. """
    omni_reference_task_type: Seedance2StartBodyOmniReferenceTaskType | Unset = UNSET
    """ Seedance 2.5 reference hint; `edit` forces the adaptive ratio, duration -1 and exactly one video. """
    image_url: str | Unset = UNSET
    """ First frame for `image-to-video`. """
    first_frame_url: str | Unset = UNSET
    """ First frame; required in `first-last-frames` mode. """
    last_frame_url: str | Unset = UNSET
    """ Last frame; optional for `image-to-video`, required for `first-last-frames`. """
    reference_urls: list[str] | Unset = UNSET
    """ Reference images; at most 9 on 2.0, 30 on 2.5. """
    video_urls: list[str] | Unset = UNSET
    """ Reference videos (mp4/mov); 2.0 takes at most 3 clips of 2 to 15 s, 2.5 at most 10 and 30 s in total. The
    server probes their durations. """
    audio_urls: list[str] | Unset = UNSET
    """ Reference audio (mp3/wav); 2.0 takes at most 3 of 2 to 15 s, 15 s in total, and needs an image or video too;
    2.5 takes at most 10. """
    input_video_duration: float | Unset = UNSET
    """ The client's estimate of the reference videos' seconds; billing uses max(measured, estimate). """
    duration: int | Unset = 5
    """ Output seconds, at most 15 on 2.0 and 30 on 2.5; Seedance 2.5 edit requires -1. A public caller measured
    HTTP 400 for 4 s or less on 2.0. """
    aspect_ratio: Seedance2StartBodyAspectRatio | Unset = "16:9"
    """ Output aspect ratio; `adaptive` follows the input. """
    resolution: Seedance2StartBodyResolution | Unset = "720p"
    """ 4k only on 2.0 `standard`; 2.5 up to 1080p; 2.0 `fast` and `mini` 480p or 720p only. """
    generate_audio: bool | Unset = True
    """ Audio is included by default and in the price; send `false` to turn it off. """
    minor_suspected_skip: bool | Unset = False
    """ Bypass the soft suspected-minor block (code 1004); the minor block (code 1003) always applies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        omni_reference_task_type: str | Unset = UNSET
        if not isinstance(self.omni_reference_task_type, Unset):
            omni_reference_task_type = self.omni_reference_task_type

        image_url = self.image_url

        first_frame_url = self.first_frame_url

        last_frame_url = self.last_frame_url

        reference_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_urls, Unset):
            reference_urls = self.reference_urls

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        input_video_duration = self.input_video_duration

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        generate_audio = self.generate_audio

        minor_suspected_skip = self.minor_suspected_skip

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
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if omni_reference_task_type is not UNSET:
            field_dict["omni_reference_task_type"] = omni_reference_task_type
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if first_frame_url is not UNSET:
            field_dict["first_frame_url"] = first_frame_url
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if reference_urls is not UNSET:
            field_dict["reference_urls"] = reference_urls
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls
        if input_video_duration is not UNSET:
            field_dict["input_video_duration"] = input_video_duration
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: Seedance2StartBodyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_seedance_2_start_body_mode(_mode)

        _model_version = d.pop("model_version", UNSET)
        model_version: Seedance2StartBodyModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_seedance_2_start_body_model_version(_model_version)

        _omni_reference_task_type = d.pop("omni_reference_task_type", UNSET)
        omni_reference_task_type: Seedance2StartBodyOmniReferenceTaskType | Unset
        if isinstance(_omni_reference_task_type, Unset):
            omni_reference_task_type = UNSET
        else:
            omni_reference_task_type = check_seedance_2_start_body_omni_reference_task_type(_omni_reference_task_type)

        image_url = d.pop("image_url", UNSET)

        first_frame_url = d.pop("first_frame_url", UNSET)

        last_frame_url = d.pop("last_frame_url", UNSET)

        reference_urls = cast(list[str], d.pop("reference_urls", UNSET))

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        input_video_duration = d.pop("input_video_duration", UNSET)

        duration = d.pop("duration", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Seedance2StartBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_seedance_2_start_body_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Seedance2StartBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_seedance_2_start_body_resolution(_resolution)

        generate_audio = d.pop("generate_audio", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        seedance_2_start_body = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            mode=mode,
            model_version=model_version,
            omni_reference_task_type=omni_reference_task_type,
            image_url=image_url,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_urls=reference_urls,
            video_urls=video_urls,
            audio_urls=audio_urls,
            input_video_duration=input_video_duration,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            generate_audio=generate_audio,
            minor_suspected_skip=minor_suspected_skip,
        )

        seedance_2_start_body.additional_properties = d
        return seedance_2_start_body

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
