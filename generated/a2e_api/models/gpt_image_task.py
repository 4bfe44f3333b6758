"""GptImageTask: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class GptImageTask(Record):
    """A GPT Image task. `current_status` is an open string (family-wide values: initialized,
    sent, pending, processing, completed, failed). `image_urls` holds the result once
    `completed` (stored for 3 days). `image_urls` and the settings fields (`prompt`, `model`,
    `aspect_ratio`, `quality`, `resolution`) are named as the sibling families' records and the
    start's fields (inferred)."""

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
        ("prompt", "prompt"),
        ("model", "model"),
        ("aspect_ratio", "aspect_ratio"),
        ("quality", "quality"),
        ("resolution", "resolution"),
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
        ("prompt", (str,)),
        ("model", (str,)),
        ("aspect_ratio", (str,)),
        ("quality", (str,)),
        ("resolution", (str,)),
        ("image_urls", (list,)),
    )
    _detail: ClassVar[str] = "gpt_image_get"
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
            or ((value := get("prompt")) is not None and type(value) is not str)
            or ((value := get("model")) is not None and type(value) is not str)
            or ((value := get("aspect_ratio")) is not None and type(value) is not str)
            or ((value := get("quality")) is not None and type(value) is not str)
            or ((value := get("resolution")) is not None and type(value) is not str)
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
    def prompt(self) -> str | None:
        """The prompt as stored."""
        value: str | None = self._data.get("prompt")
        return value

    @property
    def model(self) -> str | None:
        """The model: `gpt-image-1.5` or `gpt-image-2`."""
        value: str | None = self._data.get("model")
        return value

    @property
    def aspect_ratio(self) -> str | None:
        """The requested aspect ratio."""
        value: str | None = self._data.get("aspect_ratio")
        return value

    @property
    def quality(self) -> str | None:
        """The requested quality (`gpt-image-1.5`)."""
        value: str | None = self._data.get("quality")
        return value

    @property
    def resolution(self) -> str | None:
        """The requested resolution (`gpt-image-2`)."""
        value: str | None = self._data.get("resolution")
        return value

    @property
    def image_urls(self) -> list[str] | None:
        """The generated image URLs; empty until `completed`."""
        value: list[str] | None = self._data.get("image_urls")
        return value


class CompletedGptImageTask(GptImageTask):
    """A `GptImageTask` whose job is done: its result fields (image_urls) are set."""

    __slots__ = ()

    @property
    def image_urls(self) -> list[str]:
        value: list[str] = self._data["image_urls"]
        return value
