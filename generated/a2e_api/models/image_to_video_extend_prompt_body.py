from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_to_video_extend_prompt_body_template import (
    ImageToVideoExtendPromptBodyTemplate,
    check_image_to_video_extend_prompt_body_template,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageToVideoExtendPromptBody")


@_attrs_define
class ImageToVideoExtendPromptBody:
    reference_id: str
    """ Reference id; the catalog does not describe it (its example is a 24-hex id). """
    image_url: str
    """ Public URL of the source image. """
    prompt: str
    """ The prompt to extend. """
    negative_prompt: str
    """ The negative prompt to extend. """
    lang: str | Unset = "en"
    """ Language of the generated prompt. """
    max_length: int | Unset = UNSET
    """ Hard cap on the generated prompt's characters (a limit, not a target). """
    stream: bool | Unset = UNSET
    """ `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this client does not
    parse. """
    template: ImageToVideoExtendPromptBodyTemplate | Unset = "default"
    """ `default`: one rewrite; `cinematic`: scene bible, `SHOT 1..N` and an Audio section. """
    shot_count: int | Unset = 2
    """ Number of shots for the `cinematic` template; clamped by the server to 1 to 4. """
    with_audio: bool | Unset = True
    """ `cinematic` template only: append an Audio section. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        image_url = self.image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        lang = self.lang

        max_length = self.max_length

        stream = self.stream

        template: str | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template

        shot_count = self.shot_count

        with_audio = self.with_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_id": reference_id,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        if lang is not UNSET:
            field_dict["lang"] = lang
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if stream is not UNSET:
            field_dict["stream"] = stream
        if template is not UNSET:
            field_dict["template"] = template
        if shot_count is not UNSET:
            field_dict["shot_count"] = shot_count
        if with_audio is not UNSET:
            field_dict["with_audio"] = with_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_id = d.pop("reference_id")

        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt")

        lang = d.pop("lang", UNSET)

        max_length = d.pop("max_length", UNSET)

        stream = d.pop("stream", UNSET)

        _template = d.pop("template", UNSET)
        template: ImageToVideoExtendPromptBodyTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = check_image_to_video_extend_prompt_body_template(_template)

        shot_count = d.pop("shot_count", UNSET)

        with_audio = d.pop("with_audio", UNSET)

        image_to_video_extend_prompt_body = cls(
            reference_id=reference_id,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
            template=template,
            shot_count=shot_count,
            with_audio=with_audio,
        )

        image_to_video_extend_prompt_body.additional_properties = d
        return image_to_video_extend_prompt_body

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
