from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThinksoundStartBody")


@_attrs_define
class ThinksoundStartBody:
    video_url: str
    """ Public URL of the source video; must be `.mp4`, `.avi`, `.mov` or `.mkv`. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name. """
    caption: str | Unset = ""
    """ Caption guiding the generation. """
    cot_description: str | Unset = ""
    """ Chain-of-thought description of the audio to generate. """
    seed: float | Unset = UNSET
    """ Random seed, for reproducible results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        caption = self.caption

        cot_description = self.cot_description

        seed = self.seed

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
        if caption is not UNSET:
            field_dict["caption"] = caption
        if cot_description is not UNSET:
            field_dict["cot_description"] = cot_description
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        caption = d.pop("caption", UNSET)

        cot_description = d.pop("cot_description", UNSET)

        seed = d.pop("seed", UNSET)

        thinksound_start_body = cls(
            video_url=video_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            caption=caption,
            cot_description=cot_description,
            seed=seed,
        )

        thinksound_start_body.additional_properties = d
        return thinksound_start_body

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
