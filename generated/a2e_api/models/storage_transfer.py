"""StorageTransfer: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


class StorageTransfer(Record):
    """A file copied into A2E storage."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("url", "url"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("url", (str,)),)

    @property
    def url(self) -> str | None:
        """The file's URL in A2E storage; use it in place of the original URL."""
        value: str | None = self._data.get("url")
        return value
