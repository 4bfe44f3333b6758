"""PhotobookTask: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class PhotobookTask(Record):
    """A photobook task. `current_status` is an open string; the catalog names `processing` (not
    deletable), and the newer families use `initialized`, `sent`, `pending`, `processing`,
    `completed` and `failed`. Inferred: no body of this family is known. The finished photos
    are modelled in `image_urls` (no source names the field); the other fields besides the
    shared task fields are echoes of the start request, as the documented sibling records have."""

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
        ("face_image_url", "face_image_url"),
        ("location", "location"),
        ("clothing", "clothing"),
        ("total_count", "total_count"),
        ("image_urls", "image_urls"),
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
        ("face_image_url", (str,)),
        ("location", (str,)),
        ("clothing", (str,)),
        ("total_count", (int,)),
        ("image_urls", (list,)),
    )
    _detail: ClassVar[str] = "photobook_get"
    """The operation that reads the record again (for a fresh result URL)."""
    _result_fields: ClassVar[tuple[str, ...]] = ("image_urls",)
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
            or ((value := get("face_image_url")) is not None and type(value) is not str)
            or ((value := get("location")) is not None and type(value) is not str)
            or ((value := get("clothing")) is not None and type(value) is not str)
            or ((value := get("total_count")) is not None and type(value) is not int)
            or ((value := get("image_urls")) is not None and type(value) is not list)
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
    def face_image_url(self) -> str | None:
        """The face image, as sent (inferred echo)."""
        value: str | None = self._data.get("face_image_url")
        return value

    @property
    def location(self) -> str | None:
        """The location prompt, as sent (inferred echo)."""
        value: str | None = self._data.get("location")
        return value

    @property
    def clothing(self) -> str | None:
        """The clothing prompt, as sent (inferred echo)."""
        value: str | None = self._data.get("clothing")
        return value

    @property
    def total_count(self) -> int | None:
        """How many photos were asked for, as sent (inferred echo)."""
        value: int | None = self._data.get("total_count")
        return value

    @property
    def image_urls(self) -> list[str] | None:
        """The generated photos (on a CDN; expire after days), empty until `completed`. Inferred field
        name."""
        value: list[str] | None = self._data.get("image_urls")
        return value


class CompletedPhotobookTask(PhotobookTask):
    """A `PhotobookTask` whose job is done: its result fields (image_urls) are set."""

    __slots__ = ()

    @property
    def image_urls(self) -> list[str]:
        value: list[str] = self._data["image_urls"]
        return value
