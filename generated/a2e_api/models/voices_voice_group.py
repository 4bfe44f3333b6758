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
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("label", (str,)),
        ("children", (list,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if ((value := get("label")) is not None and type(value) is not str) or (
            (value := get("children")) is not None and type(value) is not list
        ):
            invalid_record(cls, src)
        return src

    _has_nested: ClassVar[bool] = True

    @classmethod
    def from_dict(cls, src: Any) -> Self:
        """Check a JSON object (see `Record._checked`), and parse its nested records."""
        cls._checked(src)
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
