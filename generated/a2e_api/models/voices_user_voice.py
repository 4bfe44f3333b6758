from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoicesUserVoice")


@_attrs_define
class VoicesUserVoice:
    """A voice training record (a cloned voice). `current_status` is an open string; known values:
    `sent`, `pendding` (sic), `processing`, `completed`, `failed` (the shared task value
    `initialized` may appear too).

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
    voice_urls: list[str] | Unset = UNSET
    """ URLs of the training audio samples. """
    train_mode: str | Unset = UNSET
    """ Training mode (the docs name only `best`). """
    speaker_id: None | str | Unset = UNSET
    """ The trained speaker's id; the older docs say to send it as `user_voice_id` to `tts`. """
    model: str | Unset = UNSET
    """ Voice model the record was trained with (read by one caller, P7). """
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

        voice_urls: list[str] | Unset = UNSET
        if not isinstance(self.voice_urls, Unset):
            voice_urls = self.voice_urls

        train_mode = self.train_mode

        speaker_id: None | str | Unset
        if isinstance(self.speaker_id, Unset):
            speaker_id = UNSET
        else:
            speaker_id = self.speaker_id

        model = self.model

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
        if voice_urls is not UNSET:
            field_dict["voice_urls"] = voice_urls
        if train_mode is not UNSET:
            field_dict["train_mode"] = train_mode
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if model is not UNSET:
            field_dict["model"] = model

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

        voice_urls = cast(list[str], d.pop("voice_urls", UNSET))

        train_mode = d.pop("train_mode", UNSET)

        def _parse_speaker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speaker_id = _parse_speaker_id(d.pop("speaker_id", UNSET))

        model = d.pop("model", UNSET)

        voices_user_voice = cls(
            id=id,
            current_status=current_status,
            name=name,
            coins=coins,
            created_at=created_at,
            failed_code=failed_code,
            failed_message=failed_message,
            result_url=result_url,
            voice_urls=voice_urls,
            train_mode=train_mode,
            speaker_id=speaker_id,
            model=model,
        )

        voices_user_voice.additional_properties = d
        return voices_user_voice

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
