"""ErrorEnvelope: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class ErrorEnvelope(Record):
    """An error reply. `code` is non-zero: known values include 1001 (invalid parameter, or no
    streaming host free), 1003 (content moderation: a minor was detected), 1004 (suspected
    minor; retry with `minor_suspected_skip`), 30005 (`back_id` and `custom_back_id` together).
    The text is in `msg`; some callers also see `message`."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("msg", "msg"),
        ("message", "message"),
        ("trace_id", "trace_id"),
        ("data", "data"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("code", (int,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("msg", (str,)),
        ("message", (str,)),
        ("trace_id", (str,)),
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
            or ((value := get("message")) is not None and type(value) is not str)
            or ((value := get("trace_id")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def code(self) -> int:
        value: int = self._data["code"]
        return value

    @property
    def msg(self) -> str | None:
        value: str | None = self._data.get("msg")
        return value

    @property
    def message(self) -> str | None:
        value: str | None = self._data.get("message")
        return value

    @property
    def trace_id(self) -> str | None:
        value: str | None = self._data.get("trace_id")
        return value

    @property
    def data(self) -> Any | None:
        """Usually null or absent."""
        value: Any | None = self._data.get("data")
        return value
