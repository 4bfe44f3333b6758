from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvatarVideoAnchor")


@_attrs_define
class AvatarVideoAnchor:
    """An avatar (anchor) that can be used in `generate`."""

    id: str
    """ The avatar id; send it as `anchor_id`. """
    type_: str | Unset = UNSET
    """ Open string; known: custom (the caller's own), default (a system avatar). """
    name: None | str | Unset = UNSET
    anchor_type: int | str | Unset = UNSET
    """ 0 = system avatar, 1 = custom avatar. """
    video_cover: str | Unset = UNSET
    """ Preview image URL. """
    base_video: str | Unset = UNSET
    """ The avatar's base video URL. """
    created_at: str | Unset = UNSET
    """ Creation time, ISO 8601 UTC. """
    user_video_twin_id: str | Unset = UNSET
    """ The trained custom avatar (video twin) this anchor was made from, for custom avatars. """
    gender: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        anchor_type: int | str | Unset
        if isinstance(self.anchor_type, Unset):
            anchor_type = UNSET
        else:
            anchor_type = self.anchor_type

        video_cover = self.video_cover

        base_video = self.base_video

        created_at = self.created_at

        user_video_twin_id = self.user_video_twin_id

        gender = self.gender

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if anchor_type is not UNSET:
            field_dict["anchor_type"] = anchor_type
        if video_cover is not UNSET:
            field_dict["video_cover"] = video_cover
        if base_video is not UNSET:
            field_dict["base_video"] = base_video
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if user_video_twin_id is not UNSET:
            field_dict["user_video_twin_id"] = user_video_twin_id
        if gender is not UNSET:
            field_dict["gender"] = gender
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        type_ = d.pop("type", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_anchor_type(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        anchor_type = _parse_anchor_type(d.pop("anchor_type", UNSET))

        video_cover = d.pop("video_cover", UNSET)

        base_video = d.pop("base_video", UNSET)

        created_at = d.pop("createdAt", UNSET)

        user_video_twin_id = d.pop("user_video_twin_id", UNSET)

        gender = d.pop("gender", UNSET)

        image_url = d.pop("image_url", UNSET)

        avatar_video_anchor = cls(
            id=id,
            type_=type_,
            name=name,
            anchor_type=anchor_type,
            video_cover=video_cover,
            base_video=base_video,
            created_at=created_at,
            user_video_twin_id=user_video_twin_id,
            gender=gender,
            image_url=image_url,
        )

        avatar_video_anchor.additional_properties = d
        return avatar_video_anchor

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
