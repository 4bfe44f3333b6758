from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.streaming_avatar_qa_context_reply import StreamingAvatarQaContextReply
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    channel: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channel"] = channel

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/streaming-avatar/get-qa-context",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StreamingAvatarQaContextReply | None:
    if response.status_code == 200:
        response_200 = StreamingAvatarQaContextReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | StreamingAvatarQaContextReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    channel: str | Unset = UNSET,
) -> Response[ErrorEnvelope | StreamingAvatarQaContextReply]:
    """Get the QA context

     Reads back the knowledge text set with `set_qa_context` (inferred shape `{channel, text}`).

    Args:
        channel (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StreamingAvatarQaContextReply]
    """

    kwargs = _get_kwargs(
        channel=channel,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    channel: str | Unset = UNSET,
) -> ErrorEnvelope | StreamingAvatarQaContextReply | None:
    """Get the QA context

     Reads back the knowledge text set with `set_qa_context` (inferred shape `{channel, text}`).

    Args:
        channel (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StreamingAvatarQaContextReply
    """

    return sync_detailed(
        client=client,
        channel=channel,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    channel: str | Unset = UNSET,
) -> Response[ErrorEnvelope | StreamingAvatarQaContextReply]:
    """Get the QA context

     Reads back the knowledge text set with `set_qa_context` (inferred shape `{channel, text}`).

    Args:
        channel (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StreamingAvatarQaContextReply]
    """

    kwargs = _get_kwargs(
        channel=channel,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    channel: str | Unset = UNSET,
) -> ErrorEnvelope | StreamingAvatarQaContextReply | None:
    """Get the QA context

     Reads back the knowledge text set with `set_qa_context` (inferred shape `{channel, text}`).

    Args:
        channel (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StreamingAvatarQaContextReply
    """

    return (
        await asyncio_detailed(
            client=client,
            channel=channel,
        )
    ).parsed
