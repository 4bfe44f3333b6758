"""Shared types of the generated package: request sentinels, reply records, file helpers."""

import copy
import os
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import (
    IO,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    NamedTuple,
    NoReturn,
    Self,
    TypeVar,
)


class Unset:
    """The default of an optional request argument: the field is left out of the request."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class NotGiven:
    """The default of a per-call option: the client's own setting applies (`None` may mean "no limit")."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: NotGiven = NotGiven()


class CallOptions(NamedTuple):
    """One call's per-call options as the caller gave them, handed by a generated method to its runner."""

    timeout: object = NOT_GIVEN
    """Seconds, an `httpx.Timeout`, None (no limit), or NOT_GIVEN: the client's own."""
    extra_headers: "Mapping[str, str] | None" = None
    extra_query: "Mapping[str, object] | None" = None
    extra_body: "Mapping[str, object] | None" = None
    max_credits: object = NOT_GIVEN
    """A job start's credit limit: NOT_GIVEN (the client's `max_credits_per_job`), None (none) or credits."""
    idempotency_key: str | None = None
    """A job start's key: the start is sent at most once per key (see `a2e._idempotency`)."""


DEFAULT_OPTIONS = CallOptions()
"""No per-call option: the client's settings apply (the runner's own requests: polls, pages, quotes)."""

FileInput = os.PathLike[str] | bytes | IO[bytes]
"""A local file where the spec takes an input file URL (`x-a2e-file-input`): a path, its bytes or an
open binary file. The client uploads it first and sends the URL."""


class InvalidRecordError(ValueError):
    """A reply does not have the shape the spec describes (a required field missing, a field mistyped)."""


R = TypeVar("R", bound="Record")
T = TypeVar("T")


class Record:
    """A record from an A2E reply: read-only, typed properties over the reply's JSON object.

    Fields the spec marks required must be there and read as plain types; the others read as
    `None` when absent (or null). Every field of a known JSON type is checked when the reply is
    parsed, so a property never returns a value of another type. Fields the spec does not know are
    kept: see `additional_properties`; `to_dict()` returns the JSON as the server sent it, where
    an absent field and an explicit `null` stay distinguishable.
    """

    __slots__ = ("_data",)
    _data: dict[str, Any]
    _fields: ClassVar[tuple[tuple[str, str], ...]] = ()
    """(Python name, JSON name) of each field the spec describes, in spec order."""
    _wire_names: ClassVar[frozenset[str]] = frozenset()
    _required: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    """(JSON name, accepted JSON types) of each required field."""
    _optional: ClassVar[tuple[tuple[str, tuple[type, ...]], ...]] = ()
    """(JSON name, accepted JSON types) of each optional field of a known type (null is always accepted)."""
    _has_nested: ClassVar[bool] = False
    """Whether fields hold records, which `from_dict` parses (the records' generated `from_dict`)."""

    @classmethod
    def _checked(cls, src: Any) -> dict[str, Any]:
        """`src` if it is a JSON object whose fields have the types the spec gives them (required
        fields present); raises `InvalidRecordError` naming the first field that does not. Each
        generated record with fields overrides it with the same check unrolled, one test per field
        (a quarter faster on a page of rows; tests/test_records.py keeps the two in agreement)."""
        if type(src) is not dict:
            invalid_record(cls, src)
        for name, kinds in cls._required:
            if type(src.get(name)) not in kinds:
                invalid_record(cls, src)
        for name, kinds in cls._optional:
            value = src.get(name)
            if value is not None and type(value) not in kinds:
                invalid_record(cls, src)
        return src

    @classmethod
    def from_dict(cls, src: Any) -> Self:
        """Check a JSON object (see `_checked`) and wrap it (the object is not copied)."""
        cls._checked(src)
        record = cls.__new__(cls)
        record._data = src
        return record

    @classmethod
    def list_from(cls, src: Any) -> "list[Self]":
        """Parse a JSON array of such records."""
        if type(src) is not list:
            raise InvalidRecordError(f"expected a list of {cls.__name__}, got {type(src).__name__}")
        if cls._has_nested:  # its from_dict parses them too
            return [cls.from_dict(item) for item in src]
        checked, new = cls._checked, cls.__new__  # from_dict inlined: a page's rows are the hot loop
        records = []
        for item in src:
            record = new(cls)
            record._data = checked(item)
            records.append(record)
        return records

    def to_dict(self) -> dict[str, Any]:
        """The record's JSON object as the server sent it (a deep copy)."""
        return copy.deepcopy(self._data)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the spec does not describe, by their JSON names."""
        return {key: value for key, value in self._data.items() if key not in self._wire_names}

    def __repr__(self) -> str:
        parts = [f"{python}={getattr(self, python)!r}" for python, wire in self._fields if wire in self._data]
        extra = self.additional_properties
        if extra:
            parts.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, Record) and other._data == self._data

    __hash__ = None  # type: ignore[assignment]


def invalid_record(cls: type[Record], src: Any) -> NoReturn:
    """Raise the error that says which required field of `cls` is missing or mistyped in `src`."""
    if type(src) is not dict:
        raise InvalidRecordError(f"expected a {cls.__name__} object, got {type(src).__name__}")
    for name, kinds in cls._required + cls._optional:
        value = src.get(name)
        if type(value) not in kinds and (value is not None or (name, kinds) in cls._required):
            wanted = " or ".join("null" if kind is type(None) else kind.__name__ for kind in kinds)
            got = "nothing" if name not in src else type(value).__name__
            raise InvalidRecordError(f"{cls.__name__}.{name} must be {wanted}, got {got}")
    raise InvalidRecordError(f"{cls.__name__} does not match the spec")


def parse_nothing(src: Any) -> None:
    """The reply's `data` of an operation that answers nothing useful."""
    return None


def nullable(parse: "Callable[[Any], T]") -> "Callable[[Any], T | None]":
    """A parser that also takes `null` (for a reply whose `data` the spec marks nullable)."""

    def parse_or_none(src: Any) -> T | None:
        return None if src is None else parse(src)

    return parse_or_none


def parse_str(src: Any) -> str:
    if type(src) is not str:
        raise InvalidRecordError(f"expected a string, got {type(src).__name__}")
    return src


def parse_any(src: Any) -> Any:
    return src


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File(NamedTuple):
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


class Response(NamedTuple, Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "File",
    "FileInput",
    "FileTypes",
    "InvalidRecordError",
    "NotGiven",
    "Record",
    "RequestFiles",
    "Response",
    "Unset",
]
