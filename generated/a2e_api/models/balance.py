"""Balance: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


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

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if type(get("coins")) not in (int, float) or type(get("diamonds")) not in (int, float):
            invalid_record(cls, src)
        return src

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
