"""FaceSwapTaskStatus: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


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
