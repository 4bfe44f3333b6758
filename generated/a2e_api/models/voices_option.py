"""VoicesOption: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class VoicesOption(Record):
    """One choice in a voice or language list."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("value", "value"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("label", (str,)),
        ("value", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if ((value := get("label")) is not None and type(value) is not str) or (
            (value := get("value")) is not None and type(value) is not str
        ):
            invalid_record(cls, src)
        return src

    @property
    def label(self) -> str | None:
        """Display name."""
        value: str | None = self._data.get("label")
        return value

    @property
    def value(self) -> str | None:
        """The value to send (a `tts_id` in `list`, a `region` in `list_languages`)."""
        value: str | None = self._data.get("value")
        return value
