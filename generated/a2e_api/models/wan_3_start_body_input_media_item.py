from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan3StartBodyInputMediaItem")


@_attrs_define
class Wan3StartBodyInputMediaItem:
    type_: str | Unset = UNSET
    """ The medium's role (open string; seen: `first_frame`, `reference_image`, `reference_audio`). """
    url: str | Unset = UNSET
    """ Public URL of the image, video or audio. """
    duration: float | Unset = UNSET
    """ The medium's length in seconds (the catalog example sends 0 for an image). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        duration = d.pop("duration", UNSET)

        wan_3_start_body_input_media_item = cls(
            type_=type_,
            url=url,
            duration=duration,
        )

        wan_3_start_body_input_media_item.additional_properties = d
        return wan_3_start_body_input_media_item

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
