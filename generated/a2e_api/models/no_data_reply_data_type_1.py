"""NoDataReplyDataType1: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


class NoDataReplyDataType1(Record):
    """Nothing."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
