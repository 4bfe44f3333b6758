from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingAvatarGetTokenBody")


@_attrs_define
class StreamingAvatarGetTokenBody:
    avatar_id: str
    """ The `_id` of a streaming avatar from `list_avatars`. """
    expire_seconds: int | Unset = UNSET
    """ Session lifetime in seconds; coins are charged up front for it (callers use 60 to 3600). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_id = self.avatar_id

        expire_seconds = self.expire_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatar_id": avatar_id,
            }
        )
        if expire_seconds is not UNSET:
            field_dict["expire_seconds"] = expire_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_id = d.pop("avatar_id")

        expire_seconds = d.pop("expire_seconds", UNSET)

        streaming_avatar_get_token_body = cls(
            avatar_id=avatar_id,
            expire_seconds=expire_seconds,
        )

        streaming_avatar_get_token_body.additional_properties = d
        return streaming_avatar_get_token_body

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
