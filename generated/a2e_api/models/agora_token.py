from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgoraToken")


@_attrs_define
class AgoraToken:
    """What a front end needs to join the session's Agora RTC room."""

    token: str | Unset = UNSET
    """ Agora RTC token. """
    app_id: str | Unset = UNSET
    """ Agora app id. """
    channel: str | Unset = UNSET
    """ The session's channel; every other streaming call takes it. """
    uid: int | str | Unset = UNSET
    """ Agora user id to join with. """
    expire_epoch_timestamp: int | Unset = UNSET
    """ Expiry as a Unix timestamp (seconds). """
    expire_date_utc: str | Unset = UNSET
    """ Expiry as a UTC date-time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        app_id = self.app_id

        channel = self.channel

        uid: int | str | Unset
        if isinstance(self.uid, Unset):
            uid = UNSET
        else:
            uid = self.uid

        expire_epoch_timestamp = self.expire_epoch_timestamp

        expire_date_utc = self.expire_date_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if uid is not UNSET:
            field_dict["uid"] = uid
        if expire_epoch_timestamp is not UNSET:
            field_dict["expire_epoch_timestamp"] = expire_epoch_timestamp
        if expire_date_utc is not UNSET:
            field_dict["expire_date_UTC"] = expire_date_utc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        app_id = d.pop("appId", UNSET)

        channel = d.pop("channel", UNSET)

        def _parse_uid(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        uid = _parse_uid(d.pop("uid", UNSET))

        expire_epoch_timestamp = d.pop("expire_epoch_timestamp", UNSET)

        expire_date_utc = d.pop("expire_date_UTC", UNSET)

        agora_token = cls(
            token=token,
            app_id=app_id,
            channel=channel,
            uid=uid,
            expire_epoch_timestamp=expire_epoch_timestamp,
            expire_date_utc=expire_date_utc,
        )

        agora_token.additional_properties = d
        return agora_token

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
