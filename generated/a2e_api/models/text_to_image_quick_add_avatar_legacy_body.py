from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_to_image_quick_add_avatar_legacy_body_gender import (
    TextToImageQuickAddAvatarLegacyBodyGender,
    check_text_to_image_quick_add_avatar_legacy_body_gender,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToImageQuickAddAvatarLegacyBody")


@_attrs_define
class TextToImageQuickAddAvatarLegacyBody:
    id: str
    """ The text to image task whose image becomes the avatar. """
    gender: TextToImageQuickAddAvatarLegacyBodyGender | Unset = UNSET
    """ The avatar's gender. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        _gender = d.pop("gender", UNSET)
        gender: TextToImageQuickAddAvatarLegacyBodyGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_text_to_image_quick_add_avatar_legacy_body_gender(_gender)

        text_to_image_quick_add_avatar_legacy_body = cls(
            id=id,
            gender=gender,
        )

        text_to_image_quick_add_avatar_legacy_body.additional_properties = d
        return text_to_image_quick_add_avatar_legacy_body

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
