from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_spicy_start_body_model import (
    WanSpicyStartBodyModel,
    check_wan_spicy_start_body_model,
)
from ..models.wan_spicy_start_body_resolution import (
    WanSpicyStartBodyResolution,
    check_wan_spicy_start_body_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WanSpicyStartBody")


@_attrs_define
class WanSpicyStartBody:
    prompt: str
    """ Generation prompt. """
    image_url: str
    """ Public https URL of the image to animate. """
    resolution: WanSpicyStartBodyResolution
    """ `wan2.7-i2v-spicy`: 720p or 1080p; `wan2.2-i2v-spicy`: 480p or 720p. """
    duration: float
    """ Seconds: 2 to 15 with `wan2.7-i2v-spicy`, 5 or 8 with `wan2.2-i2v-spicy`. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    model: WanSpicyStartBodyModel | Unset = "wan2.7-i2v-spicy"
    """ `wan2.7-i2v-spicy` supports audio; `wan2.2-i2v-spicy` does not. """
    name: str | Unset = UNSET
    """ Display name. """
    negative_prompt: str | Unset = UNSET
    """ Features to avoid; accepted only with `wan2.7-i2v-spicy`. """
    audio_url: str | Unset = UNSET
    """ Public https URL of a .wav or .mp3 track; `wan2.7-i2v-spicy` only. """
    prompt_extend: bool | Unset = True
    """ Let the provider rewrite the prompt. """
    seed: int | Unset = UNSET
    """ Random seed. """
    minor_suspected_skip: bool | Unset = False
    """ Skip the pre-charge suspected-minor confirmation for the input image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        resolution: str = self.resolution

        duration = self.duration

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        name = self.name

        negative_prompt = self.negative_prompt

        audio_url = self.audio_url

        prompt_extend = self.prompt_extend

        seed = self.seed

        minor_suspected_skip = self.minor_suspected_skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if seed is not UNSET:
            field_dict["seed"] = seed
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        resolution = check_wan_spicy_start_body_resolution(d.pop("resolution"))

        duration = d.pop("duration")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        _model = d.pop("model", UNSET)
        model: WanSpicyStartBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_wan_spicy_start_body_model(_model)

        name = d.pop("name", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        seed = d.pop("seed", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        wan_spicy_start_body = cls(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            model=model,
            name=name,
            negative_prompt=negative_prompt,
            audio_url=audio_url,
            prompt_extend=prompt_extend,
            seed=seed,
            minor_suspected_skip=minor_suspected_skip,
        )

        wan_spicy_start_body.additional_properties = d
        return wan_spicy_start_body

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
