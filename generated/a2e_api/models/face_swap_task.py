from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceSwapTask")


@_attrs_define
class FaceSwapTask:
    """A face swap task. `current_status` is an open string; known: initialized, processing,
    completed, failed. Failure fields are face swap's own: `error_code` (a string, `"0"` when
    none) and `faild_message` (sic); some callers also look for `failed_message`.

    """

    id: str
    """ The task id (24-hex MongoDB ObjectId). """
    current_status: str
    """ Open string; known: initialized, sent, pending, processing, completed, failed. """
    name: str | Unset = UNSET
    coins: int | Unset = UNSET
    """ Credits charged for the task. """
    created_at: str | Unset = UNSET
    """ Creation time, ISO 8601 UTC (e.g. `2025-09-12T09:04:10.026Z`). """
    failed_code: None | str | Unset = UNSET
    """ Failure code, empty while the task has not failed. """
    failed_message: None | str | Unset = UNSET
    """ Failure reason, empty while the task has not failed. """
    result_url: None | str | Unset = UNSET
    """ The result file (on a CDN; expires after days), empty until `completed`. """
    video_url: str | Unset = UNSET
    """ The target video. """
    face_url: str | Unset = UNSET
    """ The face image swapped in. """
    cover_url: None | str | Unset = UNSET
    """ Cover image, when one was sent. """
    duration: int | Unset = UNSET
    """ Length of the target video (unit not stated; seconds presumably). """
    error_code: None | str | Unset = UNSET
    """ Error code as a string (`"0"` when none); may be null. """
    faild_message: None | str | Unset = UNSET
    """ Failure reason (the server's spelling, sic); null when none. """
    updated_at: str | Unset = UNSET
    """ Last update time, ISO 8601 UTC. """
    initialized_time: None | str | Unset = UNSET
    """ When the task was initialized, ISO 8601 UTC. """
    processing_time: None | str | Unset = UNSET
    """ When processing started, ISO 8601 UTC. """
    completed_time: None | str | Unset = UNSET
    """ When the task completed, ISO 8601 UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current_status = self.current_status

        name = self.name

        coins = self.coins

        created_at = self.created_at

        failed_code: None | str | Unset
        if isinstance(self.failed_code, Unset):
            failed_code = UNSET
        else:
            failed_code = self.failed_code

        failed_message: None | str | Unset
        if isinstance(self.failed_message, Unset):
            failed_message = UNSET
        else:
            failed_message = self.failed_message

        result_url: None | str | Unset
        if isinstance(self.result_url, Unset):
            result_url = UNSET
        else:
            result_url = self.result_url

        video_url = self.video_url

        face_url = self.face_url

        cover_url: None | str | Unset
        if isinstance(self.cover_url, Unset):
            cover_url = UNSET
        else:
            cover_url = self.cover_url

        duration = self.duration

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

        updated_at = self.updated_at

        initialized_time: None | str | Unset
        if isinstance(self.initialized_time, Unset):
            initialized_time = UNSET
        else:
            initialized_time = self.initialized_time

        processing_time: None | str | Unset
        if isinstance(self.processing_time, Unset):
            processing_time = UNSET
        else:
            processing_time = self.processing_time

        completed_time: None | str | Unset
        if isinstance(self.completed_time, Unset):
            completed_time = UNSET
        else:
            completed_time = self.completed_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "current_status": current_status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if coins is not UNSET:
            field_dict["coins"] = coins
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if failed_code is not UNSET:
            field_dict["failed_code"] = failed_code
        if failed_message is not UNSET:
            field_dict["failed_message"] = failed_message
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if face_url is not UNSET:
            field_dict["face_url"] = face_url
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if faild_message is not UNSET:
            field_dict["faild_message"] = faild_message
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if initialized_time is not UNSET:
            field_dict["initialized_time"] = initialized_time
        if processing_time is not UNSET:
            field_dict["processing_time"] = processing_time
        if completed_time is not UNSET:
            field_dict["completed_time"] = completed_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id")

        current_status = d.pop("current_status")

        name = d.pop("name", UNSET)

        coins = d.pop("coins", UNSET)

        created_at = d.pop("createdAt", UNSET)

        def _parse_failed_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_code = _parse_failed_code(d.pop("failed_code", UNSET))

        def _parse_failed_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_message = _parse_failed_message(d.pop("failed_message", UNSET))

        def _parse_result_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_url = _parse_result_url(d.pop("result_url", UNSET))

        video_url = d.pop("video_url", UNSET)

        face_url = d.pop("face_url", UNSET)

        def _parse_cover_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_url = _parse_cover_url(d.pop("cover_url", UNSET))

        duration = d.pop("duration", UNSET)

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

        updated_at = d.pop("updatedAt", UNSET)

        def _parse_initialized_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initialized_time = _parse_initialized_time(d.pop("initialized_time", UNSET))

        def _parse_processing_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processing_time = _parse_processing_time(d.pop("processing_time", UNSET))

        def _parse_completed_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_time = _parse_completed_time(d.pop("completed_time", UNSET))

        face_swap_task = cls(
            id=id,
            current_status=current_status,
            name=name,
            coins=coins,
            created_at=created_at,
            failed_code=failed_code,
            failed_message=failed_message,
            result_url=result_url,
            video_url=video_url,
            face_url=face_url,
            cover_url=cover_url,
            duration=duration,
            error_code=error_code,
            faild_message=faild_message,
            updated_at=updated_at,
            initialized_time=initialized_time,
            processing_time=processing_time,
            completed_time=completed_time,
        )

        face_swap_task.additional_properties = d
        return face_swap_task

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
