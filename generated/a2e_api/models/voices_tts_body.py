from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voices_tts_body_type import VoicesTtsBodyType, check_voices_tts_body_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoicesTtsBody")


@_attrs_define
class VoicesTtsBody:
    msg: str
    """ The text to speak. API-token callers are limited to 1,000 characters (all Unicode characters count). """
    tts_id: str | Unset = UNSET
    """ A public voice's id (a child `value` from `list`). Send `tts_id` or `user_voice_id`. """
    user_voice_id: str | Unset = UNSET
    """ A cloned voice's id (the catalog: its ObjectId; the older docs: the record's `speaker_id`).
    Send `tts_id` or `user_voice_id`; with `user_voice_id` also send `country` and `region`.
     """
    country: str | Unset = "en"
    """ Language part of the locale (a top-level `value` from `list_languages`). """
    region: str | Unset = "US"
    """ Region part of the locale (a child `value` from `list_languages`). """
    speech_rate: float | Unset = 1.0
    """ Speed multiplier. """
    type_: VoicesTtsBodyType | Unset = UNSET
    """ Captcha type, only when a captcha is demanded (web users; API tokens skip it). """
    turnstile_token: str | Unset = UNSET
    """ Captcha token when `type` is `turnstile`. """
    captcha_verify_param: str | Unset = UNSET
    """ Captcha parameter when `type` is `aliyun_captcha`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        tts_id = self.tts_id

        user_voice_id = self.user_voice_id

        country = self.country

        region = self.region

        speech_rate = self.speech_rate

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        turnstile_token = self.turnstile_token

        captcha_verify_param = self.captcha_verify_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msg": msg,
            }
        )
        if tts_id is not UNSET:
            field_dict["tts_id"] = tts_id
        if user_voice_id is not UNSET:
            field_dict["user_voice_id"] = user_voice_id
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if speech_rate is not UNSET:
            field_dict["speechRate"] = speech_rate
        if type_ is not UNSET:
            field_dict["type"] = type_
        if turnstile_token is not UNSET:
            field_dict["turnstile_token"] = turnstile_token
        if captcha_verify_param is not UNSET:
            field_dict["captchaVerifyParam"] = captcha_verify_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg = d.pop("msg")

        tts_id = d.pop("tts_id", UNSET)

        user_voice_id = d.pop("user_voice_id", UNSET)

        country = d.pop("country", UNSET)

        region = d.pop("region", UNSET)

        speech_rate = d.pop("speechRate", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: VoicesTtsBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_voices_tts_body_type(_type_)

        turnstile_token = d.pop("turnstile_token", UNSET)

        captcha_verify_param = d.pop("captchaVerifyParam", UNSET)

        voices_tts_body = cls(
            msg=msg,
            tts_id=tts_id,
            user_voice_id=user_voice_id,
            country=country,
            region=region,
            speech_rate=speech_rate,
            type_=type_,
            turnstile_token=turnstile_token,
            captcha_verify_param=captcha_verify_param,
        )

        voices_tts_body.additional_properties = d
        return voices_tts_body

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
