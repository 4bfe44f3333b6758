from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_omni_start_body_aspect_ratio import (
    KlingOmniStartBodyAspectRatio,
    check_kling_omni_start_body_aspect_ratio,
)
from ..models.kling_omni_start_body_mode import (
    KlingOmniStartBodyMode,
    check_kling_omni_start_body_mode,
)
from ..models.kling_omni_start_body_shot_type import (
    KlingOmniStartBodyShotType,
    check_kling_omni_start_body_shot_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_omni_start_body_multi_prompt_item import (
        KlingOmniStartBodyMultiPromptItem,
    )


T = TypeVar("T", bound="KlingOmniStartBody")


@_attrs_define
class KlingOmniStartBody:
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name (internal). """
    prompt: str | Unset = UNSET
    """ What the video shows; name reference images with `<<<image_N>>>` tags. Needed when `multi_shot` is off or
    `shot_type` is `intelligence`. """
    image_list: list[str] | Unset = UNSET
    """ Up to 7 reference image URLs (jpg, jpeg or png, at most 10 MB each); the server converts them to the
    official format. """
    mode: KlingOmniStartBodyMode | Unset = "std"
    """ `std` is 720p, `pro` is 1080p. """
    duration: str | Unset = "5"
    """ Length in seconds (3 to 15), sent as a string. """
    aspect_ratio: KlingOmniStartBodyAspectRatio | Unset = "16:9"
    """ Aspect ratio. """
    sound: bool | Unset = False
    """ Native sound; the server converts it to the official on/off. """
    multi_shot: bool | Unset = False
    """ Multi-shot (storyboard) mode. """
    shot_type: KlingOmniStartBodyShotType | Unset = UNSET
    """ Needed when `multi_shot` is on; `intelligence` is the AI director, `customize` takes the shots from
    `multi_prompt`. """
    multi_prompt: list[KlingOmniStartBodyMultiPromptItem] | Unset = UNSET
    """ Manual storyboard for `customize`, 1 to 6 shots whose durations add up to `duration`; the server adds an
    `index` to each. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        prompt = self.prompt

        image_list: list[str] | Unset = UNSET
        if not isinstance(self.image_list, Unset):
            image_list = self.image_list

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sound = self.sound

        multi_shot = self.multi_shot

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_list is not UNSET:
            field_dict["image_list"] = image_list
        if mode is not UNSET:
            field_dict["mode"] = mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if sound is not UNSET:
            field_dict["sound"] = sound
        if multi_shot is not UNSET:
            field_dict["multi_shot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_omni_start_body_multi_prompt_item import (
            KlingOmniStartBodyMultiPromptItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_list = cast(list[str], d.pop("image_list", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: KlingOmniStartBodyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_kling_omni_start_body_mode(_mode)

        duration = d.pop("duration", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingOmniStartBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_omni_start_body_aspect_ratio(_aspect_ratio)

        sound = d.pop("sound", UNSET)

        multi_shot = d.pop("multi_shot", UNSET)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: KlingOmniStartBodyShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_omni_start_body_shot_type(_shot_type)

        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: list[KlingOmniStartBodyMultiPromptItem] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = KlingOmniStartBodyMultiPromptItem.from_dict(multi_prompt_item_data)

                multi_prompt.append(multi_prompt_item)

        kling_omni_start_body = cls(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            image_list=image_list,
            mode=mode,
            duration=duration,
            aspect_ratio=aspect_ratio,
            sound=sound,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
        )

        kling_omni_start_body.additional_properties = d
        return kling_omni_start_body

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
