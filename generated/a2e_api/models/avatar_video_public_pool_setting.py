"""AvatarVideoPublicPoolSetting: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class AvatarVideoPublicPoolSetting(Record):
    """Whether jobs go to the public computing pool when the dedicated lines are busy."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("is_auto_to_public_pool", "isAutoToPublicPool"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("isAutoToPublicPool", (bool,)),)

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (value := get("isAutoToPublicPool")) is not None and type(value) is not bool:
            invalid_record(cls, src)
        return src

    @property
    def is_auto_to_public_pool(self) -> bool | None:
        value: bool | None = self._data.get("isAutoToPublicPool")
        return value
