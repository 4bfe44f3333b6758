"""CustomAvatar: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class CustomAvatar(Record):
    """Inferred: a custom avatar of the caller's library. No source shows this record; its fields are
    inferred (see each)."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("name", "name"),
        ("tags", "tags"),
        ("created_at", "createdAt"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("name", (str,)),
        ("tags", (list,)),
        ("createdAt", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("_id")) is not str
            or ((value := get("name")) is not None and type(value) is not str)
            or ((value := get("tags")) is not None and type(value) is not list)
            or ((value := get("createdAt")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The custom avatar's id (24-hex MongoDB ObjectId; inferred from the API-wide id convention)."""
        value: str = self._data["_id"]
        return value

    @property
    def name(self) -> str | None:
        """Inferred; the avatar's name."""
        value: str | None = self._data.get("name")
        return value

    @property
    def tags(self) -> list[str] | None:
        """Inferred; the tags the avatar carries (`list_tags` lists the distinct ones)."""
        value: list[str] | None = self._data.get("tags")
        return value

    @property
    def created_at(self) -> str | None:
        """Inferred; creation time, ISO 8601 UTC."""
        value: str | None = self._data.get("createdAt")
        return value
