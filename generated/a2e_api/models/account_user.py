"""AccountUser: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class AccountUser(Record):
    """Inferred: a user record as `add_user` is taken to answer it (no source shows this reply)."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("username", "username"),
        ("name", "name"),
        ("nick_name", "nick_name"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("username", (str,)),
        ("name", (str,)),
        ("nick_name", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("_id")) is not str
            or ((value := get("username")) is not None and type(value) is not str)
            or ((value := get("name")) is not None and type(value) is not str)
            or ((value := get("nick_name")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The user's id (24-hex MongoDB ObjectId; inferred from the API-wide id convention)."""
        value: str = self._data["_id"]
        return value

    @property
    def username(self) -> str | None:
        """Inferred; the user name that was sent."""
        value: str | None = self._data.get("username")
        return value

    @property
    def name(self) -> str | None:
        """Inferred; the account name (an e-mail address in the `currentUser` reply P41 reads)."""
        value: str | None = self._data.get("name")
        return value

    @property
    def nick_name(self) -> str | None:
        """Inferred; the display name (a field of the `currentUser` reply P41 reads)."""
        value: str | None = self._data.get("nick_name")
        return value
