from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan3StartBodyParameters")


@_attrs_define
class Wan3StartBodyParameters:
    """Generation settings."""

    resolution: str | Unset = UNSET
    """ Output resolution, upper case (e.g. `720P`, `1080P`). """
    ratio: str | Unset = UNSET
    """ Aspect ratio, e.g. `16:9`, `9:16`, or `adaptive` (follow the input). """
    duration: int | Unset = UNSET
    """ Output length in seconds. """
    audio: bool | Unset = UNSET
    """ Generate an audio track. """
    prompt_extend: bool | Unset = False
    """ Let the model rewrite the prompt. """
    seed: int | Unset = UNSET
    """ Reproducibility seed. """
    watermark: bool | Unset = UNSET
    """ Add the provider's watermark. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution = self.resolution

        ratio = self.ratio

        duration = self.duration

        audio = self.audio

        prompt_extend = self.prompt_extend

        seed = self.seed

        watermark = self.watermark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if audio is not UNSET:
            field_dict["audio"] = audio
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if seed is not UNSET:
            field_dict["seed"] = seed
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resolution = d.pop("resolution", UNSET)

        ratio = d.pop("ratio", UNSET)

        duration = d.pop("duration", UNSET)

        audio = d.pop("audio", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        seed = d.pop("seed", UNSET)

        watermark = d.pop("watermark", UNSET)

        wan_3_start_body_parameters = cls(
            resolution=resolution,
            ratio=ratio,
            duration=duration,
            audio=audio,
            prompt_extend=prompt_extend,
            seed=seed,
            watermark=watermark,
        )

        wan_3_start_body_parameters.additional_properties = d
        return wan_3_start_body_parameters

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
