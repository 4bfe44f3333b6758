"""SeedanceTaskPage: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar, Self

from ..types import Record, invalid_record
from .seedance_task import SeedanceTask


class SeedanceTaskPage(Record):
    """One page of Seedance 1.5 Pro tasks."""

    __slots__ = ("_nested",)
    _nested: dict[str, Any]
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rows", "rows"),
        ("count", "count"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("rows", (list,)),
        ("count", (int,)),
    )
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if type(get("rows")) is not list or type(get("count")) is not int:
            invalid_record(cls, src)
        return src

    _has_nested: ClassVar[bool] = True

    @classmethod
    def from_dict(cls, src: Any) -> Self:
        """Check a JSON object (see `Record._checked`), and parse its nested records."""
        cls._checked(src)
        record = cls.__new__(cls)
        record._data = src
        record._nested = {
            "rows": SeedanceTask.list_from(src["rows"]),
        }
        return record

    @property
    def rows(self) -> list[SeedanceTask]:
        value: list[SeedanceTask] = self._nested["rows"]
        return value

    @property
    def count(self) -> int:
        """Total number of records."""
        value: int = self._data["count"]
        return value
