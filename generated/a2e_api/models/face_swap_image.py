"""FaceSwapImage: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class FaceSwapImage(Record):
    """A face image saved in the caller's face-swap library."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("face_url", "face_url"),
        ("user_id", "user_id"),
        ("created_at", "createdAt"),
        ("updated_at", "updatedAt"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("face_url", (str,)),
        ("user_id", (str,)),
        ("createdAt", (str,)),
        ("updatedAt", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("_id")) is not str
            or ((value := get("face_url")) is not None and type(value) is not str)
            or ((value := get("user_id")) is not None and type(value) is not str)
            or ((value := get("createdAt")) is not None and type(value) is not str)
            or ((value := get("updatedAt")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The face record's id (24-hex MongoDB ObjectId)."""
        value: str = self._data["_id"]
        return value

    @property
    def face_url(self) -> str | None:
        """The stored face image URL (may be re-hosted, so it can differ from the URL sent)."""
        value: str | None = self._data.get("face_url")
        return value

    @property
    def user_id(self) -> str | None:
        """Owning user's id (described by the docs, absent from their example)."""
        value: str | None = self._data.get("user_id")
        return value

    @property
    def created_at(self) -> str | None:
        """Creation time, ISO 8601 UTC."""
        value: str | None = self._data.get("createdAt")
        return value

    @property
    def updated_at(self) -> str | None:
        """Last update time, ISO 8601 UTC."""
        value: str | None = self._data.get("updatedAt")
        return value
