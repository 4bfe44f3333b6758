"""Balance: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


class Balance(Record):
    """What the account has left."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("coins", "coins"),
        ("diamonds", "diamonds"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("coins", (int, float)),
        ("diamonds", (int, float)),
    )
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()

    @property
    def coins(self) -> float:
        """Remaining coins (credits)."""
        value: float = self._data["coins"]
        return value

    @property
    def diamonds(self) -> float:
        """Remaining diamonds."""
        value: float = self._data["diamonds"]
        return value
