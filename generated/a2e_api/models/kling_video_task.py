"""KlingVideoTask: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class KlingVideoTask(Record):
    """A Kling video task. `current_status` is an open string; the newer families use
    `initialized`, `sent`, `pending`, `processing`, `completed` and `failed`. The video is in
    `result_url` once `completed`. Inferred: no body of this family is known; besides the
    shared task fields, the fields below are echoes of the start request, as the documented
    sibling families' records have."""

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
        ("mode", "mode"),
        ("prompt", "prompt"),
        ("negative_prompt", "negative_prompt"),
        ("version", "version"),
        ("model_version", "model_version"),
        ("resolution", "resolution"),
        ("quality_mode", "quality_mode"),
        ("duration", "duration"),
        ("image_url", "image_url"),
        ("video_url", "video_url"),
        ("end_image_url", "end_image_url"),
        ("aspect_ratio", "aspect_ratio"),
        ("sound", "sound"),
        ("character_orientation", "character_orientation"),
        ("seed", "seed"),
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
        ("mode", (str,)),
        ("prompt", (str,)),
        ("negative_prompt", (str,)),
        ("version", (str,)),
        ("model_version", (str,)),
        ("resolution", (str,)),
        ("quality_mode", (str,)),
        ("duration", (str,)),
        ("image_url", (str,)),
        ("video_url", (str,)),
        ("end_image_url", (str,)),
        ("aspect_ratio", (str,)),
        ("sound", (bool,)),
        ("character_orientation", (str,)),
        ("seed", (int, float)),
    )
    _detail: ClassVar[str] = "kling_video_get"
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
            or ((value := get("mode")) is not None and type(value) is not str)
            or ((value := get("prompt")) is not None and type(value) is not str)
            or ((value := get("negative_prompt")) is not None and type(value) is not str)
            or ((value := get("version")) is not None and type(value) is not str)
            or ((value := get("model_version")) is not None and type(value) is not str)
            or ((value := get("resolution")) is not None and type(value) is not str)
            or ((value := get("quality_mode")) is not None and type(value) is not str)
            or ((value := get("duration")) is not None and type(value) is not str)
            or ((value := get("image_url")) is not None and type(value) is not str)
            or ((value := get("video_url")) is not None and type(value) is not str)
            or ((value := get("end_image_url")) is not None and type(value) is not str)
            or ((value := get("aspect_ratio")) is not None and type(value) is not str)
            or ((value := get("sound")) is not None and type(value) is not bool)
            or ((value := get("character_orientation")) is not None and type(value) is not str)
            or ((value := get("seed")) is not None and type(value) not in (int, float))
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
    def mode(self) -> str | None:
        """Generation mode, as sent to `start` (inferred echo)."""
        value: str | None = self._data.get("mode")
        return value

    @property
    def prompt(self) -> str | None:
        """The prompt, as sent (inferred echo)."""
        value: str | None = self._data.get("prompt")
        return value

    @property
    def negative_prompt(self) -> str | None:
        """The negative prompt, as sent (inferred echo)."""
        value: str | None = self._data.get("negative_prompt")
        return value

    @property
    def version(self) -> str | None:
        """Kling version, as sent (inferred echo)."""
        value: str | None = self._data.get("version")
        return value

    @property
    def model_version(self) -> str | None:
        """Kling 3.0 variant, as sent (inferred echo)."""
        value: str | None = self._data.get("model_version")
        return value

    @property
    def resolution(self) -> str | None:
        """Resolution, as sent (inferred echo)."""
        value: str | None = self._data.get("resolution")
        return value

    @property
    def quality_mode(self) -> str | None:
        """Quality tier, as sent (inferred echo)."""
        value: str | None = self._data.get("quality_mode")
        return value

    @property
    def duration(self) -> str | None:
        """Length in seconds, as sent (a string; inferred echo)."""
        value: str | None = self._data.get("duration")
        return value

    @property
    def image_url(self) -> str | None:
        """The input image, as sent (inferred echo)."""
        value: str | None = self._data.get("image_url")
        return value

    @property
    def video_url(self) -> str | None:
        """The motion source video, as sent (inferred echo)."""
        value: str | None = self._data.get("video_url")
        return value

    @property
    def end_image_url(self) -> str | None:
        """The last-frame image, as sent (inferred echo)."""
        value: str | None = self._data.get("end_image_url")
        return value

    @property
    def aspect_ratio(self) -> str | None:
        """Aspect ratio, as sent (inferred echo)."""
        value: str | None = self._data.get("aspect_ratio")
        return value

    @property
    def sound(self) -> bool | None:
        """Whether audio was asked for, as sent (inferred echo)."""
        value: bool | None = self._data.get("sound")
        return value

    @property
    def character_orientation(self) -> str | None:
        """Motion-control orientation, as sent (inferred echo)."""
        value: str | None = self._data.get("character_orientation")
        return value

    @property
    def seed(self) -> float | None:
        """The seed, as sent (inferred echo)."""
        value: float | None = self._data.get("seed")
        return value


class CompletedKlingVideoTask(KlingVideoTask):
    """A `KlingVideoTask` whose job is done: its result fields (result_url) are set."""

    __slots__ = ()

    @property
    def result_url(self) -> str:
        value: str = self._data["result_url"]
        return value
