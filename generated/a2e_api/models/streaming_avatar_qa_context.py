"""StreamingAvatarQaContext: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


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

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if ((value := get("channel")) is not None and type(value) is not str) or (
            (value := get("text")) is not None and type(value) is not str
        ):
            invalid_record(cls, src)
        return src

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
