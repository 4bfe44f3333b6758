"""TextToImageAvatar: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class TextToImageAvatar(Record):
    """The custom avatar created from a text to image result. Only its id is known (inferred from what
    P7 reads); every other field is kept as it comes."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("id", "_id"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (value := get("_id")) is not None and type(value) is not str:
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str | None:
        """The new avatar's id."""
        value: str | None = self._data.get("_id")
        return value
