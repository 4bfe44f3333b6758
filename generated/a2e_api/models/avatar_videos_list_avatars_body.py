from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.avatar_videos_list_avatars_body_web_type import (
    AvatarVideosListAvatarsBodyWebType,
    check_avatar_videos_list_avatars_body_web_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvatarVideosListAvatarsBody")


@_attrs_define
class AvatarVideosListAvatarsBody:
    web_type: AvatarVideosListAvatarsBodyWebType | Unset = UNSET
    """ Client type; `a2e` or `tyzn` adds the default system avatars to the caller's own. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web_type: str | Unset = UNSET
        if not isinstance(self.web_type, Unset):
            web_type = self.web_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if web_type is not UNSET:
            field_dict["web_type"] = web_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _web_type = d.pop("web_type", UNSET)
        web_type: AvatarVideosListAvatarsBodyWebType | Unset
        if isinstance(_web_type, Unset):
            web_type = UNSET
        else:
            web_type = check_avatar_videos_list_avatars_body_web_type(_web_type)

        avatar_videos_list_avatars_body = cls(
            web_type=web_type,
        )

        avatar_videos_list_avatars_body.additional_properties = d
        return avatar_videos_list_avatars_body

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
