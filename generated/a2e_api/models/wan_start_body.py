from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_start_body_duration import (
    WanStartBodyDuration,
    check_wan_start_body_duration,
)
from ..models.wan_start_body_model import WanStartBodyModel, check_wan_start_body_model
from ..models.wan_start_body_ratio import WanStartBodyRatio, check_wan_start_body_ratio
from ..models.wan_start_body_resolution import (
    WanStartBodyResolution,
    check_wan_start_body_resolution,
)
from ..models.wan_start_body_task_type import (
    WanStartBodyTaskType,
    check_wan_start_body_task_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_start_body_reference_media_item import (
        WanStartBodyReferenceMediaItem,
    )


T = TypeVar("T", bound="WanStartBody")


@_attrs_define
class WanStartBody:
    prompt: str
    """ Generation prompt. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Display name. """
    image_url: str | Unset = UNSET
    """ Public URL of the source image; required for `first_frame` and `first_last_frame`. """
    negative_prompt: str | Unset = UNSET
    """ Features to avoid. """
    duration: WanStartBodyDuration | Unset = "5"
    """ Seconds, as a string. The valid subset depends on model and mode (Wan 2.5 only 5 or 10; `video_edit` 5 to
    10). """
    resolution: WanStartBodyResolution | Unset = "720p"
    """ Output resolution. """
    ratio: WanStartBodyRatio | Unset = "16:9"
    """ Aspect ratio; only Wan 2.7 `text_to_video` and `reference_image` use it. """
    enable_prompt_expansion: bool | Unset = False
    """ Let an LLM rewrite the prompt. """
    multi_shots: bool | Unset = False
    """ Smart multi-shot segmentation; effective only with `enable_prompt_expansion`. """
    model: WanStartBodyModel | Unset = "wan2.5-i2v-preview"
    """ Model. `wan2.6-i2v` and `wan2.7-i2v` need a VIP or Max account; `wan2.6-i2v-flash` is open to all. """
    task_type: WanStartBodyTaskType | Unset = "first_frame"
    """ Wan 2.7 mode; ignored unless `model` is `wan2.7-i2v`. """
    last_frame_url: str | Unset = UNSET
    """ Last-frame image; required for `first_last_frame`, optional for `video_extend`. """
    first_clip_url: str | Unset = UNSET
    """ The clip to extend; required for Wan 2.7 `video_extend`. """
    edit_video_url: str | Unset = UNSET
    """ The video to edit; required for Wan 2.7 `video_edit`. """
    reference_image_urls: list[str] | Unset = UNSET
    """ Image-only references for `reference_image` (legacy); up to 3 images for `video_edit`. """
    reference_media: list[WanStartBodyReferenceMediaItem] | Unset = UNSET
    """ Ordered 1 to 5 image or video references for Wan 2.7 `reference_image`; the input videos' duration is billed
    too. """
    seed: float | Unset = UNSET
    """ Reproducibility seed; random when omitted. """
    audio: bool | Unset = True
    """ Generate an audio track. """
    audio_url: str | Unset = UNSET
    """ Driving audio (WAV/MP3, 3 to 30 s, at most 15 MB) for `first_frame` and `first_last_frame`; cut to the video
    length. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        image_url = self.image_url

        negative_prompt = self.negative_prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        enable_prompt_expansion = self.enable_prompt_expansion

        multi_shots = self.multi_shots

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        task_type: str | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type

        last_frame_url = self.last_frame_url

        first_clip_url = self.first_clip_url

        edit_video_url = self.edit_video_url

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        reference_media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reference_media, Unset):
            reference_media = []
            for reference_media_item_data in self.reference_media:
                reference_media_item = reference_media_item_data.to_dict()
                reference_media.append(reference_media_item)

        seed = self.seed

        audio = self.audio

        audio_url = self.audio_url

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
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if multi_shots is not UNSET:
            field_dict["multi_shots"] = multi_shots
        if model is not UNSET:
            field_dict["model"] = model
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if first_clip_url is not UNSET:
            field_dict["first_clip_url"] = first_clip_url
        if edit_video_url is not UNSET:
            field_dict["edit_video_url"] = edit_video_url
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if reference_media is not UNSET:
            field_dict["reference_media"] = reference_media
        if seed is not UNSET:
            field_dict["seed"] = seed
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_start_body_reference_media_item import (
            WanStartBodyReferenceMediaItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        prompt = d.pop("prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        image_url = d.pop("image_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: WanStartBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_start_body_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanStartBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_start_body_resolution(_resolution)

        _ratio = d.pop("ratio", UNSET)
        ratio: WanStartBodyRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_wan_start_body_ratio(_ratio)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        multi_shots = d.pop("multi_shots", UNSET)

        _model = d.pop("model", UNSET)
        model: WanStartBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_wan_start_body_model(_model)

        _task_type = d.pop("task_type", UNSET)
        task_type: WanStartBodyTaskType | Unset
        if isinstance(_task_type, Unset):
            task_type = UNSET
        else:
            task_type = check_wan_start_body_task_type(_task_type)

        last_frame_url = d.pop("last_frame_url", UNSET)

        first_clip_url = d.pop("first_clip_url", UNSET)

        edit_video_url = d.pop("edit_video_url", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        _reference_media = d.pop("reference_media", UNSET)
        reference_media: list[WanStartBodyReferenceMediaItem] | Unset = UNSET
        if _reference_media is not UNSET:
            reference_media = []
            for reference_media_item_data in _reference_media:
                reference_media_item = WanStartBodyReferenceMediaItem.from_dict(reference_media_item_data)

                reference_media.append(reference_media_item)

        seed = d.pop("seed", UNSET)

        audio = d.pop("audio", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        wan_start_body = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            image_url=image_url,
            negative_prompt=negative_prompt,
            duration=duration,
            resolution=resolution,
            ratio=ratio,
            enable_prompt_expansion=enable_prompt_expansion,
            multi_shots=multi_shots,
            model=model,
            task_type=task_type,
            last_frame_url=last_frame_url,
            first_clip_url=first_clip_url,
            edit_video_url=edit_video_url,
            reference_image_urls=reference_image_urls,
            reference_media=reference_media,
            seed=seed,
            audio=audio,
            audio_url=audio_url,
        )

        wan_start_body.additional_properties = d
        return wan_start_body

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
