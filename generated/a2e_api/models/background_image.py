"""BackgroundImage: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class BackgroundImage(Record):
    """A background image for avatar videos."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("name", "name"),
        ("img_url", "img_url"),
        ("type_", "type"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("name", (str,)),
        ("img_url", (str,)),
        ("type", (str,)),
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
            or ((value := get("img_url")) is not None and type(value) is not str)
            or ((value := get("type")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The background id; a `custom_back_id` (custom) or `back_id` (system) for
        `avatar_videos.generate`."""
        value: str = self._data["_id"]
        return value

    @property
    def name(self) -> str | None:
        value: str | None = self._data.get("name")
        return value

    @property
    def img_url(self) -> str | None:
        """The image URL."""
        value: str | None = self._data.get("img_url")
        return value

    @property
    def type_(self) -> str | None:
        """Open string; known: custom, default."""
        value: str | None = self._data.get("type")
        return value
