from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_video_start_body_aspect_ratio import (
    KlingVideoStartBodyAspectRatio,
    check_kling_video_start_body_aspect_ratio,
)
from ..models.kling_video_start_body_character_orientation import (
    KlingVideoStartBodyCharacterOrientation,
    check_kling_video_start_body_character_orientation,
)
from ..models.kling_video_start_body_duration import (
    KlingVideoStartBodyDuration,
    check_kling_video_start_body_duration,
)
from ..models.kling_video_start_body_mode import (
    KlingVideoStartBodyMode,
    check_kling_video_start_body_mode,
)
from ..models.kling_video_start_body_model_version import (
    KlingVideoStartBodyModelVersion,
    check_kling_video_start_body_model_version,
)
from ..models.kling_video_start_body_quality_mode import (
    KlingVideoStartBodyQualityMode,
    check_kling_video_start_body_quality_mode,
)
from ..models.kling_video_start_body_resolution import (
    KlingVideoStartBodyResolution,
    check_kling_video_start_body_resolution,
)
from ..models.kling_video_start_body_version import (
    KlingVideoStartBodyVersion,
    check_kling_video_start_body_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingVideoStartBody")


@_attrs_define
class KlingVideoStartBody:
    mode: KlingVideoStartBodyMode
    """ Generation mode; `motion-control` moves the motion of a video onto an image. """
    prompt: str
    """ What the video should show. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name. """
    version: KlingVideoStartBodyVersion | Unset = "2.6"
    """ Kling version: 2.6 makes 5 or 10 s, 3.0 makes 3 to 15 s. """
    model_version: KlingVideoStartBodyModelVersion | Unset = "standard"
    """ Kling 3.0 variant; `fast` needs version 3.0, the text or image mode and 3 to 15 s, and is sized by
    `resolution` (no 4k). """
    resolution: KlingVideoStartBodyResolution | Unset = "720p"
    """ Output resolution when `model_version` is `fast`. """
    quality_mode: KlingVideoStartBodyQualityMode | Unset = "std"
    """ Quality tier; `4k` only for Kling 3.0 text- or image-to-video (billed as its own tier). """
    duration: KlingVideoStartBodyDuration | Unset = "5"
    """ Length in seconds, sent as a string; version 2.6 allows 5 or 10, 3.0 allows 3 to 15. """
    image_url: str | Unset = UNSET
    """ Public URL of the input image; needed for `image-to-video` and `motion-control`. """
    video_url: str | Unset = UNSET
    """ Public URL of the motion source video; needed for `motion-control`. """
    aspect_ratio: KlingVideoStartBodyAspectRatio | Unset = "16:9"
    """ Aspect ratio, for `text-to-video` only. """
    sound: bool | Unset = False
    """ Generate audio; v2.6 PRO only, v3.0 STD or PRO; 4K is billed as a separate tier. """
    end_image_url: str | Unset = UNSET
    """ Public URL of the last-frame image; `image-to-video` PRO only, and not with `sound` in v2.6. """
    character_orientation: KlingVideoStartBodyCharacterOrientation | Unset = "video"
    """ Motion-control: `image` limits the duration to 3 to 10 s, `video` allows 3 to 30 s. """
    negative_prompt: str | Unset = UNSET
    """ Elements to avoid. """
    seed: float | Unset = UNSET
    """ Random seed for reproducible results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        quality_mode: str | Unset = UNSET
        if not isinstance(self.quality_mode, Unset):
            quality_mode = self.quality_mode

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        image_url = self.image_url

        video_url = self.video_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sound = self.sound

        end_image_url = self.end_image_url

        character_orientation: str | Unset = UNSET
        if not isinstance(self.character_orientation, Unset):
            character_orientation = self.character_orientation

        negative_prompt = self.negative_prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "prompt": prompt,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if quality_mode is not UNSET:
            field_dict["quality_mode"] = quality_mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if sound is not UNSET:
            field_dict["sound"] = sound
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if character_orientation is not UNSET:
            field_dict["character_orientation"] = character_orientation
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_kling_video_start_body_mode(d.pop("mode"))

        prompt = d.pop("prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _version = d.pop("version", UNSET)
        version: KlingVideoStartBodyVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = check_kling_video_start_body_version(_version)

        _model_version = d.pop("model_version", UNSET)
        model_version: KlingVideoStartBodyModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_kling_video_start_body_model_version(_model_version)

        _resolution = d.pop("resolution", UNSET)
        resolution: KlingVideoStartBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_kling_video_start_body_resolution(_resolution)

        _quality_mode = d.pop("quality_mode", UNSET)
        quality_mode: KlingVideoStartBodyQualityMode | Unset
        if isinstance(_quality_mode, Unset):
            quality_mode = UNSET
        else:
            quality_mode = check_kling_video_start_body_quality_mode(_quality_mode)

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoStartBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_start_body_duration(_duration)

        image_url = d.pop("image_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoStartBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_start_body_aspect_ratio(_aspect_ratio)

        sound = d.pop("sound", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        _character_orientation = d.pop("character_orientation", UNSET)
        character_orientation: KlingVideoStartBodyCharacterOrientation | Unset
        if isinstance(_character_orientation, Unset):
            character_orientation = UNSET
        else:
            character_orientation = check_kling_video_start_body_character_orientation(_character_orientation)

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        kling_video_start_body = cls(
            mode=mode,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            version=version,
            model_version=model_version,
            resolution=resolution,
            quality_mode=quality_mode,
            duration=duration,
            image_url=image_url,
            video_url=video_url,
            aspect_ratio=aspect_ratio,
            sound=sound,
            end_image_url=end_image_url,
            character_orientation=character_orientation,
            negative_prompt=negative_prompt,
            seed=seed,
        )

        kling_video_start_body.additional_properties = d
        return kling_video_start_body

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
