"""AvatarVideoJob: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


class AvatarVideoJob(Record):
    """What `generate` answers: the new job's id only (the docs and the catalog example show no other
    field)."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("id", "_id"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()

    @property
    def id(self) -> str:
        """The video job id; wait on it with `get_status`."""
        value: str = self._data["_id"]
        return value
