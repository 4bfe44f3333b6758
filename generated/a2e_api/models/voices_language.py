from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voices_option import VoicesOption


T = TypeVar("T", bound="VoicesLanguage")


@_attrs_define
class VoicesLanguage:
    """Inferred from the catalog's send_tts notes: a language (`value` is a `country`) with its regions."""

    label: str | Unset = UNSET
    """ Inferred (by analogy with the voice list); display name. """
    value: str | Unset = UNSET
    """ The language code to send as `country`. """
    children: list[VoicesOption] | Unset = UNSET
    """ The regions; each `value` is a `region`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        value = self.value

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voices_option import VoicesOption  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label", UNSET)

        value = d.pop("value", UNSET)

        _children = d.pop("children", UNSET)
        children: list[VoicesOption] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = VoicesOption.from_dict(children_item_data)

                children.append(children_item)

        voices_language = cls(
            label=label,
            value=value,
            children=children,
        )

        voices_language.additional_properties = d
        return voices_language

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
