"""TextToImageAvatar: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


class TextToImageAvatar(Record):
    """The custom avatar created from a text to image result. Only its id is known (inferred from what
    P7 reads); every other field is kept as it comes."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("id", "_id"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)

    @property
    def id(self) -> str | None:
        """The new avatar's id."""
        value: str | None = self._data.get("_id")
        return value
