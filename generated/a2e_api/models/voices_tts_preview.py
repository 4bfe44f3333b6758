"""VoicesTtsPreview: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class VoicesTtsPreview(Record):
    """Inferred: one TTS preview record (no source shows one; see the fields)."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("msg", "msg"),
        ("audio_url", "audio_url"),
        ("created_at", "createdAt"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("msg", (str,)),
        ("audio_url", (str,)),
        ("createdAt", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("_id")) is not str
            or ((value := get("msg")) is not None and type(value) is not str)
            or ((value := get("audio_url")) is not None and type(value) is not str)
            or ((value := get("createdAt")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The preview's id (24-hex MongoDB ObjectId; inferred from the API-wide id convention), for
        `delete_preview`."""
        value: str = self._data["_id"]
        return value

    @property
    def msg(self) -> str | None:
        """Inferred; the text that was spoken (`tts` takes it as `msg`)."""
        value: str | None = self._data.get("msg")
        return value

    @property
    def audio_url(self) -> str | None:
        """Inferred; the generated audio (kept even after the record is deleted)."""
        value: str | None = self._data.get("audio_url")
        return value

    @property
    def created_at(self) -> str | None:
        """Inferred; creation time, ISO 8601 UTC (the list covers the last 24 hours)."""
        value: str | None = self._data.get("createdAt")
        return value
