from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualTryOnStartBody")


@_attrs_define
class VirtualTryOnStartBody:
    image_urls: list[str]
    """ Public image URLs: `[person, clothing]` per the catalog, or (as public callers send) `[person, person mask,
    clothing, clothing mask]`. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = ""
    """ Task name. """
    timeout: float | Unset = 120.0
    """ Processing timeout, in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_urls": image_urls,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        timeout = d.pop("timeout", UNSET)

        virtual_try_on_start_body = cls(
            image_urls=image_urls,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            timeout=timeout,
        )

        virtual_try_on_start_body.additional_properties = d
        return virtual_try_on_start_body

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
