"""StoragePresignedUpload: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class StoragePresignedUpload(Record):
    """A presigned R2 upload; PUT the file to `uploadUrl`, then use `cdnUrl`."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("upload_url", "uploadUrl"),
        ("cdn_url", "cdnUrl"),
        ("key", "key"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("uploadUrl", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("cdnUrl", (str,)),
        ("key", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("uploadUrl")) is not str
            or ((value := get("cdnUrl")) is not None and type(value) is not str)
            or ((value := get("key")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def upload_url(self) -> str:
        """Presigned Cloudflare R2 PUT URL; expires after the requested `expiresIn`."""
        value: str = self._data["uploadUrl"]
        return value

    @property
    def cdn_url(self) -> str | None:
        """Public CDN URL of the file once uploaded; pass this (not the R2 URL) to other operations."""
        value: str | None = self._data.get("cdnUrl")
        return value

    @property
    def key(self) -> str | None:
        """The scoped object key, `{urlPrefix}/{env}/user/{user_id}/<your key>`."""
        value: str | None = self._data.get("key")
        return value
