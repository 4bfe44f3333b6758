from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeadSwapStartBody")


@_attrs_define
class HeadSwapStartBody:
    image_url: str
    """ Public URL (URI) of the image with the source head. """
    target_image_url: str
    """ Public URL (URI) of the target body, an image or a video of at most 15 s; a video target gives a video
    result. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    minor_suspected_skip: bool | Unset = False
    """ Acknowledge a suspected minor (age 10 to 14, code 1004) and continue; a detected minor under 10 (code 1003)
    is always refused. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        target_image_url = self.target_image_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        minor_suspected_skip = self.minor_suspected_skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "target_image_url": target_image_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        target_image_url = d.pop("target_image_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        head_swap_start_body = cls(
            image_url=image_url,
            target_image_url=target_image_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            minor_suspected_skip=minor_suspected_skip,
        )

        head_swap_start_body.additional_properties = d
        return head_swap_start_body

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
