"""The account group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
import warnings
from typing import Any, cast

from ...models.account_add_user_body import AccountAddUserBody
from ...models.account_api_token import AccountApiToken
from ...models.account_api_token_reply import AccountApiTokenReply
from ...models.account_generate_token_body import AccountGenerateTokenBody
from ...models.error_envelope import ErrorEnvelope
from ...models.open_envelope import OpenEnvelope
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    account_add_user,
    account_generate_token,
)

__all__ = [
    "AsyncAccountResource",
    "AsyncAccountResourceWithRawResponse",
    "AccountResource",
    "AccountResourceWithRawResponse",
]


class AccountResource:
    """Operations of the account group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AccountResourceWithRawResponse(self._runner)

    def add_user(
        self,
        *,
        username: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Add a user.

        Creates a user record, presumably a sub-user under the caller's account (inferred: A2E's own
        spec only says "Add new record"). Only the path and the first body field (`username`) are
        known; the rest of the body and the reply are not documented. Accepts an `sk_` API token or
        a user JWT.

        Args:
            username: User name of the new user (the spec's description is cut off after "username
                paramete..."; its required flag and any further fields are unknown).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = AccountAddUserBody(
            username=username,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = account_add_user._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, account_add_user._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def generate_token(
        self,
        *,
        alias: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Generate an API token (deprecated login-token flow).

        Deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web
        app instead (Account > API Token). Mints a long-lived API token from a short-lived login
        token: send the login token (from the old login call) as the bearer, with a free-text
        `alias`. The reply's `data.token` is a secret credential: store it like a password and
        never log it. Keep `data._id` to revoke the token later.

        Args:
            alias: Free-text label to remember what the token is for.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        warnings.warn(
            "account.generate_token is deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web app instead (Account > API Token)",
            DeprecationWarning,
            stacklevel=2,
        )

        body = AccountGenerateTokenBody(
            alias=alias,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = account_generate_token._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, account_generate_token._parse_response, AccountApiTokenReply)
        return unset_to_none(raw.data.data)


class AccountResourceWithRawResponse:
    """Like `AccountResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def add_user(
        self,
        *,
        username: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Add a user.

        Creates a user record, presumably a sub-user under the caller's account (inferred: A2E's own
        spec only says "Add new record"). Only the path and the first body field (`username`) are
        known; the rest of the body and the reply are not documented. Accepts an `sk_` API token or
        a user JWT.

        Args:
            username: User name of the new user (the spec's description is cut off after "username
                paramete..."; its required flag and any further fields are unknown).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = AccountAddUserBody(
            username=username,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = account_add_user._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, account_add_user._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def generate_token(
        self,
        *,
        alias: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Generate an API token (deprecated login-token flow).

        Deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web
        app instead (Account > API Token). Mints a long-lived API token from a short-lived login
        token: send the login token (from the old login call) as the bearer, with a free-text
        `alias`. The reply's `data.token` is a secret credential: store it like a password and
        never log it. Keep `data._id` to revoke the token later.

        Args:
            alias: Free-text label to remember what the token is for.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        warnings.warn(
            "account.generate_token is deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web app instead (Account > API Token)",
            DeprecationWarning,
            stacklevel=2,
        )

        body = AccountGenerateTokenBody(
            alias=alias,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = account_generate_token._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, account_generate_token._parse_response, AccountApiTokenReply)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncAccountResource:
    """Operations of the account group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncAccountResourceWithRawResponse(self._runner)

    async def add_user(
        self,
        *,
        username: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Add a user.

        Creates a user record, presumably a sub-user under the caller's account (inferred: A2E's own
        spec only says "Add new record"). Only the path and the first body field (`username`) are
        known; the rest of the body and the reply are not documented. Accepts an `sk_` API token or
        a user JWT.

        Args:
            username: User name of the new user (the spec's description is cut off after "username
                paramete..."; its required flag and any further fields are unknown).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = AccountAddUserBody(
            username=username,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = account_add_user._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, account_add_user._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def generate_token(
        self,
        *,
        alias: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Generate an API token (deprecated login-token flow).

        Deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web
        app instead (Account > API Token). Mints a long-lived API token from a short-lived login
        token: send the login token (from the old login call) as the bearer, with a free-text
        `alias`. The reply's `data.token` is a secret credential: store it like a password and
        never log it. Keep `data._id` to revoke the token later.

        Args:
            alias: Free-text label to remember what the token is for.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        warnings.warn(
            "account.generate_token is deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web app instead (Account > API Token)",
            DeprecationWarning,
            stacklevel=2,
        )

        body = AccountGenerateTokenBody(
            alias=alias,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = account_generate_token._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, account_generate_token._parse_response, AccountApiTokenReply)
        return unset_to_none(raw.data.data)


class AsyncAccountResourceWithRawResponse:
    """Like `AsyncAccountResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def add_user(
        self,
        *,
        username: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Add a user.

        Creates a user record, presumably a sub-user under the caller's account (inferred: A2E's own
        spec only says "Add new record"). Only the path and the first body field (`username`) are
        known; the rest of the body and the reply are not documented. Accepts an `sk_` API token or
        a user JWT.

        Args:
            username: User name of the new user (the spec's description is cut off after "username
                paramete..."; its required flag and any further fields are unknown).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = AccountAddUserBody(
            username=username,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = account_add_user._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, account_add_user._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def generate_token(
        self,
        *,
        alias: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Generate an API token (deprecated login-token flow).

        Deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web
        app instead (Account > API Token). Mints a long-lived API token from a short-lived login
        token: send the login token (from the old login call) as the bearer, with a free-text
        `alias`. The reply's `data.token` is a secret credential: store it like a password and
        never log it. Keep `data._id` to revoke the token later.

        Args:
            alias: Free-text label to remember what the token is for.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        warnings.warn(
            "account.generate_token is deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web app instead (Account > API Token)",
            DeprecationWarning,
            stacklevel=2,
        )

        body = AccountGenerateTokenBody(
            alias=alias,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = account_generate_token._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, account_generate_token._parse_response, AccountApiTokenReply)
        return raw.with_data(unset_to_none(raw.data.data))
