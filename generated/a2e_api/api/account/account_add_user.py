from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_add_user_body import AccountAddUserBody
from ...models.account_user_reply import AccountUserReply
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AccountAddUserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/user/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountUserReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AccountUserReply.from_dict(response.json())

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
) -> Response[AccountUserReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountAddUserBody,
) -> Response[AccountUserReply | ErrorEnvelope]:
    """Add a user

     Creates a user record, presumably a sub-user under the caller's account (inferred: A2E's own
    spec only says "Add new record"). Only the path and the first body field (`username`) are
    known; the rest of the body is not documented. The reply is modelled, by inference, as the
    new user's record (`_id`, `username`). Accepts an `sk_` API token or a user JWT.

    Args:
        body (AccountAddUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUserReply | ErrorEnvelope]
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
    body: AccountAddUserBody,
) -> AccountUserReply | ErrorEnvelope | None:
    """Add a user

     Creates a user record, presumably a sub-user under the caller's account (inferred: A2E's own
    spec only says "Add new record"). Only the path and the first body field (`username`) are
    known; the rest of the body is not documented. The reply is modelled, by inference, as the
    new user's record (`_id`, `username`). Accepts an `sk_` API token or a user JWT.

    Args:
        body (AccountAddUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUserReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountAddUserBody,
) -> Response[AccountUserReply | ErrorEnvelope]:
    """Add a user

     Creates a user record, presumably a sub-user under the caller's account (inferred: A2E's own
    spec only says "Add new record"). Only the path and the first body field (`username`) are
    known; the rest of the body is not documented. The reply is modelled, by inference, as the
    new user's record (`_id`, `username`). Accepts an `sk_` API token or a user JWT.

    Args:
        body (AccountAddUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUserReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccountAddUserBody,
) -> AccountUserReply | ErrorEnvelope | None:
    """Add a user

     Creates a user record, presumably a sub-user under the caller's account (inferred: A2E's own
    spec only says "Add new record"). Only the path and the first body field (`username`) are
    known; the rest of the body is not documented. The reply is modelled, by inference, as the
    new user's record (`_id`, `username`). Accepts an `sk_` API token or a user JWT.

    Args:
        body (AccountAddUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUserReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
