from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundImage")


@_attrs_define
class BackgroundImage:
    """A background image for avatar videos."""

    id: str
    """ The background id; a `custom_back_id` (custom) or `back_id` (system) for `avatar_videos.generate`. """
    name: str | Unset = UNSET
    img_url: str | Unset = UNSET
    """ The image URL. """
    type_: str | Unset = UNSET
    """ Open string; known: custom, default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        img_url = self.img_url

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if img_url is not UNSET:
            field_dict["img_url"] = img_url
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name", UNSET)

        img_url = d.pop("img_url", UNSET)

        type_ = d.pop("type", UNSET)

        background_image = cls(
            id=id,
            name=name,
            img_url=img_url,
            type_=type_,
        )

        background_image.additional_properties = d
        return background_image

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
