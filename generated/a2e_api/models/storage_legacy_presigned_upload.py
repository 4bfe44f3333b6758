"""StorageLegacyPresignedUpload: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class StorageLegacyPresignedUpload(Record):
    """A presigned R2 upload from the legacy call. There is no public URL in it: after the PUT,
    callers use `https://<bucket>.ai2everyone.com/<key>`."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("upload_url", "uploadUrl"),
        ("key", "key"),
        ("bucket", "bucket"),
        ("expires_in", "expiresIn"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("uploadUrl", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("key", (str,)),
        ("bucket", (str,)),
        ("expiresIn", (int,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("uploadUrl")) is not str
            or ((value := get("key")) is not None and type(value) is not str)
            or ((value := get("bucket")) is not None and type(value) is not str)
            or ((value := get("expiresIn")) is not None and type(value) is not int)
        ):
            invalid_record(cls, src)
        return src

    @property
    def upload_url(self) -> str:
        """Presigned Cloudflare R2 PUT URL."""
        value: str = self._data["uploadUrl"]
        return value

    @property
    def key(self) -> str | None:
        """The scoped object key, `{urlPrefix}/{env}/user/{user_id}/<your key>`."""
        value: str | None = self._data.get("key")
        return value

    @property
    def bucket(self) -> str | None:
        """The bucket the object goes to (e.g. `3days-apac`, `a2e-prod-jumpy`)."""
        value: str | None = self._data.get("bucket")
        return value

    @property
    def expires_in(self) -> int | None:
        """Lifetime of `uploadUrl`, presumably in seconds."""
        value: int | None = self._data.get("expiresIn")
        return value
