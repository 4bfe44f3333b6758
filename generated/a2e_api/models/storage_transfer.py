"""StorageTransfer: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class StorageTransfer(Record):
    """A file copied into A2E storage."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("url", "url"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("url", (str,)),)

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (value := get("url")) is not None and type(value) is not str:
            invalid_record(cls, src)
        return src

    @property
    def url(self) -> str | None:
        """The file's URL in A2E storage; use it in place of the original URL."""
        value: str | None = self._data.get("url")
        return value
