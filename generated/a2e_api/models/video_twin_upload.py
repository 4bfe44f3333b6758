"""VideoTwinUpload: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


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
