from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TalkingVideoStartBody")


@_attrs_define
class TalkingVideoStartBody:
    name: str
    """ Task name. """
    video_url: str
    """ Public URL of the source video of the person. """
    prompt: str
    """ Generation prompt. """
    negative_prompt: str
    """ Features to avoid. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    audio_url: str | Unset = UNSET
    """ Public URL of the driving audio. """
    duration: int | Unset = 3
    """ Output length in seconds. """
    user_video_twin_id: str | Unset = UNSET
    """ Not documented: a trained avatar (video twin) id that one public caller sends in place of `video_url`.
    Whether the server honours it is not known. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        video_url = self.video_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        audio_url = self.audio_url

        duration = self.duration

        user_video_twin_id = self.user_video_twin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if user_video_twin_id is not UNSET:
            field_dict["user_video_twin_id"] = user_video_twin_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        video_url = d.pop("video_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        duration = d.pop("duration", UNSET)

        user_video_twin_id = d.pop("user_video_twin_id", UNSET)

        talking_video_start_body = cls(
            name=name,
            video_url=video_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            audio_url=audio_url,
            duration=duration,
            user_video_twin_id=user_video_twin_id,
        )

        talking_video_start_body.additional_properties = d
        return talking_video_start_body

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
