"""VeoTaskPageReply: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar, Self

from ..types import Record, invalid_record
from .veo_task_page import VeoTaskPage


class VeoTaskPageReply(Record):
    """The success envelope of a reply whose `data` is `VeoTaskPage`."""

    __slots__ = ("_nested",)
    _nested: dict[str, Any]
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("msg", "msg"),
        ("trace_id", "trace_id"),
        ("data", "data"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("code", (int,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("msg", (str,)),
        ("trace_id", (str,)),
        ("data", (dict,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("code")) is not int
            or ((value := get("msg")) is not None and type(value) is not str)
            or ((value := get("trace_id")) is not None and type(value) is not str)
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
            "data": None if src.get("data") is None else VeoTaskPage.from_dict(src["data"]),
        }
        return record

    @property
    def code(self) -> int:
        """0 on success. Any other value is an error, even on HTTP 200: the body is then an
        `ErrorEnvelope` (`msg`, no `data`)."""
        value: int = self._data["code"]
        return value

    @property
    def msg(self) -> str | None:
        value: str | None = self._data.get("msg")
        return value

    @property
    def trace_id(self) -> str | None:
        value: str | None = self._data.get("trace_id")
        return value

    @property
    def data(self) -> VeoTaskPage | None:
        """One page of Veo video tasks."""
        value: VeoTaskPage | None = self._nested["data"]
        return value
