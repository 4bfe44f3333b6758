from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceSwapTaskStatus")


@_attrs_define
class FaceSwapTaskStatus:
    """One entry of `status`: a task's state. `current_status` is an open string (known:
    initialized, processing, completed, failed).

    """

    id: str
    """ The task id. """
    current_status: str
    """ Open string; known: initialized, processing, completed, failed. """
    result_url: None | str | Unset = UNSET
    """ The result video, empty while processing. """
    error_code: None | str | Unset = UNSET
    """ Error code as a string; null in the docs example (their table says integer). """
    faild_message: None | str | Unset = UNSET
    """ Failure reason (the server's spelling, sic); null when none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current_status = self.current_status

        result_url: None | str | Unset
        if isinstance(self.result_url, Unset):
            result_url = UNSET
        else:
            result_url = self.result_url

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        faild_message: None | str | Unset
        if isinstance(self.faild_message, Unset):
            faild_message = UNSET
        else:
            faild_message = self.faild_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "current_status": current_status,
            }
        )
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if faild_message is not UNSET:
            field_dict["faild_message"] = faild_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        current_status = d.pop("current_status")

        def _parse_result_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_url = _parse_result_url(d.pop("result_url", UNSET))

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_faild_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        faild_message = _parse_faild_message(d.pop("faild_message", UNSET))

        face_swap_task_status = cls(
            id=id,
            current_status=current_status,
            result_url=result_url,
            error_code=error_code,
            faild_message=faild_message,
        )

        face_swap_task_status.additional_properties = d
        return face_swap_task_status

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
