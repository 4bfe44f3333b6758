"""AccountApiToken: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class AccountApiToken(Record):
    """A newly minted API token record. `token` is a secret."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("token", "token"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("_id", (str,)),
        ("token", (str,)),
    )
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if type(get("_id")) is not str or type(get("token")) is not str:
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The token record's id (24-hex MongoDB ObjectId), needed to delete the token later."""
        value: str = self._data["_id"]
        return value

    @property
    def token(self) -> str:
        """Secret: the API token to send as `Authorization: Bearer <token>`. Store it like a password
        and never log it."""
        value: str = self._data["token"]
        return value
