from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenEnvelope")


@_attrs_define
class OpenEnvelope:
    """A success envelope whose `data` is not documented (any JSON value, often null)."""

    code: int
    """ 0 on success. Any other value is an error, even on HTTP 200: the body is then an `ErrorEnvelope` (`msg`, no
    `data`). """
    msg: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    data: Any | Unset = UNSET
    """ Not documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        trace_id = self.trace_id

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if msg is not UNSET:
            field_dict["msg"] = msg
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        data = d.pop("data", UNSET)

        open_envelope = cls(
            code=code,
            msg=msg,
            trace_id=trace_id,
            data=data,
        )

        open_envelope.additional_properties = d
        return open_envelope

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
