"""HeadSwapTask: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class HeadSwapTask(Record):
    """A head swap task. `current_status` is an open string; the catalog names `initialized`,
    `sent` (queued to the algorithm service), `pending`, `processing`, `completed` and `failed`.
    The echoed inputs and `result_url` as the result field are inferred (no example is known)."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("current_status", "current_status"),
        ("name", "name"),
        ("coins", "coins"),
        ("created_at", "createdAt"),
        ("failed_code", "failed_code"),
        ("failed_message", "failed_message"),
        ("result_url", "result_url"),
        ("image_url", "image_url"),
        ("target_image_url", "target_image_url"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("_id", (str,)),
        ("current_status", (str,)),
    )
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("name", (str,)),
        ("coins", (int,)),
        ("createdAt", (str,)),
        ("failed_code", (str,)),
        ("failed_message", (str,)),
        ("result_url", (str,)),
        ("image_url", (str,)),
        ("target_image_url", (str,)),
    )
    _detail: ClassVar[str] = "head_swap_get"
    """The operation that reads the record again (for a fresh result URL)."""
    _result_fields: ClassVar[tuple[str, ...]] = ("result_url",)
    """The fields a finished job's results are in (the spec's `x-a2e-task.result`), also on records from `get`."""

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("_id")) is not str
            or type(get("current_status")) is not str
            or ((value := get("name")) is not None and type(value) is not str)
            or ((value := get("coins")) is not None and type(value) is not int)
            or ((value := get("createdAt")) is not None and type(value) is not str)
            or ((value := get("failed_code")) is not None and type(value) is not str)
            or ((value := get("failed_message")) is not None and type(value) is not str)
            or ((value := get("result_url")) is not None and type(value) is not str)
            or ((value := get("image_url")) is not None and type(value) is not str)
            or ((value := get("target_image_url")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The task id (24-hex MongoDB ObjectId)."""
        value: str = self._data["_id"]
        return value

    @property
    def current_status(self) -> str:
        """Open string; known: initialized, sent, pending, processing, completed, failed."""
        value: str = self._data["current_status"]
        return value

    @property
    def name(self) -> str | None:
        value: str | None = self._data.get("name")
        return value

    @property
    def coins(self) -> int | None:
        """Credits charged for the task."""
        value: int | None = self._data.get("coins")
        return value

    @property
    def created_at(self) -> str | None:
        """Creation time, ISO 8601 UTC (e.g. `2025-09-12T09:04:10.026Z`)."""
        value: str | None = self._data.get("createdAt")
        return value

    @property
    def failed_code(self) -> str | None:
        """Failure code, empty while the task has not failed."""
        value: str | None = self._data.get("failed_code")
        return value

    @property
    def failed_message(self) -> str | None:
        """Failure reason, empty while the task has not failed."""
        value: str | None = self._data.get("failed_message")
        return value

    @property
    def result_url(self) -> str | None:
        """The result file (on a CDN; expires after days), empty until `completed`."""
        value: str | None = self._data.get("result_url")
        return value

    @property
    def image_url(self) -> str | None:
        """The source head image (inferred echo of the start's field)."""
        value: str | None = self._data.get("image_url")
        return value

    @property
    def target_image_url(self) -> str | None:
        """The target image or video (inferred echo of the start's field)."""
        value: str | None = self._data.get("target_image_url")
        return value


class CompletedHeadSwapTask(HeadSwapTask):
    """A `HeadSwapTask` whose job is done: its result fields (result_url) are set."""

    __slots__ = ()

    @property
    def result_url(self) -> str:
        value: str = self._data["result_url"]
        return value
