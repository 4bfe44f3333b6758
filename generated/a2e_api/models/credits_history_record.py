"""CreditsHistoryRecord: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class CreditsHistoryRecord(Record):
    """Inferred: one credit transaction. No source shows a row; see the fields' descriptions."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("amount", "amount"),
        ("is_consumption", "is_consumption"),
        ("created_at", "createdAt"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("amount", (int, float)),
        ("is_consumption", (bool,)),
        ("createdAt", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("_id")) is not str
            or ((value := get("amount")) is not None and type(value) not in (int, float))
            or ((value := get("is_consumption")) is not None and type(value) is not bool)
            or ((value := get("createdAt")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The transaction's id (24-hex MongoDB ObjectId; inferred from the API-wide id convention)."""
        value: str = self._data["_id"]
        return value

    @property
    def amount(self) -> float | None:
        """Inferred field name: the signed number of credits; positive for grants and purchases,
        negative for consumption (the catalog describes the amounts so)."""
        value: float | None = self._data.get("amount")
        return value

    @property
    def is_consumption(self) -> bool | None:
        """Inferred from the catalog's filter of that name: `true` for consumption."""
        value: bool | None = self._data.get("is_consumption")
        return value

    @property
    def created_at(self) -> str | None:
        """When the transaction happened, ISO 8601 UTC (the catalog's date filters apply to it)."""
        value: str | None = self._data.get("createdAt")
        return value
