"""VideoTwinUpload: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class VideoTwinUpload(Record):
    """Inferred: a file uploaded for video twin creation (no source shows this record)."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("url", "url"),
        ("status", "status"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("_id", (str,)),
        ("url", (str,)),
        ("status", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            ((value := get("_id")) is not None and type(value) is not str)
            or ((value := get("url")) is not None and type(value) is not str)
            or ((value := get("status")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str | None:
        """Inferred; the upload's id."""
        value: str | None = self._data.get("_id")
        return value

    @property
    def url(self) -> str | None:
        """Inferred; where the uploaded file is stored."""
        value: str | None = self._data.get("url")
        return value

    @property
    def status(self) -> str | None:
        """Inferred; the upload's state (an open string; values not known)."""
        value: str | None = self._data.get("status")
        return value
