"""AvatarVideoPublicPoolSetting: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


class AvatarVideoPublicPoolSetting(Record):
    """Whether jobs go to the public computing pool when the dedicated lines are busy."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("is_auto_to_public_pool", "isAutoToPublicPool"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("isAutoToPublicPool", (bool,)),)

    @property
    def is_auto_to_public_pool(self) -> bool | None:
        value: bool | None = self._data.get("isAutoToPublicPool")
        return value
