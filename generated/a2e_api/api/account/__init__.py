"""The account group: typed methods generated from the spec (the async ones: `_async.py`)."""

from __future__ import annotations

import builtins
import functools
import warnings
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
    from a2e import JobFailedError

    from ...models.account_api_token import AccountApiToken
    from ...models.account_user import AccountUser
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["AccountResource"]


_OPS = Operations(
    {
        "account_add_user": lambda: Operation(
            id="account_add_user",
            group="account",
            method="add_user",
            http_method="POST",
            path="/api/v1/user/add",
            path_params=(),
            query=(),
            body=(
                Argument(name="username", wire="username", where="body", schema={"type": ["string"]}, required=False),
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
        "account_generate_token": lambda: Operation(
            id="account_generate_token",
            group="account",
            method="generate_token",
            http_method="POST",
            path="/api/v1/token/generate",
            path_params=(),
            query=(),
            body=(Argument(name="alias", wire="alias", where="body", schema={"type": ["string"]}, required=True),),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated="the docs say this call will be removed; create API tokens (`sk_...`) in the web app instead (Account > API Token)",
        ),
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""


class AccountResource:
    """Operations of the account group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AccountResourceWithRawResponse(self)

    def add_user(
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

        return self._runner.call(
            _OPS["account_add_user"],
            {
                "username": username,
            },
            models.AccountUser.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def generate_token(
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

        return self._runner.call(
            _OPS["account_generate_token"],
            {
                "alias": alias,
            },
            models.AccountApiToken.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class AccountResourceWithRawResponse:
    """Like `AccountResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AccountResource) -> None:
        self.add_user = raw_response(resource.add_user)
        self.generate_token = raw_response(resource.generate_token)
