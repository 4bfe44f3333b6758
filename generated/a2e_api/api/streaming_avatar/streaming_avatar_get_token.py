from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agora_token_reply import AgoraTokenReply
from ...models.error_envelope import ErrorEnvelope
from ...models.streaming_avatar_get_token_body import StreamingAvatarGetTokenBody
from ...types import Response


def _get_kwargs(
    *,
    body: StreamingAvatarGetTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/streaming-avatar/agora-token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgoraTokenReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AgoraTokenReply.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorEnvelope.from_dict(response.json())

        return response_402

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgoraTokenReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StreamingAvatarGetTokenBody,
) -> Response[AgoraTokenReply | ErrorEnvelope]:
    """Get a streaming avatar token

     Starts a streaming session and returns what a front end needs to join the Agora RTC room
    (`appId`, `channel`, `token`, `uid`). Coins are charged up front up to the expiry; call
    `leave` when done or billing continues. When no streaming host is free the API answers
    `code` 1001 ("hosts are occupied").

    Args:
        body (StreamingAvatarGetTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgoraTokenReply | ErrorEnvelope]
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
    body: StreamingAvatarGetTokenBody,
) -> AgoraTokenReply | ErrorEnvelope | None:
    """Get a streaming avatar token

     Starts a streaming session and returns what a front end needs to join the Agora RTC room
    (`appId`, `channel`, `token`, `uid`). Coins are charged up front up to the expiry; call
    `leave` when done or billing continues. When no streaming host is free the API answers
    `code` 1001 ("hosts are occupied").

    Args:
        body (StreamingAvatarGetTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgoraTokenReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StreamingAvatarGetTokenBody,
) -> Response[AgoraTokenReply | ErrorEnvelope]:
    """Get a streaming avatar token

     Starts a streaming session and returns what a front end needs to join the Agora RTC room
    (`appId`, `channel`, `token`, `uid`). Coins are charged up front up to the expiry; call
    `leave` when done or billing continues. When no streaming host is free the API answers
    `code` 1001 ("hosts are occupied").

    Args:
        body (StreamingAvatarGetTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgoraTokenReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StreamingAvatarGetTokenBody,
) -> AgoraTokenReply | ErrorEnvelope | None:
    """Get a streaming avatar token

     Starts a streaming session and returns what a front end needs to join the Agora RTC room
    (`appId`, `channel`, `token`, `uid`). Coins are charged up front up to the expiry; call
    `leave` when done or billing continues. When no streaming host is free the API answers
    `code` 1001 ("hosts are occupied").

    Args:
        body (StreamingAvatarGetTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgoraTokenReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
