from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_api_token_reply import AccountApiTokenReply
from ...models.account_generate_token_body import AccountGenerateTokenBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AccountGenerateTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/token/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountApiTokenReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AccountApiTokenReply.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountApiTokenReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountGenerateTokenBody,
) -> Response[AccountApiTokenReply | ErrorEnvelope]:
    """Generate an API token (deprecated login-token flow)

     Deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web
    app instead (Account > API Token). Mints a long-lived API token from a short-lived login
    token: send the login token (from the old login call) as the bearer, with a free-text
    `alias`. The reply's `data.token` is a secret credential: store it like a password and
    never log it. Keep `data._id` to revoke the token later.

    Args:
        body (AccountGenerateTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountApiTokenReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AccountGenerateTokenBody,
) -> AccountApiTokenReply | ErrorEnvelope | None:
    """Generate an API token (deprecated login-token flow)

     Deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web
    app instead (Account > API Token). Mints a long-lived API token from a short-lived login
    token: send the login token (from the old login call) as the bearer, with a free-text
    `alias`. The reply's `data.token` is a secret credential: store it like a password and
    never log it. Keep `data._id` to revoke the token later.

    Args:
        body (AccountGenerateTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountApiTokenReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountGenerateTokenBody,
) -> Response[AccountApiTokenReply | ErrorEnvelope]:
    """Generate an API token (deprecated login-token flow)

     Deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web
    app instead (Account > API Token). Mints a long-lived API token from a short-lived login
    token: send the login token (from the old login call) as the bearer, with a free-text
    `alias`. The reply's `data.token` is a secret credential: store it like a password and
    never log it. Keep `data._id` to revoke the token later.

    Args:
        body (AccountGenerateTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountApiTokenReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccountGenerateTokenBody,
) -> AccountApiTokenReply | ErrorEnvelope | None:
    """Generate an API token (deprecated login-token flow)

     Deprecated: the docs say this call will be removed; create API tokens (`sk_...`) in the web
    app instead (Account > API Token). Mints a long-lived API token from a short-lived login
    token: send the login token (from the old login call) as the bearer, with a free-text
    `alias`. The reply's `data.token` is a secret credential: store it like a password and
    never log it. Keep `data._id` to revoke the token later.

    Args:
        body (AccountGenerateTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountApiTokenReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
