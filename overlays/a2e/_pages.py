"""Walking a paged list (`<list>_all`), driven by the operation's `x-a2e-pagination` facts.

`Pager` holds the state the sync and async loops share: the next page's arguments, the rows of a
reply, and when to stop (an empty page, a short page, `total` rows read, or a page repeated by a
server that ignores the page number).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from a2e_api.descriptors import Operation
from a2e_api.types import InvalidRecordError

from ._exceptions import APIResponseValidationError

T = TypeVar("T")


class Pager(Generic[T]):
    def __init__(self, operation: Operation, arguments: Mapping[str, Any], parse_row: Callable[[Any], T]) -> None:
        self.operation = operation
        self.arguments = dict(arguments)
        self.parse_row = parse_row
        pagination = operation.pagination
        if pagination is None:
            raise TypeError(f"{operation.name} is not a paged list")
        self.pagination = pagination
        names = {argument.wire: argument.name for argument in operation.arguments}
        self.page_argument = names[pagination.page]
        size = arguments.get(names.get(pagination.size, ""))
        self.size = size if isinstance(size, int) and not isinstance(size, bool) else None
        self.page = pagination.first
        self.seen = 0
        self.previous: list[Any] | None = None
        self.done = False

    def next_arguments(self) -> dict[str, Any] | None:
        """The arguments of the next page's request, or None when the walk is over."""
        return None if self.done else {**self.arguments, self.page_argument: self.page}

    def take(self, data: Any) -> list[T]:
        """The rows of one page's `data`, parsed; decides whether another page follows."""
        rows, total = self.rows_of(data)
        if not rows or rows == self.previous:
            self.done = True
            return []
        self.seen += len(rows)
        self.done = (total is not None and self.seen >= total) or (self.size is not None and len(rows) < self.size)
        self.previous, self.page = rows, self.page + 1
        try:
            return [self.parse_row(row) for row in rows]
        except InvalidRecordError as exc:
            message = f"{self.operation.name}: a row does not match the spec: {exc}"
            raise APIResponseValidationError(message, http_status=200) from None

    def rows_of(self, data: Any) -> tuple[list[Any], int | None]:
        key, total_key = self.pagination.rows, self.pagination.total
        rows = data if key == "" else data.get(key) if isinstance(data, dict) else None
        if not isinstance(rows, list):
            raise APIResponseValidationError(
                f"{self.operation.name} answered a page without a list of rows", http_status=200
            )
        total = data.get(total_key) if total_key and isinstance(data, dict) else None
        return rows, total if isinstance(total, int) and not isinstance(total, bool) else None
