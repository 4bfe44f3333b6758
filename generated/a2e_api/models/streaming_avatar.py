"""StreamingAvatar: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


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

    @property
    def id(self) -> str:
        value: str = self._data["_id"]
        return value

    @property
    def name(self) -> str | None:
        value: str | None = self._data.get("name")
        return value
