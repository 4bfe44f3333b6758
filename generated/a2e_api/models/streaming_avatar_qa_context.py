"""StreamingAvatarQaContext: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


class StreamingAvatarQaContext(Record):
    """Inferred: the QA context of a session, under the names `set_qa_context` takes (no source shows
    this reply)."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("channel", "channel"),
        ("text", "text"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("channel", (str,)),
        ("text", (str,)),
    )

    @property
    def channel(self) -> str | None:
        """Inferred; the session's Agora channel."""
        value: str | None = self._data.get("channel")
        return value

    @property
    def text(self) -> str | None:
        """Inferred; the knowledge text answers are drawn from."""
        value: str | None = self._data.get("text")
        return value
