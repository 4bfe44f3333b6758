"""Veo1080PVideo: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


class Veo1080PVideo(Record):
    """The HD version of a Veo video. Its fields are not documented; every field is kept as it comes."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("result_url", "result_url"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("result_url", (str,)),)

    @property
    def result_url(self) -> str | None:
        """URL of the 1080p MP4 (the name is inferred; no body of this reply is known)."""
        value: str | None = self._data.get("result_url")
        return value
