from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.actor_swap_start_body import ActorSwapStartBody
from ...models.actor_swap_task_reply import ActorSwapTaskReply
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: ActorSwapStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/actorSwap/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActorSwapTaskReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ActorSwapTaskReply.from_dict(response.json())

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
) -> Response[ActorSwapTaskReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ActorSwapStartBody,
) -> Response[ActorSwapTaskReply | ErrorEnvelope]:
    """Start an actor swap task

     Asynchronous: replaces the actor in the control video `video_url` with the person in the
    reference image `image_url`, guided by an optional prompt and negative prompt. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). Charges
    credits; failed tasks are refunded.

    Args:
        body (ActorSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActorSwapTaskReply | ErrorEnvelope]
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
    body: ActorSwapStartBody,
) -> ActorSwapTaskReply | ErrorEnvelope | None:
    """Start an actor swap task

     Asynchronous: replaces the actor in the control video `video_url` with the person in the
    reference image `image_url`, guided by an optional prompt and negative prompt. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). Charges
    credits; failed tasks are refunded.

    Args:
        body (ActorSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActorSwapTaskReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ActorSwapStartBody,
) -> Response[ActorSwapTaskReply | ErrorEnvelope]:
    """Start an actor swap task

     Asynchronous: replaces the actor in the control video `video_url` with the person in the
    reference image `image_url`, guided by an optional prompt and negative prompt. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). Charges
    credits; failed tasks are refunded.

    Args:
        body (ActorSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActorSwapTaskReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ActorSwapStartBody,
) -> ActorSwapTaskReply | ErrorEnvelope | None:
    """Start an actor swap task

     Asynchronous: replaces the actor in the control video `video_url` with the person in the
    reference image `image_url`, guided by an optional prompt and negative prompt. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). Charges
    credits; failed tasks are refunded.

    Args:
        body (ActorSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActorSwapTaskReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
