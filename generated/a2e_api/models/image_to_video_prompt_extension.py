"""ImageToVideoPromptExtension: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


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

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if ((value := get("prompt")) is not None and type(value) is not str) or (
            (value := get("negative_prompt")) is not None and type(value) is not str
        ):
            invalid_record(cls, src)
        return src

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
