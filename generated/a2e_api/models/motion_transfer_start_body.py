from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MotionTransferStartBody")


@_attrs_define
class MotionTransferStartBody:
    video_url: str
    """ Public URL (URI) of the control video that supplies the motion. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = ""
    """ Task name. """
    image_url: str | Unset = UNSET
    """ Public URL (URI) of the reference image of the person to animate. The catalog requires it; send it unless
    `user_video_twin_id` is sent instead. """
    user_video_twin_id: str | Unset = UNSET
    """ Not in the catalog: a trained avatar (video twin) id that one public caller sends in place of `image_url`.
    """
    positive_prompt: str | Unset = UNSET
    """ Positive prompt. """
    negative_prompt: str | Unset = UNSET
    """ Negative prompt (features to avoid). """
    timeout: float | Unset = 300.0
    """ Processing timeout, in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        image_url = self.image_url

        user_video_twin_id = self.user_video_twin_id

        positive_prompt = self.positive_prompt

        negative_prompt = self.negative_prompt

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
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
        if user_video_twin_id is not UNSET:
            field_dict["user_video_twin_id"] = user_video_twin_id
        if positive_prompt is not UNSET:
            field_dict["positive_prompt"] = positive_prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        image_url = d.pop("image_url", UNSET)

        user_video_twin_id = d.pop("user_video_twin_id", UNSET)

        positive_prompt = d.pop("positive_prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        timeout = d.pop("timeout", UNSET)

        motion_transfer_start_body = cls(
            video_url=video_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            image_url=image_url,
            user_video_twin_id=user_video_twin_id,
            positive_prompt=positive_prompt,
            negative_prompt=negative_prompt,
            timeout=timeout,
        )

        motion_transfer_start_body.additional_properties = d
        return motion_transfer_start_body

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
