from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_video_task_page import AvatarVideoTaskPage


T = TypeVar("T", bound="AvatarVideosListResponse200")


@_attrs_define
class AvatarVideosListResponse200:
    code: Literal[0]
    """ 0 is OK. """
    data: AvatarVideoTaskPage
    """ One page of avatar video jobs, in the shape the older list answers (not `{rows, count}`). """
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
        from ..models.avatar_video_task_page import AvatarVideoTaskPage  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))
        if code != 0:
            raise ValueError(f"code must match const 0, got '{code}'")

        data = AvatarVideoTaskPage.from_dict(d.pop("data"))

        msg = d.pop("msg", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        avatar_videos_list_response_200 = cls(
            code=code,
            data=data,
            msg=msg,
            trace_id=trace_id,
        )

        avatar_videos_list_response_200.additional_properties = d
        return avatar_videos_list_response_200

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
