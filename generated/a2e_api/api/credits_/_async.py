"""The credits group's asynchronous methods, generated from the spec."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from ... import models
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    NotGiven,
    Unset,
    parse_nothing,
)
from .. import (
    Body,
    Headers,
    Query,
    Timeout,
    async_raw_response,
)
from . import _OPS

if TYPE_CHECKING:
    from ...models.balance import Balance
    from ...models.credits_history_page import CreditsHistoryPage
    from ...models.credits_history_record import CreditsHistoryRecord
    from ...models.credits_quote_body_request_body import CreditsQuoteBodyRequestBody
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncCreditsResource"]


class AsyncCreditsResource:
    """Operations of the credits group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncCreditsResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncCreditsResourceWithRawResponse(self)

    async def remaining(
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

        return await self._runner.call(
            _OPS["credits_remaining"],
            {},
            models.Balance.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def quote(
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

        return await self._runner.call(
            _OPS["credits_quote"],
            {
                "endpoint": endpoint,
                "request_body": request_body,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def history(
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

        return await self._runner.call(
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
    ) -> AsyncIterator[CreditsHistoryRecord]:
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

    async def exchange_diamonds(
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

        await self._runner.call(
            _OPS["credits_exchange_diamonds"],
            {
                "diamonds": diamonds,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class AsyncCreditsResourceWithRawResponse:
    """Like `AsyncCreditsResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncCreditsResource) -> None:
        self.remaining = async_raw_response(resource.remaining)
        self.quote = async_raw_response(resource.quote)
        self.history = async_raw_response(resource.history)
        self.exchange_diamonds = async_raw_response(resource.exchange_diamonds)
