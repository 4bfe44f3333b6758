"""The account group's asynchronous methods, generated from the spec."""

from __future__ import annotations

import functools
import warnings
from typing import TYPE_CHECKING

from ... import models
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    NotGiven,
    Unset,
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
    from ...models.account_api_token import AccountApiToken
    from ...models.account_user import AccountUser
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncAccountResource"]


class AsyncAccountResource:
    """Operations of the account group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncAccountResourceWithRawResponse(self)

    async def add_user(
        self,
        *,
        username: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AccountUser:
        """Add a user.

        Creates a user record, presumably a sub-user under the caller's account (inferred: A2E's own
        spec only says "Add new record"). Only the path and the first body field (`username`) are
        known; the rest of the body is not documented. The reply is modelled, by inference, as the
        new user's record (`_id`, `username`). Accepts an `sk_` API token or a user JWT.

        Args:
            username: User name of the new user (the spec's description is cut off after "username
                paramete..."; its required flag and any further fields are unknown).

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["account_add_user"],
            {
                "username": username,
            },
            models.AccountUser.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def generate_token(
        self,
        *,
        alias: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AccountApiToken:
        """Generate an API token (deprecated login-token flow).

        Deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web
        app instead (Account > API Token). Mints a long-lived API token from a short-lived login
        token: send the login token (from the old login call) as the bearer, with a free-text
        `alias`. The reply's `data.token` is a secret credential: store it like a password and
        never log it. Keep `data._id` to revoke the token later.

        Args:
            alias: Free-text label to remember what the token is for.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        warnings.warn(
            "account.generate_token is deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web app instead (Account > API Token)",
            DeprecationWarning,
            stacklevel=2,
        )

        return await self._runner.call(
            _OPS["account_generate_token"],
            {
                "alias": alias,
            },
            models.AccountApiToken.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class AsyncAccountResourceWithRawResponse:
    """Like `AsyncAccountResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncAccountResource) -> None:
        self.add_user = async_raw_response(resource.add_user)
        self.generate_token = async_raw_response(resource.generate_token)
