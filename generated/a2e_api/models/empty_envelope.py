from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="EmptyEnvelope")


@_attrs_define
class EmptyEnvelope:
    """A success envelope whose `data` is an empty object."""

    code: int
    """ 0 on success. Any other value is an error, even on HTTP 200: the body is then an `ErrorEnvelope` (`msg`, no
    `data`). """
    data: OpenObject
    """ An object whose fields are not documented; every field is kept. """
    msg: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data = self.data.to_dict()

        msg = self.msg

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "data": data,
            }
        )
        if msg is not UNSET:
            field_dict["msg"] = msg
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        data = OpenObject.from_dict(d.pop("data"))

        msg = d.pop("msg", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        empty_envelope = cls(
            code=code,
            data=data,
            msg=msg,
            trace_id=trace_id,
        )

        empty_envelope.additional_properties = d
        return empty_envelope

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
