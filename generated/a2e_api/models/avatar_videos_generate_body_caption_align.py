from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvatarVideosGenerateBodyCaptionAlign")


@_attrs_define
class AvatarVideosGenerateBodyCaptionAlign:
    """Caption style (fields not documented; these are what callers send)."""

    language: str | Unset = UNSET
    """ Caption language, e.g. `en-US`. """
    primary_colour: str | Unset = UNSET
    """ Text colour, e.g. `rgba(255,255,255,1)`. """
    outline_colour: str | Unset = UNSET
    """ Outline colour. """
    border_style: int | Unset = UNSET
    """ Border style (callers send 4). """
    back_colour: str | Unset = UNSET
    """ Box colour. """
    font_name: str | Unset = UNSET
    """ Font name, e.g. `Arial`. """
    fontsize: int | Unset = UNSET
    """ Font size. """
    subtitle_position: float | Unset = UNSET
    """ Vertical caption position as a fraction of the height (one caller sends 0.85). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        primary_colour = self.primary_colour

        outline_colour = self.outline_colour

        border_style = self.border_style

        back_colour = self.back_colour

        font_name = self.font_name

        fontsize = self.fontsize

        subtitle_position = self.subtitle_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if primary_colour is not UNSET:
            field_dict["PrimaryColour"] = primary_colour
        if outline_colour is not UNSET:
            field_dict["OutlineColour"] = outline_colour
        if border_style is not UNSET:
            field_dict["BorderStyle"] = border_style
        if back_colour is not UNSET:
            field_dict["BackColour"] = back_colour
        if font_name is not UNSET:
            field_dict["FontName"] = font_name
        if fontsize is not UNSET:
            field_dict["Fontsize"] = fontsize
        if subtitle_position is not UNSET:
            field_dict["subtitle_position"] = subtitle_position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = d.pop("language", UNSET)

        primary_colour = d.pop("PrimaryColour", UNSET)

        outline_colour = d.pop("OutlineColour", UNSET)

        border_style = d.pop("BorderStyle", UNSET)

        back_colour = d.pop("BackColour", UNSET)

        font_name = d.pop("FontName", UNSET)

        fontsize = d.pop("Fontsize", UNSET)

        subtitle_position = d.pop("subtitle_position", UNSET)

        avatar_videos_generate_body_caption_align = cls(
            language=language,
            primary_colour=primary_colour,
            outline_colour=outline_colour,
            border_style=border_style,
            back_colour=back_colour,
            font_name=font_name,
            fontsize=fontsize,
            subtitle_position=subtitle_position,
        )

        avatar_videos_generate_body_caption_align.additional_properties = d
        return avatar_videos_generate_body_caption_align

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
