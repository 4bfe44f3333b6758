"""StorageLegacyPresignedUpload: a reply record."""

from __future__ import annotations

from typing import ClassVar

from ..types import Record


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
