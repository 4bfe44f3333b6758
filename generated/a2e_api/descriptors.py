"""What the runtime knows of each operation, as typed values: the generated group modules build one
`Operation` per operation (`_OPS`) from the spec, and the client, the CLI, the MCP server and the
sandbox read them, so a misspelt fact is a type error rather than a `KeyError` at run time. They are
`NamedTuple`s, not dataclasses: immutable and typed alike, and cheaper to define, which a CLI call
or a fresh process's first call feels (see `make bench`).

The `x-a2e-*` extensions they come from are documented in the README; the JSON Schemas in
`openapi/extensions/` say which fields a fact may leave out (here: the defaults)."""

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, NamedTuple


class Argument(NamedTuple):
    """One argument of an operation: its Python name, where and how it goes on the wire, its checks."""

    name: str
    """The Python name (the generated method's keyword)."""
    wire: str
    """The name A2E reads (`pageNum`, `_id`)."""
    where: Literal["path", "query", "body"]
    schema: Mapping[str, Any]
    """What the runtime checks: type, enum, limits, items, properties, `file` (an `x-a2e-file-input`)."""
    required: bool
    default: Any = None
    """The spec's default of a query parameter, sent when the caller gives nothing (not even UNSET)."""


class Pagination(NamedTuple):
    """`x-a2e-pagination`: which query parameters page a list, and where its reply keeps the rows."""

    page: str
    size: str
    rows: str
    first: int = 1
    total: str | None = None


class Idempotency(NamedTuple):
    """`x-a2e-idempotency`: the body field a duplicate-safe start tags, and the list it searches."""

    field: str
    list: str
    max_length: int | None


class Task(NamedTuple):
    """`x-a2e-task` of a job start: how to read its job's record, and what its statuses mean."""

    detail: str
    """The operation that reads one job (by `id`)."""
    id: str
    status: str
    done: tuple[str, ...]
    failed: tuple[str, ...]
    result: tuple[str, ...]
    wait_method: str
    """The generated method that waits for this kind of job: `wait`, or `wait_<start>`."""
    running: tuple[str, ...] = ()
    message: tuple[str, ...] = ()
    code: tuple[str, ...] = ()
    files: Mapping[str, str] = {}
    """Result field -> the kind of file it holds (`video`, `image`, `audio`)."""
    detail_list: bool = False
    """The detail operation answers a list (the job is its first row)."""
    batch: str | None = None
    """The operation that reads many jobs in one request, if any."""
    idempotency: Idempotency | None = None


class Session(NamedTuple):
    """`x-a2e-session`: an operation that opens something billed while open (a streaming room)."""

    close: str
    """The operation that closes it."""
    key: str
    """The reply field that names it, and the argument `close` takes."""
    expires: str
    lifetime: str | None = None


class Operation(NamedTuple):
    """One operation of the API, by its operationId `<group>_<method>`."""

    id: str
    group: str
    method: str
    """The generated method's name in its group (`client.<group>.<method>`)."""
    http_method: str
    path: str
    path_params: tuple[Argument, ...]
    query: tuple[Argument, ...]
    body: tuple[Argument, ...] | None
    """None: the operation sends no JSON body."""
    files: tuple[str, ...]
    """Arguments that take an input file (a URL, or a local file the client uploads first)."""
    record_id: str | None
    """The argument that names the record the operation reads or changes."""
    task: Task | None
    """Set on job starts."""
    pagination: Pagination | None
    all_method: str | None
    """The generated iterator over every page, on paged lists."""
    destructive: bool
    capacity_codes: tuple[int, ...]
    """Error codes that mean "no capacity now, try again later" rather than a bad request."""
    session: Session | None
    deprecated: str | None
    """Why, and what to use instead."""

    @property
    def name(self) -> str:
        """`<group>.<method>`, as error messages and logs name the operation."""
        return f"{self.group}.{self.method}"

    @property
    def start_task(self) -> Task:
        """The `task` of a job start, for code that only runs on starts (a TypeError elsewhere: a bug)."""
        if self.task is None:
            raise TypeError(f"{self.name} is not a job start")
        return self.task

    @property
    def arguments(self) -> tuple[Argument, ...]:
        """Every argument: path, then query, then body."""
        return self.path_params + self.query + (self.body or ())


class Operations(Mapping[str, Operation]):
    """A group's `_OPS`: its operations by id, each built on first lookup from the factory the group
    module defines for it. A call of one operation does not pay for building the group's others
    (building them all was half the time the group module took to run; see `make bench`)."""

    __slots__ = ("_built", "_factories")

    def __init__(self, factories: Mapping[str, Callable[[], Operation]]) -> None:
        self._factories = factories
        self._built: dict[str, Operation] = {}

    def __getitem__(self, operation_id: str) -> Operation:
        try:
            return self._built[operation_id]
        except KeyError:
            operation = self._built[operation_id] = self._factories[operation_id]()
            return operation

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def __repr__(self) -> str:
        return f"Operations({', '.join(self._factories)})"
