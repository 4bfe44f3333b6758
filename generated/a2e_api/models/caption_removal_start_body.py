from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaptionRemovalStartBody")


@_attrs_define
class CaptionRemovalStartBody:
    name: str
    """ Task name. """
    source_url: str
    """ Public URL of the source video. (Some callers send `video_url`; the catalog's name is `source_url`.) """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source_url = self.source_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source_url": source_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        source_url = d.pop("source_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        caption_removal_start_body = cls(
            name=name,
            source_url=source_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        caption_removal_start_body.additional_properties = d
        return caption_removal_start_body

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
