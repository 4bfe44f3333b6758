"""AgoraToken: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class AgoraToken(Record):
    """What a front end needs to join the session's Agora RTC room."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token", "token"),
        ("app_id", "appId"),
        ("channel", "channel"),
        ("uid", "uid"),
        ("expire_epoch_timestamp", "expire_epoch_timestamp"),
        ("expire_date_utc", "expire_date_UTC"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("token", (str,)),
        ("appId", (str,)),
        ("channel", (str,)),
        ("uid", (int,)),
        ("expire_epoch_timestamp", (int,)),
        ("expire_date_UTC", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            ((value := get("token")) is not None and type(value) is not str)
            or ((value := get("appId")) is not None and type(value) is not str)
            or ((value := get("channel")) is not None and type(value) is not str)
            or ((value := get("uid")) is not None and type(value) is not int)
            or ((value := get("expire_epoch_timestamp")) is not None and type(value) is not int)
            or ((value := get("expire_date_UTC")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def token(self) -> str | None:
        """Agora RTC token."""
        value: str | None = self._data.get("token")
        return value

    @property
    def app_id(self) -> str | None:
        """Agora app id."""
        value: str | None = self._data.get("appId")
        return value

    @property
    def channel(self) -> str | None:
        """The session's channel; every other streaming call takes it."""
        value: str | None = self._data.get("channel")
        return value

    @property
    def uid(self) -> int | None:
        """Agora user id to join with (an integer in the docs' Agora sample, the only value seen)."""
        value: int | None = self._data.get("uid")
        return value

    @property
    def expire_epoch_timestamp(self) -> int | None:
        """Expiry as a Unix timestamp (seconds)."""
        value: int | None = self._data.get("expire_epoch_timestamp")
        return value

    @property
    def expire_date_utc(self) -> str | None:
        """Expiry as a UTC date-time."""
        value: str | None = self._data.get("expire_date_UTC")
        return value
