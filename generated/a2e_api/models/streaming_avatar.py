"""StreamingAvatar: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class StreamingAvatar(Record):
    """An avatar that can be streamed."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("name", "name"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("name", (str,)),)

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if type(get("_id")) is not str or ((value := get("name")) is not None and type(value) is not str):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        value: str = self._data["_id"]
        return value

    @property
    def name(self) -> str | None:
        value: str | None = self._data.get("name")
        return value
