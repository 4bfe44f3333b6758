"""VoicesVoiceGroup: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar, Self

from ..types import Record, invalid_record
from .voices_option import VoicesOption


class VoicesVoiceGroup(Record):
    """A group of public voices (per gender or per provider such as Azure or ElevenLabs)."""

    __slots__ = ("_nested",)
    _nested: dict[str, Any]
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("children", "children"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()

    @classmethod
    def from_dict(cls, src: Any) -> Self:
        """Check the required fields, and parse the nested records, of a JSON object."""
        if type(src) is not dict:
            invalid_record(cls, src)
        for name, kinds in cls._required:
            if type(src.get(name)) not in kinds:
                invalid_record(cls, src)
        record = cls.__new__(cls)
        record._data = src
        record._nested = {
            "children": None if src.get("children") is None else VoicesOption.list_from(src["children"]),
        }
        return record

    @property
    def label(self) -> str | None:
        """The group's name."""
        value: str | None = self._data.get("label")
        return value

    @property
    def children(self) -> list[VoicesOption] | None:
        """The voices; each `value` is a `tts_id`."""
        value: list[VoicesOption] | None = self._nested["children"]
        return value
