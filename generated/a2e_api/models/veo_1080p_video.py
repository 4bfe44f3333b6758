"""Veo1080PVideo: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class Veo1080PVideo(Record):
    """The HD version of a Veo video. Its fields are not documented; every field is kept as it comes."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("result_url", "result_url"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("result_url", (str,)),)

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (value := get("result_url")) is not None and type(value) is not str:
            invalid_record(cls, src)
        return src

    @property
    def result_url(self) -> str | None:
        """URL of the 1080p MP4 (the name is inferred; no body of this reply is known)."""
        value: str | None = self._data.get("result_url")
        return value
