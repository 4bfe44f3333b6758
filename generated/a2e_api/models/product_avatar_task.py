"""ProductAvatarTask: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar, Self

from ..types import Record, invalid_record
from .product_avatar_rect import ProductAvatarRect


class ProductAvatarTask(Record):
    """A product avatar task. `current_status` is an open string; the catalog names the lifecycle
    `initialized`, `sent`, `pending`, `processing`, then `completed` or `failed`. Once
    `completed` the picture is in `result_image_url`; on failure the reason is in
    `failed_message`. Inferred: no body of this family is known; the fields below other than
    `result_image_url` are echoes of the start request, as the documented sibling records have."""

    __slots__ = ("_nested",)
    _nested: dict[str, Any]
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "_id"),
        ("current_status", "current_status"),
        ("name", "name"),
        ("coins", "coins"),
        ("created_at", "createdAt"),
        ("failed_code", "failed_code"),
        ("failed_message", "failed_message"),
        ("result_url", "result_url"),
        ("image_urls", "image_urls"),
        ("product_rect", "product_rect"),
        ("prompt", "prompt"),
        ("timeout", "timeout"),
        ("result_image_url", "result_image_url"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("_id", (str,)),
        ("current_status", (str,)),
    )
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("name", (str,)),
        ("coins", (int,)),
        ("createdAt", (str,)),
        ("failed_code", (str,)),
        ("failed_message", (str,)),
        ("result_url", (str,)),
        ("image_urls", (list,)),
        ("product_rect", (dict,)),
        ("prompt", (str,)),
        ("timeout", (int, float)),
        ("result_image_url", (str,)),
    )
    _detail: ClassVar[str] = "product_avatar_get"
    """The operation that reads the record again (for a fresh result URL)."""
    _result_fields: ClassVar[tuple[str, ...]] = ("result_image_url",)
    """The fields a finished job's results are in (the spec's `x-a2e-task.result`), also on records from `get`."""

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if (
            type(get("_id")) is not str
            or type(get("current_status")) is not str
            or ((value := get("name")) is not None and type(value) is not str)
            or ((value := get("coins")) is not None and type(value) is not int)
            or ((value := get("createdAt")) is not None and type(value) is not str)
            or ((value := get("failed_code")) is not None and type(value) is not str)
            or ((value := get("failed_message")) is not None and type(value) is not str)
            or ((value := get("result_url")) is not None and type(value) is not str)
            or ((value := get("image_urls")) is not None and type(value) is not list)
            or ((value := get("product_rect")) is not None and type(value) is not dict)
            or ((value := get("prompt")) is not None and type(value) is not str)
            or ((value := get("timeout")) is not None and type(value) not in (int, float))
            or ((value := get("result_image_url")) is not None and type(value) is not str)
        ):
            invalid_record(cls, src)
        return src

    _has_nested: ClassVar[bool] = True

    @classmethod
    def from_dict(cls, src: Any) -> Self:
        """Check a JSON object (see `Record._checked`), and parse its nested records."""
        cls._checked(src)
        record = cls.__new__(cls)
        record._data = src
        record._nested = {
            "product_rect": None
            if src.get("product_rect") is None
            else ProductAvatarRect.from_dict(src["product_rect"]),
        }
        return record

    @property
    def id(self) -> str:
        """The task id (24-hex MongoDB ObjectId)."""
        value: str = self._data["_id"]
        return value

    @property
    def current_status(self) -> str:
        """Open string; known: initialized, sent, pending, processing, completed, failed."""
        value: str = self._data["current_status"]
        return value

    @property
    def name(self) -> str | None:
        value: str | None = self._data.get("name")
        return value

    @property
    def coins(self) -> int | None:
        """Credits charged for the task."""
        value: int | None = self._data.get("coins")
        return value

    @property
    def created_at(self) -> str | None:
        """Creation time, ISO 8601 UTC (e.g. `2025-09-12T09:04:10.026Z`)."""
        value: str | None = self._data.get("createdAt")
        return value

    @property
    def failed_code(self) -> str | None:
        """Failure code, empty while the task has not failed."""
        value: str | None = self._data.get("failed_code")
        return value

    @property
    def failed_message(self) -> str | None:
        """Failure reason, empty while the task has not failed."""
        value: str | None = self._data.get("failed_message")
        return value

    @property
    def result_url(self) -> str | None:
        """The result file (on a CDN; expires after days), empty until `completed`."""
        value: str | None = self._data.get("result_url")
        return value

    @property
    def image_urls(self) -> list[str] | None:
        """The product and person images, as sent (inferred echo)."""
        value: list[str] | None = self._data.get("image_urls")
        return value

    @property
    def product_rect(self) -> ProductAvatarRect | None:
        """Where and how the product is placed on the person image. The catalog gives no field table,
        only an example with these six numbers; units are not stated (pixels of the person image
        for the position and size presumably, degrees for `rotation`, a factor for `scale`:
        inferred). Any other key is kept."""
        value: ProductAvatarRect | None = self._nested["product_rect"]
        return value

    @property
    def prompt(self) -> str | None:
        """The prompt, as sent (inferred echo)."""
        value: str | None = self._data.get("prompt")
        return value

    @property
    def timeout(self) -> float | None:
        """The timeout in seconds, as sent (inferred echo)."""
        value: float | None = self._data.get("timeout")
        return value

    @property
    def result_image_url(self) -> str | None:
        """The generated picture (on a CDN; expires after days), empty until `completed`."""
        value: str | None = self._data.get("result_image_url")
        return value


class CompletedProductAvatarTask(ProductAvatarTask):
    """A `ProductAvatarTask` whose job is done: its result fields (result_image_url) are set."""

    __slots__ = ()

    @property
    def result_image_url(self) -> str:
        value: str = self._data["result_image_url"]
        return value
