"""AvatarVideoTask: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class AvatarVideoTask(Record):
    """An avatar video job of the older family: its state is in `status` (not `current_status`)
    and the video URL in `result` (not `result_url`), so it does not extend `Task`."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("status", "status"),
        ("process", "process"),
        ("result", "result"),
        ("msg", "msg"),
        ("anchor_id", "anchor_id"),
        ("anchor_type", "anchor_type"),
        ("web_bg_width", "web_bg_width"),
        ("web_bg_height", "web_bg_height"),
        ("color", "color"),
        ("result_people_url", "result_people_url"),
        ("result_bg_url", "result_bg_url"),
        ("replace_bg_id", "replace_bg_id"),
        ("custom_backs_id", "custom_backs_id"),
        ("created_at", "createdAt"),
        ("diff_s", "diff_s"),
        ("current_date", "current_date"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("_id", (str,)),
        ("status", (str,)),
    )
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("process", (int,)),
        ("result", (str,)),
        ("msg", (str,)),
        ("anchor_id", (str,)),
        ("anchor_type", (str,)),
        ("web_bg_width", (int,)),
        ("web_bg_height", (int,)),
        ("color", (str,)),
        ("result_people_url", (str,)),
        ("result_bg_url", (str,)),
        ("replace_bg_id", (str,)),
        ("custom_backs_id", (str,)),
        ("createdAt", (str,)),
        ("diff_s", (int,)),
        ("current_date", (str,)),
    )
    _detail: ClassVar[str] = "avatar_videos_get_status"
    """The operation that reads the record again (for a fresh result URL)."""
    _result_fields: ClassVar[tuple[str, ...]] = ("result",)
    """The fields a finished job's results are in (the spec's `x-a2e-task.result`), also on records from `get`."""

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("_id")) is not str
            or type(get("status")) is not str
            or ((value := get("process")) is not None and type(value) is not int)
            or ((value := get("result")) is not None and type(value) is not str)
            or ((value := get("msg")) is not None and type(value) is not str)
            or ((value := get("anchor_id")) is not None and type(value) is not str)
            or ((value := get("anchor_type")) is not None and type(value) is not str)
            or ((value := get("web_bg_width")) is not None and type(value) is not int)
            or ((value := get("web_bg_height")) is not None and type(value) is not int)
            or ((value := get("color")) is not None and type(value) is not str)
            or ((value := get("result_people_url")) is not None and type(value) is not str)
            or ((value := get("result_bg_url")) is not None and type(value) is not str)
            or ((value := get("replace_bg_id")) is not None and type(value) is not str)
            or ((value := get("custom_backs_id")) is not None and type(value) is not str)
            or ((value := get("createdAt")) is not None and type(value) is not str)
            or ((value := get("diff_s")) is not None and type(value) is not int)
            or ((value := get("current_date")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The video job id (24-hex MongoDB ObjectId)."""
        value: str = self._data["_id"]
        return value

    @property
    def status(self) -> str:
        """Open string; known: init (initialising), start (handed to the algorithm), pending (queued),
        process (rendering), copy (uploading the result), success, fail. Callers also report failed
        and error."""
        value: str = self._data["status"]
        return value

    @property
    def process(self) -> int | None:
        """Progress in percent (0 to 100)."""
        value: int | None = self._data.get("process")
        return value

    @property
    def result(self) -> str | None:
        """URL of the finished video (expires after days), empty until `success`."""
        value: str | None = self._data.get("result")
        return value

    @property
    def msg(self) -> str | None:
        """Message; the failure reason when `status` is `fail`."""
        value: str | None = self._data.get("msg")
        return value

    @property
    def anchor_id(self) -> str | None:
        """The avatar used."""
        value: str | None = self._data.get("anchor_id")
        return value

    @property
    def anchor_type(self) -> str | None:
        """`"0"` = system avatar, `"1"` = custom avatar. A string in this reply (docs field table),
        unlike the integer `generate` takes."""
        value: str | None = self._data.get("anchor_type")
        return value

    @property
    def web_bg_width(self) -> int | None:
        """Canvas width from the request."""
        value: int | None = self._data.get("web_bg_width")
        return value

    @property
    def web_bg_height(self) -> int | None:
        """Canvas height from the request."""
        value: int | None = self._data.get("web_bg_height")
        return value

    @property
    def color(self) -> str | None:
        """Background colour from the request."""
        value: str | None = self._data.get("color")
        return value

    @property
    def result_people_url(self) -> str | None:
        """URL of a person-only output (not explained in the docs)."""
        value: str | None = self._data.get("result_people_url")
        return value

    @property
    def result_bg_url(self) -> str | None:
        """URL of a background output (not explained in the docs)."""
        value: str | None = self._data.get("result_bg_url")
        return value

    @property
    def replace_bg_id(self) -> str | None:
        """The background used for replacement."""
        value: str | None = self._data.get("replace_bg_id")
        return value

    @property
    def custom_backs_id(self) -> str | None:
        """The custom background used (the server's spelling; the request field is `custom_back_id`)."""
        value: str | None = self._data.get("custom_backs_id")
        return value

    @property
    def created_at(self) -> str | None:
        """Creation time, ISO 8601 UTC."""
        value: str | None = self._data.get("createdAt")
        return value

    @property
    def diff_s(self) -> int | None:
        """Not explained in the docs (probably seconds elapsed)."""
        value: int | None = self._data.get("diff_s")
        return value

    @property
    def current_date(self) -> str | None:
        """Not explained in the docs (probably the server time)."""
        value: str | None = self._data.get("current_date")
        return value


class CompletedAvatarVideoTask(AvatarVideoTask):
    """A `AvatarVideoTask` whose job is done: its result fields (result) are set."""

    __slots__ = ()

    @property
    def result(self) -> str:
        value: str = self._data["result"]
        return value
