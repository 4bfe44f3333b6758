"""FaceSwapTaskStatus: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class FaceSwapTaskStatus(Record):
    """One entry of `status`: a task's state. `current_status` is an open string (known:
    initialized, processing, completed, failed)."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("current_status", "current_status"),
        ("result_url", "result_url"),
        ("error_code", "error_code"),
        ("faild_message", "faild_message"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("_id", (str,)),
        ("current_status", (str,)),
    )
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("result_url", (str,)),
        ("error_code", (str,)),
        ("faild_message", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("_id")) is not str
            or type(get("current_status")) is not str
            or ((value := get("result_url")) is not None and type(value) is not str)
            or ((value := get("error_code")) is not None and type(value) is not str)
            or ((value := get("faild_message")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The task id."""
        value: str = self._data["_id"]
        return value

    @property
    def current_status(self) -> str:
        """Open string; known: initialized, processing, completed, failed."""
        value: str = self._data["current_status"]
        return value

    @property
    def result_url(self) -> str | None:
        """The result video, empty while processing."""
        value: str | None = self._data.get("result_url")
        return value

    @property
    def error_code(self) -> str | None:
        """Error code as a string; null in the docs example (their table says integer)."""
        value: str | None = self._data.get("error_code")
        return value

    @property
    def faild_message(self) -> str | None:
        """Failure reason (the server's spelling, sic); null when none."""
        value: str | None = self._data.get("faild_message")
        return value
