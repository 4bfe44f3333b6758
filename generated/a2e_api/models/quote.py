"""Quote: a reply record."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import Record, invalid_record


class Quote(Record):
    """A credit estimate; fields other than `generationRequestValidated` and `coins` are not documented
    and are kept as they come."""

    __slots__ = ()
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("generation_request_validated", "generationRequestValidated"),
        ("coins", "coins"),
    )
    _wire_names: ClassVar[frozenset[str]] = frozenset(wire for _, wire in _fields)
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = (
        ("generationRequestValidated", (bool,)),
        ("coins", (int, float)),
    )

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`Record._checked` unrolled for these fields: a 100-row list runs it 100 times."""
        if type(src) is not dict:
            invalid_record(cls, src)
        get = src.get
        if ((value := get("generationRequestValidated")) is not None and type(value) is not bool) or (
            (value := get("coins")) is not None and type(value) not in (int, float)
        ):
            invalid_record(cls, src)
        return src

    @property
    def generation_request_validated(self) -> bool | None:
        """`false` means only the pricing inputs were checked."""
        value: bool | None = self._data.get("generationRequestValidated")
        return value

    @property
    def coins(self) -> float | None:
        """Inferred (field name and type): the credits (coins) the request would cost, by analogy with
        the `coins` of the task records. The catalog names no cost field."""
        value: float | None = self._data.get("coins")
        return value
