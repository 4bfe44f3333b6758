"""Envelope: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record


class Envelope(Record):
    """The envelope of every reply. `code` 0 means success and `data` holds the result; any other
    `code` is an error even on HTTP 200 (see `ErrorEnvelope`), and `data` is then null or absent.
    Each operation's reply narrows `data`. `trace_id` identifies the request in A2E's logs; one
    observed body has none, so it is optional."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("msg", "msg"),
        ("trace_id", "trace_id"),
        ("data", "data"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("code", (int,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("msg", (str,)),
        ("trace_id", (str,)),
    )

    @property
    def code(self) -> int:
        """0 on success. Any other value is an error, even on HTTP 200: the body is then an
        `ErrorEnvelope` (`msg`, no `data`)."""
        value: int = self._data["code"]
        return value

    @property
    def msg(self) -> str | None:
        value: str | None = self._data.get("msg")
        return value

    @property
    def trace_id(self) -> str | None:
        value: str | None = self._data.get("trace_id")
        return value

    @property
    def data(self) -> Any | None:
        """The operation's result."""
        value: Any | None = self._data.get("data")
        return value
