from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.happyhorse_start_body_audio_setting import (
    HappyhorseStartBodyAudioSetting,
    check_happyhorse_start_body_audio_setting,
)
from ..models.happyhorse_start_body_duration import (
    HappyhorseStartBodyDuration,
    check_happyhorse_start_body_duration,
)
from ..models.happyhorse_start_body_mode import (
    HappyhorseStartBodyMode,
    check_happyhorse_start_body_mode,
)
from ..models.happyhorse_start_body_model_version import (
    HappyhorseStartBodyModelVersion,
    check_happyhorse_start_body_model_version,
)
from ..models.happyhorse_start_body_ratio import (
    HappyhorseStartBodyRatio,
    check_happyhorse_start_body_ratio,
)
from ..models.happyhorse_start_body_resolution import (
    HappyhorseStartBodyResolution,
    check_happyhorse_start_body_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HappyhorseStartBody")


@_attrs_define
class HappyhorseStartBody:
    mode: HappyhorseStartBodyMode
    """ Generation mode: text, image (first frame), references, or video editing. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name. """
    model_version: HappyhorseStartBodyModelVersion | Unset = "1.0"
    """ For t2v, i2v and r2v (video-edit always runs on 1.0); 1.1 adds 3 to 15 s, more ratios and 480P. """
    prompt: str | Unset = UNSET
    """ Generation prompt; needed for t2v, r2v and video-edit, optional for i2v. """
    image_url: str | Unset = UNSET
    """ First-frame image; i2v only. """
    reference_image_urls: list[str] | Unset = UNSET
    """ Reference images; r2v needs 1 to 9, video-edit accepts 0 to 5. """
    edit_video_url: str | Unset = UNSET
    """ The source video; video-edit only. """
    input_video_seconds: float | Unset = UNSET
    """ The input video's length as measured by the client, used to estimate video-edit credits. """
    duration: HappyhorseStartBodyDuration | Unset = "5"
    """ Seconds, as a string; 1.0 takes 5, 10 or 15, 1.1 takes 3 to 15; ignored for video-edit. """
    resolution: HappyhorseStartBodyResolution | Unset = "720P"
    """ 480P only with 1.1 t2v, i2v and r2v; otherwise 720P or 1080P. """
    ratio: HappyhorseStartBodyRatio | Unset = "16:9"
    """ t2v and r2v only; 1.0 supports the first five values, 1.1 all of them. """
    audio_setting: HappyhorseStartBodyAudioSetting | Unset = "auto"
    """ video-edit only: `auto` lets the model choose the audio, `origin` keeps the original. """
    seed: int | Unset = UNSET
    """ Reproducibility seed, from 0 to 2147483647. """
    watermark: bool | Unset = True
    """ DashScope watermark on or off. """
    minor_suspected_skip: bool | Unset = False
    """ Acknowledge a suspected minor (error code 1004) and continue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        prompt = self.prompt

        image_url = self.image_url

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        edit_video_url = self.edit_video_url

        input_video_seconds = self.input_video_seconds

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        audio_setting: str | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting

        seed = self.seed

        watermark = self.watermark

        minor_suspected_skip = self.minor_suspected_skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if edit_video_url is not UNSET:
            field_dict["edit_video_url"] = edit_video_url
        if input_video_seconds is not UNSET:
            field_dict["input_video_seconds"] = input_video_seconds
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if seed is not UNSET:
            field_dict["seed"] = seed
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_happyhorse_start_body_mode(d.pop("mode"))

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _model_version = d.pop("model_version", UNSET)
        model_version: HappyhorseStartBodyModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_happyhorse_start_body_model_version(_model_version)

        prompt = d.pop("prompt", UNSET)

        image_url = d.pop("image_url", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        edit_video_url = d.pop("edit_video_url", UNSET)

        input_video_seconds = d.pop("input_video_seconds", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: HappyhorseStartBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_happyhorse_start_body_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: HappyhorseStartBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_happyhorse_start_body_resolution(_resolution)

        _ratio = d.pop("ratio", UNSET)
        ratio: HappyhorseStartBodyRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_happyhorse_start_body_ratio(_ratio)

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: HappyhorseStartBodyAudioSetting | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = check_happyhorse_start_body_audio_setting(_audio_setting)

        seed = d.pop("seed", UNSET)

        watermark = d.pop("watermark", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        happyhorse_start_body = cls(
            mode=mode,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            model_version=model_version,
            prompt=prompt,
            image_url=image_url,
            reference_image_urls=reference_image_urls,
            edit_video_url=edit_video_url,
            input_video_seconds=input_video_seconds,
            duration=duration,
            resolution=resolution,
            ratio=ratio,
            audio_setting=audio_setting,
            seed=seed,
            watermark=watermark,
            minor_suspected_skip=minor_suspected_skip,
        )

        happyhorse_start_body.additional_properties = d
        return happyhorse_start_body

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
