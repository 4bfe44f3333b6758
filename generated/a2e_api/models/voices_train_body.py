from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voices_train_body_gender import (
    VoicesTrainBodyGender,
    check_voices_train_body_gender,
)
from ..models.voices_train_body_model import (
    VoicesTrainBodyModel,
    check_voices_train_body_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoicesTrainBody")


@_attrs_define
class VoicesTrainBody:
    name: str
    """ Name of the voice. """
    voice_urls: list[str]
    """ Public URLs of the training audio samples. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    gender: VoicesTrainBodyGender | Unset = "female"
    """ Gender of the voice. """
    denoise: bool | Unset = UNSET
    """ Remove background noise from the samples first. """
    enhance_voice_similarity: bool | Unset = UNSET
    """ Boost the similarity to the source voice. """
    model: VoicesTrainBodyModel | Unset = "a2e"
    """ Voice model; determines the coin cost. """
    language: str | Unset = UNSET
    """ Language of the voice, e.g. `en-US` or `zh-CN`; taken from the request headers when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        voice_urls = self.voice_urls

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        denoise = self.denoise

        enhance_voice_similarity = self.enhance_voice_similarity

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "voice_urls": voice_urls,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if gender is not UNSET:
            field_dict["gender"] = gender
        if denoise is not UNSET:
            field_dict["denoise"] = denoise
        if enhance_voice_similarity is not UNSET:
            field_dict["enhance_voice_similarity"] = enhance_voice_similarity
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        voice_urls = cast(list[str], d.pop("voice_urls"))

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: VoicesTrainBodyGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_voices_train_body_gender(_gender)

        denoise = d.pop("denoise", UNSET)

        enhance_voice_similarity = d.pop("enhance_voice_similarity", UNSET)

        _model = d.pop("model", UNSET)
        model: VoicesTrainBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_voices_train_body_model(_model)

        language = d.pop("language", UNSET)

        voices_train_body = cls(
            name=name,
            voice_urls=voice_urls,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            gender=gender,
            denoise=denoise,
            enhance_voice_similarity=enhance_voice_similarity,
            model=model,
            language=language,
        )

        voices_train_body.additional_properties = d
        return voices_train_body

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
