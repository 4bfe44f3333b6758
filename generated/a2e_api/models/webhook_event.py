"""WebhookEvent: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar, Self

from ..types import Record, invalid_record
from .webhook_event_data import WebhookEventData


class WebhookEvent(Record):
    """Inferred: the body of a job notification (A2E documents the events and the header only)."""

    __slots__ = ("_nested",)
    _nested: dict[str, Any]
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event", "event"),
        ("task_id", "task_id"),
        ("task_type", "task_type"),
        ("data", "data"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("event", (str,)),
        ("task_id", (str,)),
    )
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("task_type", (str,)),
        ("data", (dict,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("event")) is not str
            or type(get("task_id")) is not str
            or ((value := get("task_type")) is not None and type(value) is not str)
            or ((value := get("data")) is not None and type(value) is not dict)
        ):
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
            "data": None if src.get("data") is None else WebhookEventData.from_dict(src["data"]),
        }
        return record

    @property
    def event(self) -> str:
        """`task.completed` or `task.failed` (an open string)."""
        value: str = self._data["event"]
        return value

    @property
    def task_id(self) -> str:
        """The job's id."""
        value: str = self._data["task_id"]
        return value

    @property
    def task_type(self) -> str | None:
        """The job kind."""
        value: str | None = self._data.get("task_type")
        return value

    @property
    def data(self) -> WebhookEventData | None:
        """The job's record as it ended; read the detail operation to be sure."""
        value: WebhookEventData | None = self._nested["data"]
        return value
