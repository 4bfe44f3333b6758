"""AccountUser: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


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
