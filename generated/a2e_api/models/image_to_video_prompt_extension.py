"""ImageToVideoPromptExtension: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


class ImageToVideoPromptExtension(Record):
    """Inferred: the rewritten prompts of `extend_prompt` / `extend_flf2v_prompt` (no source shows the
    reply; the field names are the request's)."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("prompt", "prompt"),
        ("negative_prompt", "negative_prompt"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("prompt", (str,)),
        ("negative_prompt", (str,)),
    )

    @property
    def prompt(self) -> str | None:
        """Inferred; the extended prompt (for the `cinematic` template, the scene bible and `SHOT
        1..N`)."""
        value: str | None = self._data.get("prompt")
        return value

    @property
    def negative_prompt(self) -> str | None:
        """Inferred; the extended negative prompt."""
        value: str | None = self._data.get("negative_prompt")
        return value
