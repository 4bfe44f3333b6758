"""BatchIds: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


class BatchIds(Record):
    """The body of every batch detail operation."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("ids", "ids"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("ids", (list,)),)

    @property
    def ids(self) -> list[str]:
        """Record ids (at most 200); results come in any order, match them by `_id`."""
        value: list[str] = self._data["ids"]
        return value
