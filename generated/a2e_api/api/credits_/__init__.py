"""The credits group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
from typing import Any, cast

from ...models.balance import Balance
from ...models.balance_reply import BalanceReply
from ...models.credits_exchange_diamonds_body import CreditsExchangeDiamondsBody
from ...models.credits_history_page import CreditsHistoryPage
from ...models.credits_history_page_reply import CreditsHistoryPageReply
from ...models.credits_quote_body import CreditsQuoteBody
from ...models.credits_quote_body_request_body import CreditsQuoteBodyRequestBody
from ...models.error_envelope import ErrorEnvelope
from ...models.open_envelope import OpenEnvelope
from ...models.quote import Quote
from ...models.quote_reply import QuoteReply
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    credits_exchange_diamonds,
    credits_history,
    credits_quote,
    credits_remaining,
)

__all__ = [
    "AsyncCreditsResource",
    "AsyncCreditsResourceWithRawResponse",
    "CreditsResource",
    "CreditsResourceWithRawResponse",
]


class CreditsResource:
    """Operations of the credits group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> CreditsResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return CreditsResourceWithRawResponse(self._runner)

    def remaining(
        self,
    ) -> Any:
        """Get the remaining credits.

        How many coins (credits) and diamonds the account has left.

        Returns:
            The reply's `data`.
        """

        request = credits_remaining._get_kwargs()

        raw = self._runner.run(request, credits_remaining._parse_response, BalanceReply)
        return unset_to_none(raw.data.data)

    def quote(
        self,
        *,
        endpoint: str,
        request_body: CreditsQuoteBodyRequestBody | dict[str, Any],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Estimate the credits a request would cost.

        Prices a generation request without creating a task or charging. Send the target route and
        the exact body you would send to it; only its pricing fields are read, and
        `generationRequestValidated: false` in the reply says the rest was not checked.

        Args:
            endpoint: Target generation route, e.g. `/api/v1/userWan25/start`; a leading `POST ` is accepted.
            request_body: The exact JSON body you intend to send to that route.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CreditsQuoteBody(
            endpoint=endpoint,
            request_body=CreditsQuoteBodyRequestBody.from_dict(request_body)
            if isinstance(request_body, dict)
            else request_body,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = credits_quote._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, credits_quote._parse_response, QuoteReply)
        return unset_to_none(raw.data.data)

    def history(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        is_consumption: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
    ) -> Any:
        """List credit transactions.

        Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts
        are consumption.

        Args:
            page_num:
            page_size:
            is_consumption:
            start_date:
            end_date:

        Returns:
            The reply's `data`.
        """

        request = credits_history._get_kwargs(
            page_num=page_num,
            page_size=page_size,
            is_consumption=is_consumption,
            start_date=start_date,
            end_date=end_date,
        )

        raw = self._runner.run(request, credits_history._parse_response, CreditsHistoryPageReply)
        return unset_to_none(raw.data.data)

    def exchange_diamonds(
        self,
        *,
        diamonds: int,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Exchange coins for diamonds.

        Buys `diamonds` with coins at 100 coins per diamond. One-way: diamonds cannot be turned back
        into coins. Diamonds pay for avatar "continue training" and image-mode training; check both
        balances with `remaining`. Synchronous; the reply's `data` is not documented.

        Args:
            diamonds: How many diamonds to buy (100 coins each).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CreditsExchangeDiamondsBody(
            diamonds=diamonds,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = credits_exchange_diamonds._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, credits_exchange_diamonds._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class CreditsResourceWithRawResponse:
    """Like `CreditsResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def remaining(
        self,
    ) -> RawResponse[Any]:
        """Get the remaining credits.

        How many coins (credits) and diamonds the account has left.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = credits_remaining._get_kwargs()

        raw = self._runner.run(request, credits_remaining._parse_response, BalanceReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def quote(
        self,
        *,
        endpoint: str,
        request_body: CreditsQuoteBodyRequestBody | dict[str, Any],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Estimate the credits a request would cost.

        Prices a generation request without creating a task or charging. Send the target route and
        the exact body you would send to it; only its pricing fields are read, and
        `generationRequestValidated: false` in the reply says the rest was not checked.

        Args:
            endpoint: Target generation route, e.g. `/api/v1/userWan25/start`; a leading `POST ` is accepted.
            request_body: The exact JSON body you intend to send to that route.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CreditsQuoteBody(
            endpoint=endpoint,
            request_body=CreditsQuoteBodyRequestBody.from_dict(request_body)
            if isinstance(request_body, dict)
            else request_body,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = credits_quote._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, credits_quote._parse_response, QuoteReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def history(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        is_consumption: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List credit transactions.

        Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts
        are consumption.

        Args:
            page_num:
            page_size:
            is_consumption:
            start_date:
            end_date:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = credits_history._get_kwargs(
            page_num=page_num,
            page_size=page_size,
            is_consumption=is_consumption,
            start_date=start_date,
            end_date=end_date,
        )

        raw = self._runner.run(request, credits_history._parse_response, CreditsHistoryPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def exchange_diamonds(
        self,
        *,
        diamonds: int,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Exchange coins for diamonds.

        Buys `diamonds` with coins at 100 coins per diamond. One-way: diamonds cannot be turned back
        into coins. Diamonds pay for avatar "continue training" and image-mode training; check both
        balances with `remaining`. Synchronous; the reply's `data` is not documented.

        Args:
            diamonds: How many diamonds to buy (100 coins each).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CreditsExchangeDiamondsBody(
            diamonds=diamonds,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = credits_exchange_diamonds._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, credits_exchange_diamonds._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncCreditsResource:
    """Operations of the credits group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncCreditsResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncCreditsResourceWithRawResponse(self._runner)

    async def remaining(
        self,
    ) -> Any:
        """Get the remaining credits.

        How many coins (credits) and diamonds the account has left.

        Returns:
            The reply's `data`.
        """

        request = credits_remaining._get_kwargs()

        raw = await self._runner.run(request, credits_remaining._parse_response, BalanceReply)
        return unset_to_none(raw.data.data)

    async def quote(
        self,
        *,
        endpoint: str,
        request_body: CreditsQuoteBodyRequestBody | dict[str, Any],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Estimate the credits a request would cost.

        Prices a generation request without creating a task or charging. Send the target route and
        the exact body you would send to it; only its pricing fields are read, and
        `generationRequestValidated: false` in the reply says the rest was not checked.

        Args:
            endpoint: Target generation route, e.g. `/api/v1/userWan25/start`; a leading `POST ` is accepted.
            request_body: The exact JSON body you intend to send to that route.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CreditsQuoteBody(
            endpoint=endpoint,
            request_body=CreditsQuoteBodyRequestBody.from_dict(request_body)
            if isinstance(request_body, dict)
            else request_body,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = credits_quote._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, credits_quote._parse_response, QuoteReply)
        return unset_to_none(raw.data.data)

    async def history(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        is_consumption: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
    ) -> Any:
        """List credit transactions.

        Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts
        are consumption.

        Args:
            page_num:
            page_size:
            is_consumption:
            start_date:
            end_date:

        Returns:
            The reply's `data`.
        """

        request = credits_history._get_kwargs(
            page_num=page_num,
            page_size=page_size,
            is_consumption=is_consumption,
            start_date=start_date,
            end_date=end_date,
        )

        raw = await self._runner.run(request, credits_history._parse_response, CreditsHistoryPageReply)
        return unset_to_none(raw.data.data)

    async def exchange_diamonds(
        self,
        *,
        diamonds: int,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Exchange coins for diamonds.

        Buys `diamonds` with coins at 100 coins per diamond. One-way: diamonds cannot be turned back
        into coins. Diamonds pay for avatar "continue training" and image-mode training; check both
        balances with `remaining`. Synchronous; the reply's `data` is not documented.

        Args:
            diamonds: How many diamonds to buy (100 coins each).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CreditsExchangeDiamondsBody(
            diamonds=diamonds,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = credits_exchange_diamonds._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, credits_exchange_diamonds._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class AsyncCreditsResourceWithRawResponse:
    """Like `AsyncCreditsResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def remaining(
        self,
    ) -> RawResponse[Any]:
        """Get the remaining credits.

        How many coins (credits) and diamonds the account has left.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = credits_remaining._get_kwargs()

        raw = await self._runner.run(request, credits_remaining._parse_response, BalanceReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def quote(
        self,
        *,
        endpoint: str,
        request_body: CreditsQuoteBodyRequestBody | dict[str, Any],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Estimate the credits a request would cost.

        Prices a generation request without creating a task or charging. Send the target route and
        the exact body you would send to it; only its pricing fields are read, and
        `generationRequestValidated: false` in the reply says the rest was not checked.

        Args:
            endpoint: Target generation route, e.g. `/api/v1/userWan25/start`; a leading `POST ` is accepted.
            request_body: The exact JSON body you intend to send to that route.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CreditsQuoteBody(
            endpoint=endpoint,
            request_body=CreditsQuoteBodyRequestBody.from_dict(request_body)
            if isinstance(request_body, dict)
            else request_body,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = credits_quote._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, credits_quote._parse_response, QuoteReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def history(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        is_consumption: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List credit transactions.

        Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts
        are consumption.

        Args:
            page_num:
            page_size:
            is_consumption:
            start_date:
            end_date:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = credits_history._get_kwargs(
            page_num=page_num,
            page_size=page_size,
            is_consumption=is_consumption,
            start_date=start_date,
            end_date=end_date,
        )

        raw = await self._runner.run(request, credits_history._parse_response, CreditsHistoryPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def exchange_diamonds(
        self,
        *,
        diamonds: int,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Exchange coins for diamonds.

        Buys `diamonds` with coins at 100 coins per diamond. One-way: diamonds cannot be turned back
        into coins. Diamonds pay for avatar "continue training" and image-mode training; check both
        balances with `remaining`. Synchronous; the reply's `data` is not documented.

        Args:
            diamonds: How many diamonds to buy (100 coins each).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CreditsExchangeDiamondsBody(
            diamonds=diamonds,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = credits_exchange_diamonds._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, credits_exchange_diamonds._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))
