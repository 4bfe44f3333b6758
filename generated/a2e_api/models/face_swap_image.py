from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceSwapImage")


@_attrs_define
class FaceSwapImage:
    """A face image saved in the caller's face-swap library."""

    id: str
    """ The face record's id (24-hex MongoDB ObjectId). """
    face_url: str | Unset = UNSET
    """ The stored face image URL (may be re-hosted, so it can differ from the URL sent). """
    user_id: str | Unset = UNSET
    """ Owning user's id (described by the docs, absent from their example). """
    created_at: str | Unset = UNSET
    """ Creation time, ISO 8601 UTC. """
    updated_at: str | Unset = UNSET
    """ Last update time, ISO 8601 UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        face_url = self.face_url

        user_id = self.user_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if face_url is not UNSET:
            field_dict["face_url"] = face_url
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        face_url = d.pop("face_url", UNSET)

        user_id = d.pop("user_id", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        face_swap_image = cls(
            id=id,
            face_url=face_url,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        face_swap_image.additional_properties = d
        return face_swap_image

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
