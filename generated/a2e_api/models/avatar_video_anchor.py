"""AvatarVideoAnchor: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class AvatarVideoAnchor(Record):
    """An avatar (anchor) that can be used in `generate`."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("type_", "type"),
        ("name", "name"),
        ("anchor_type", "anchor_type"),
        ("video_cover", "video_cover"),
        ("base_video", "base_video"),
        ("created_at", "createdAt"),
        ("user_video_twin_id", "user_video_twin_id"),
        ("gender", "gender"),
        ("image_url", "image_url"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (("_id", (str,)),)
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("type", (str,)),
        ("name", (str,)),
        ("anchor_type", (str,)),
        ("video_cover", (str,)),
        ("base_video", (str,)),
        ("createdAt", (str,)),
        ("user_video_twin_id", (str,)),
        ("gender", (str,)),
        ("image_url", (str,)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("_id")) is not str
            or ((value := get("type")) is not None and type(value) is not str)
            or ((value := get("name")) is not None and type(value) is not str)
            or ((value := get("anchor_type")) is not None and type(value) is not str)
            or ((value := get("video_cover")) is not None and type(value) is not str)
            or ((value := get("base_video")) is not None and type(value) is not str)
            or ((value := get("createdAt")) is not None and type(value) is not str)
            or ((value := get("user_video_twin_id")) is not None and type(value) is not str)
            or ((value := get("gender")) is not None and type(value) is not str)
            or ((value := get("image_url")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    @property
    def id(self) -> str:
        """The avatar id; send it as `anchor_id`."""
        value: str = self._data["_id"]
        return value

    @property
    def type_(self) -> str | None:
        """Open string; known: custom (the caller's own), default (a system avatar)."""
        value: str | None = self._data.get("type")
        return value

    @property
    def name(self) -> str | None:
        value: str | None = self._data.get("name")
        return value

    @property
    def anchor_type(self) -> str | None:
        """`"0"` = system avatar, `"1"` = custom avatar (send it as the integer `anchor_type` of
        `generate`). Typed `string` by inference: no source shows its type in this list, and the
        only reply that documents `anchor_type` (`get_status`, docs) types it `string`."""
        value: str | None = self._data.get("anchor_type")
        return value

    @property
    def video_cover(self) -> str | None:
        """Preview image URL."""
        value: str | None = self._data.get("video_cover")
        return value

    @property
    def base_video(self) -> str | None:
        """The avatar's base video URL."""
        value: str | None = self._data.get("base_video")
        return value

    @property
    def created_at(self) -> str | None:
        """Creation time, ISO 8601 UTC."""
        value: str | None = self._data.get("createdAt")
        return value

    @property
    def user_video_twin_id(self) -> str | None:
        """The trained custom avatar (video twin) this anchor was made from, for custom avatars."""
        value: str | None = self._data.get("user_video_twin_id")
        return value

    @property
    def gender(self) -> str | None:
        value: str | None = self._data.get("gender")
        return value

    @property
    def image_url(self) -> str | None:
        value: str | None = self._data.get("image_url")
        return value
