from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoTwinStartBody")


@_attrs_define
class VideoTwinStartBody:
    name: str | Unset = UNSET
    """ Name of the custom avatar. """
    image_url: str | Unset = UNSET
    """ Image mode (beta, "version 2"; 1 diamond per call). Public URL of a photo showing exactly one face. """
    video_url: str | Unset = UNSET
    """ Video mode (recommended, free). Public URL of an MP4 or MOV of the person, at least 10 s, with a correct
    `Content-Type` and no redirect. """
    video_backgroud_color: str | Unset = UNSET
    """ Background colour as RGBA, e.g. `rgba(255,255,255,1)`. A2E's own (misspelt) field name, sent by public
    callers; prefer it over `video_background_color`. """
    video_backgroud_image: str | Unset = UNSET
    """ Public URL of a background image. A2E's own (misspelt) field name, sent by public callers; prefer it over
    `video_background_image`. """
    video_background_color: str | Unset = UNSET
    """ The catalog's spelling of `video_backgroud_color` (background colour, RGBA). Public callers send the
    misspelt name. """
    video_background_image: str | Unset = UNSET
    """ The catalog's spelling of `video_backgroud_image` (background image URL). Public callers send the misspelt
    name. """
    gender: str | Unset = UNSET
    """ Gender of the person, `male` or `female` as public callers send it (not in the catalog). """
    model_version: str | Unset = UNSET
    """ Image-mode model version (not in the catalog); public callers send `V2.0`, `V2.1` or `4.5`. """
    prompt: str | Unset = UNSET
    """ Image mode: prompt for the generated motion (not in the catalog; sent by public callers). """
    negative_prompt: str | Unset = UNSET
    """ Image mode: features to avoid (not in the catalog; sent by public callers). """
    skip_preview: bool | Unset = UNSET
    """ Skip the preview step (not in the catalog; public callers send `false`). """
    is_transcoding: bool | Unset = UNSET
    """ Let A2E transcode the source video first (not in the catalog; public callers send `true`). """
    language: str | Unset = UNSET
    """ Language of the person's speech (not in the catalog; sent by one public caller). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        image_url = self.image_url

        video_url = self.video_url

        video_backgroud_color = self.video_backgroud_color

        video_backgroud_image = self.video_backgroud_image

        video_background_color = self.video_background_color

        video_background_image = self.video_background_image

        gender = self.gender

        model_version = self.model_version

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        skip_preview = self.skip_preview

        is_transcoding = self.is_transcoding

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_backgroud_color is not UNSET:
            field_dict["video_backgroud_color"] = video_backgroud_color
        if video_backgroud_image is not UNSET:
            field_dict["video_backgroud_image"] = video_backgroud_image
        if video_background_color is not UNSET:
            field_dict["video_background_color"] = video_background_color
        if video_background_image is not UNSET:
            field_dict["video_background_image"] = video_background_image
        if gender is not UNSET:
            field_dict["gender"] = gender
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if skip_preview is not UNSET:
            field_dict["skipPreview"] = skip_preview
        if is_transcoding is not UNSET:
            field_dict["isTranscoding"] = is_transcoding
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        image_url = d.pop("image_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        video_backgroud_color = d.pop("video_backgroud_color", UNSET)

        video_backgroud_image = d.pop("video_backgroud_image", UNSET)

        video_background_color = d.pop("video_background_color", UNSET)

        video_background_image = d.pop("video_background_image", UNSET)

        gender = d.pop("gender", UNSET)

        model_version = d.pop("model_version", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        skip_preview = d.pop("skipPreview", UNSET)

        is_transcoding = d.pop("isTranscoding", UNSET)

        language = d.pop("language", UNSET)

        video_twin_start_body = cls(
            name=name,
            image_url=image_url,
            video_url=video_url,
            video_backgroud_color=video_backgroud_color,
            video_backgroud_image=video_backgroud_image,
            video_background_color=video_background_color,
            video_background_image=video_background_image,
            gender=gender,
            model_version=model_version,
            prompt=prompt,
            negative_prompt=negative_prompt,
            skip_preview=skip_preview,
            is_transcoding=is_transcoding,
            language=language,
        )

        video_twin_start_body.additional_properties = d
        return video_twin_start_body

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
