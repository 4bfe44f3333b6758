from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingOmniStartBodyMultiPromptItem")


@_attrs_define
class KlingOmniStartBodyMultiPromptItem:
    """One shot (item fields inferred from the catalog's "prompt+duration")."""

    prompt: str | Unset = UNSET
    """ What the shot shows. """
    duration: str | Unset = UNSET
    """ The shot's length in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        duration = d.pop("duration", UNSET)

        kling_omni_start_body_multi_prompt_item = cls(
            prompt=prompt,
            duration=duration,
        )

        kling_omni_start_body_multi_prompt_item.additional_properties = d
        return kling_omni_start_body_multi_prompt_item

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
