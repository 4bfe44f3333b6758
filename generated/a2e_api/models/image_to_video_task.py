from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageToVideoTask")


@_attrs_define
class ImageToVideoTask:
    """An image to video task. `current_status` is an open string; the docs name `sent` (at
    creation), `pending` (processing started) and `completed`; the family-wide values
    `initialized`, `processing` and `failed` also apply.

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
    image_url: str | Unset = UNSET
    """ The source image. """
    prompt: str | Unset = UNSET
    """ The prompt as stored. """
    negative_prompt: str | Unset = UNSET
    """ The negative prompt as stored. """
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

        image_url = self.image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

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
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt

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

        image_url = d.pop("image_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        image_to_video_task = cls(
            id=id,
            current_status=current_status,
            name=name,
            coins=coins,
            created_at=created_at,
            failed_code=failed_code,
            failed_message=failed_message,
            result_url=result_url,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
        )

        image_to_video_task.additional_properties = d
        return image_to_video_task

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
