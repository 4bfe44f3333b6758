from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DubbingStartBody")


@_attrs_define
class DubbingStartBody:
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name. Observed in public callers (P3, P6, P7); not in the catalog. """
    source_url: str | Unset = UNSET
    """ Public URL of the video or audio to dub. Observed in public callers (P3, P6, P7); not in the catalog. """
    source_lang: str | Unset = UNSET
    """ Language code of the original speech, e.g. `zh`, `en`. Observed in public
    callers (P3, P6, P7); not in the catalog. P7 sends `auto` to have it detected,
    which no A2E source confirms.
     """
    target_lang: str | Unset = UNSET
    """ Language code to dub into, e.g. `en`; a caller's reference lists zh, en, ar,
    ja, es, de, fr and more. Observed in public callers (P3, P6, P7); not in the catalog.
     """
    num_speakers: int | Unset = UNSET
    """ Number of speakers in the source (callers send 1). Observed in public callers (P3, P6, P7); not in the
    catalog. """
    drop_background_audio: bool | Unset = UNSET
    """ Whether to leave out the source's background audio (callers send `false`). Observed in public callers (P3,
    P6, P7); not in the catalog. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        source_url = self.source_url

        source_lang = self.source_lang

        target_lang = self.target_lang

        num_speakers = self.num_speakers

        drop_background_audio = self.drop_background_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if source_lang is not UNSET:
            field_dict["source_lang"] = source_lang
        if target_lang is not UNSET:
            field_dict["target_lang"] = target_lang
        if num_speakers is not UNSET:
            field_dict["num_speakers"] = num_speakers
        if drop_background_audio is not UNSET:
            field_dict["drop_background_audio"] = drop_background_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        source_url = d.pop("source_url", UNSET)

        source_lang = d.pop("source_lang", UNSET)

        target_lang = d.pop("target_lang", UNSET)

        num_speakers = d.pop("num_speakers", UNSET)

        drop_background_audio = d.pop("drop_background_audio", UNSET)

        dubbing_start_body = cls(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            source_url=source_url,
            source_lang=source_lang,
            target_lang=target_lang,
            num_speakers=num_speakers,
            drop_background_audio=drop_background_audio,
        )

        dubbing_start_body.additional_properties = d
        return dubbing_start_body

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
