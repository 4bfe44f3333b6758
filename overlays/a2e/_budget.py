"""Credit limits on job starts, shared by the clients (`max_credits`) and the MCP server (a session total).

A start is quoted first (`credits_quote`) and refused, before anything billable is sent, when the
quote is over the limit or cannot be had while a limit applies.
"""

from __future__ import annotations

import functools
import math
from typing import Any

from a2e_api.api import operation as operation_named
from a2e_api.descriptors import Operation
from a2e_api.types import InvalidRecordError, NotGiven

from ._exceptions import ArgumentValueError, BudgetExceededError
from ._requests import Prepared, prepare

QUOTE_OPERATION = "credits_quote"
"""The operation every `quote` and the budget guard go through."""


@functools.cache
def quote_operation() -> Operation:
    return operation_named(QUOTE_OPERATION)


def quote_request(prepared: Prepared) -> Prepared:
    """The `credits.quote` request that prices a start's request: its path and exact body."""
    return prepare(quote_operation(), {"endpoint": prepared.path, "request_body": prepared.body or {}}, None, None)


def quote_cost(quote: Any) -> float | None:
    """A quote's cost in credits (`coins`), or None when it has no finite number there."""
    cost = getattr(quote, "coins", None)
    return float(cost) if isinstance(cost, int | float) and not isinstance(cost, bool) and math.isfinite(cost) else None


def quote_record(data: Any) -> Any:
    """The quote reply as a `Quote`, or None when it is missing or not one."""
    from a2e_api.models.quote import Quote

    try:
        return None if data is None else Quote.from_dict(data)
    except InvalidRecordError:
        return None


def call_limit(operation: Operation, max_credits: object, default: float | None) -> float | None:
    """The credit limit of one call: its `max_credits`, else the client's; None for no limit or not a start."""
    if operation.task is None:
        return None
    if isinstance(max_credits, NotGiven):
        return default
    if max_credits is not None and (
        isinstance(max_credits, bool) or not isinstance(max_credits, int | float) or not math.isfinite(max_credits)
    ):
        raise ArgumentValueError(operation.name, "max_credits", max_credits, "None or a finite number of credits")
    return None if max_credits is None else float(max_credits)


def over_limit(operation: Operation, limit: float, quote: Any, problem: str | None) -> BudgetExceededError | None:
    """The refusal of a start quoted over `limit` (or not quoted: `problem` says why), else None."""
    cost = quote_cost(quote) if quote is not None else None
    if cost is None:
        why = problem or "the quote has no cost"
        return BudgetExceededError(
            f"{operation.name} was not started: it could not be quoted ({why}), and a credit limit of "
            f"{limit:g} applies. Pass max_credits=None to start it without a quote.",
            operation=operation.name, cost=None, limit=limit, quote=quote,
        )  # fmt: skip
    if cost > limit:
        return BudgetExceededError(
            f"{operation.name} was not started: it would cost {cost:g} credits, over the limit of {limit:g}",
            operation=operation.name, cost=cost, limit=limit, quote=quote,
        )  # fmt: skip
    return None


class SessionBudget:
    """A per-job limit and a limit on the total of a session's starts (None: no limit), with what is spent."""

    def __init__(self, per_job: float | None, total: float | None, spent: float = 0.0) -> None:
        self.per_job = per_job
        self.total = total
        self.spent = spent

    def __repr__(self) -> str:
        return f"SessionBudget(per_job={self.per_job!r}, total={self.total!r}, spent={self.spent!r})"

    def refusal(self, name: str, cost: float | None) -> str | None:
        """Why a start quoted at `cost` may not go ahead, or None."""
        if self.per_job is None and self.total is None:
            return None
        if cost is None:
            return f"{name} was not started: it could not be quoted, and a credit limit applies"
        if self.per_job is not None and cost > self.per_job:
            return f"{name} was not started: it would cost {cost:g} credits, over the per-job limit of {self.per_job:g}"
        if self.total is not None and self.spent + cost > self.total:
            return (
                f"{name} was not started: it would cost {cost:g} credits, and {self.spent:g} of this session's "
                f"limit of {self.total:g} are spent"
            )
        return None
