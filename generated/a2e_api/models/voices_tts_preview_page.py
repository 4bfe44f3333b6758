"""VoicesTtsPreviewPage: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar, Self

from ..types import Record, invalid_record
from .voices_tts_preview import VoicesTtsPreview


class VoicesTtsPreviewPage(Record):
    """Inferred: one page of TTS previews, in the shape of the other `current`-paged list
    (`avatar_videos.list`)."""

    __slots__ = ("_nested",)
    _nested: dict[str, Any]
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("current", "current"),
        ("total", "total"),
        ("success", "success"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("data", (list,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("current", (int,)),
        ("total", (int,)),
        ("success", (bool,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("data")) is not list
            or ((value := get("current")) is not None and type(value) is not int)
            or ((value := get("total")) is not None and type(value) is not int)
            or ((value := get("success")) is not None and type(value) is not bool)
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
            "data": VoicesTtsPreview.list_from(src["data"]),
        }
        return record

    @property
    def data(self) -> list[VoicesTtsPreview]:
        value: list[VoicesTtsPreview] = self._nested["data"]
        return value

    @property
    def current(self) -> int | None:
        """The page number."""
        value: int | None = self._data.get("current")
        return value

    @property
    def total(self) -> int | None:
        """Total number of records."""
        value: int | None = self._data.get("total")
        return value

    @property
    def success(self) -> bool | None:
        value: bool | None = self._data.get("success")
        return value
