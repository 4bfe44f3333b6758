from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_twin import VideoTwin


T = TypeVar("T", bound="VideoTwinListReply")


@_attrs_define
class VideoTwinListReply:
    """The success envelope of a reply whose `data` is a list of `VideoTwin`."""

    code: int
    """ 0 on success. Any other value is an error, even on HTTP 200: the body is then an `ErrorEnvelope` (`msg`, no
    `data`). """
    msg: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    data: list[VideoTwin] | Unset = UNSET
    """ The operation's result. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        trace_id = self.trace_id

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

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
        from ..models.video_twin import VideoTwin  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        _data = d.pop("data", UNSET)
        data: list[VideoTwin] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = VideoTwin.from_dict(data_item_data)

                data.append(data_item)

        video_twin_list_reply = cls(
            code=code,
            msg=msg,
            trace_id=trace_id,
            data=data,
        )

        video_twin_list_reply.additional_properties = d
        return video_twin_list_reply

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
