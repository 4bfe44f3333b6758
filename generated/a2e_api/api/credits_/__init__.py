"""The credits group: typed methods generated from the spec (the async ones: `_async.py`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Required, TypedDict

from ... import models
from ...descriptors import (
    Argument,
    Idempotency,
    Operation,
    Operations,
    Pagination,
    Session,
    Task,
)
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    FileInput,
    NotGiven,
    Unset,
    nullable,
    parse_any,
    parse_nothing,
    parse_str,
)
from .. import (
    DEFAULT_WAIT_TIMEOUT,
    Body,
    Headers,
    Query,
    Timeout,
    async_raw_response,
    raw_response,
)

if TYPE_CHECKING:
    from typing import cast

    from a2e import JobFailedError

    from ...models.balance import Balance
    from ...models.credits_history_page import CreditsHistoryPage
    from ...models.credits_history_record import CreditsHistoryRecord
    from ...models.credits_quote_body_request_body import CreditsQuoteBodyRequestBody
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["CreditsResource"]


_OPS = Operations(
    {
        "credits_remaining": lambda: Operation(
            id="credits_remaining",
            group="credits",
            method="remaining",
            http_method="GET",
            path="/api/v1/user/remainingCoins",
            path_params=(),
            query=(),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "credits_quote": lambda: Operation(
            id="credits_quote",
            group="credits",
            method="quote",
            http_method="POST",
            path="/api/v1/generation/quote",
            path_params=(),
            query=(),
            body=(
                Argument(name="endpoint", wire="endpoint", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="request_body", wire="requestBody", where="body", schema={"type": ["object"]}, required=True
                ),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "credits_history": lambda: Operation(
            id="credits_history",
            group="credits",
            method="history",
            http_method="GET",
            path="/api/v1/transactionRecord/creditsHistory",
            path_params=(),
            query=(
                Argument(
                    name="page_num",
                    wire="pageNum",
                    where="query",
                    schema={"type": ["integer"], "minimum": 1},
                    required=False,
                    default=1,
                ),
                Argument(
                    name="page_size",
                    wire="pageSize",
                    where="query",
                    schema={"type": ["integer"], "minimum": 1},
                    required=False,
                    default=10,
                ),
                Argument(
                    name="is_consumption",
                    wire="is_consumption",
                    where="query",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(
                    name="start_date", wire="startDate", where="query", schema={"type": ["string"]}, required=False
                ),
                Argument(name="end_date", wire="endDate", where="query", schema={"type": ["string"]}, required=False),
            ),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=Pagination(page="pageNum", size="pageSize", first=1, rows="rows", total="count"),
            all_method="history_all",
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "credits_exchange_diamonds": lambda: Operation(
            id="credits_exchange_diamonds",
            group="credits",
            method="exchange_diamonds",
            http_method="POST",
            path="/api/v1/user/exchangeDiamonds",
            path_params=(),
            query=(),
            body=(
                Argument(name="diamonds", wire="diamonds", where="body", schema={"type": ["integer"]}, required=True),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""


class CreditsResource:
    """Operations of the credits group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> CreditsResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return CreditsResourceWithRawResponse(self)

    def remaining(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Balance:
        """Get the remaining credits.

        How many coins (credits) and diamonds the account has left.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["credits_remaining"],
            {},
            models.Balance.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def quote(
        self,
        *,
        endpoint: str,
        request_body: CreditsQuoteBodyRequestBody | dict[str, Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """Estimate the credits a request would cost.

        Prices a generation request without creating a task or charging. Send the target route and
        the exact body you would send to it; only its pricing fields are read, and
        `generationRequestValidated: false` in the reply says the rest was not checked. The cost is
        modelled as `coins` (inferred field name).

        Args:
            endpoint: Target generation route, e.g. `/api/v1/userWan25/start`; a leading `POST ` is accepted.
            request_body: The exact JSON body you intend to send to that route.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["credits_quote"],
            {
                "endpoint": endpoint,
                "request_body": request_body,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def history(
        self,
        *,
        page_num: int | Unset = 1,
        page_size: int | Unset = 10,
        is_consumption: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> CreditsHistoryPage:
        """List credit transactions.

        Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts
        are consumption.

        Args:
            page_num:
            page_size:
            is_consumption:
            start_date:
            end_date:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["credits_history"],
            {
                "page_num": page_num,
                "page_size": page_size,
                "is_consumption": is_consumption,
                "start_date": start_date,
                "end_date": end_date,
            },
            models.CreditsHistoryPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def history_all(
        self,
        *,
        page_size: int | Unset = 10,
        is_consumption: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[CreditsHistoryRecord]:
        """Every record of `history`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `history`, the page size included.
        """
        return self._runner.paginate(
            _OPS["credits_history"],
            {
                "page_size": page_size,
                "is_consumption": is_consumption,
                "start_date": start_date,
                "end_date": end_date,
            },
            models.CreditsHistoryRecord.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def exchange_diamonds(
        self,
        *,
        diamonds: int,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Exchange coins for diamonds.

        Buys `diamonds` with coins at 100 coins per diamond. One-way: diamonds cannot be turned back
        into coins. Diamonds pay for avatar "continue training" and image-mode training; check both
        balances with `remaining`. Synchronous; answers no data (check the new balances with
        `remaining`).

        Args:
            diamonds: How many diamonds to buy (100 coins each).

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["credits_exchange_diamonds"],
            {
                "diamonds": diamonds,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class CreditsResourceWithRawResponse:
    """Like `CreditsResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: CreditsResource) -> None:
        self.remaining = raw_response(resource.remaining)
        self.quote = raw_response(resource.quote)
        self.history = raw_response(resource.history)
        self.exchange_diamonds = raw_response(resource.exchange_diamonds)
