"""AvatarVideoJob: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class AvatarVideoJob(Record):
    """What `generate` answers: the new job's id only (the docs and the catalog example show no other
    field)."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("id", "_id"),)
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if type(get("_id")) is not str:
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The video job id; wait on it with `get_status`."""
        value: str = self._data["_id"]
        return value
