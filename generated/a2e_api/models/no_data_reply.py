from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.no_data_reply_data_type_1 import NoDataReplyDataType1


T = TypeVar("T", bound="NoDataReply")


@_attrs_define
class NoDataReply:
    """The success envelope of an operation that answers nothing useful: `data` is null, absent or
    an empty object (A2E's replies vary). Clients return nothing (`None`).

    """

    code: int
    """ 0 on success. Any other value is an error, even on HTTP 200: the body is then an `ErrorEnvelope` (`msg`, no
    `data`). """
    msg: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    data: NoDataReplyDataType1 | None | Unset = UNSET
    """ Nothing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.no_data_reply_data_type_1 import NoDataReplyDataType1  # noqa: PLC0415

        code = self.code

        msg = self.msg

        trace_id = self.trace_id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, NoDataReplyDataType1):
            data = self.data.to_dict()
        else:
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
        from ..models.no_data_reply_data_type_1 import NoDataReplyDataType1  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        def _parse_data(data: object) -> NoDataReplyDataType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = NoDataReplyDataType1.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NoDataReplyDataType1 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        no_data_reply = cls(
            code=code,
            msg=msg,
            trace_id=trace_id,
            data=data,
        )

        no_data_reply.additional_properties = d
        return no_data_reply

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
