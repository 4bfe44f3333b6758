"""CreditsHistoryRecord: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


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
