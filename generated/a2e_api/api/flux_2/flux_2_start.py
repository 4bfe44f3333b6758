from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.flux_2_start_body import Flux2StartBody
from ...models.flux_2_task_reply import Flux2TaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: Flux2StartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userFlux2/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Flux2TaskReply | None:
    if response.status_code == 200:
        response_200 = Flux2TaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | Flux2TaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Flux2StartBody,
) -> Response[ErrorEnvelope | Flux2TaskReply]:
    """Start a Flux 2 Pro image task

     Asynchronous: generates an image from a prompt; with `input_images` (up to 8) it switches to
    image-to-image mode for editing, composition and character consistency. Usually done in 20
    to 60 s. Returns the task record once accepted; wait with `get` (or `batch_detail`, or a
    webhook). Charges credits (402 when they are insufficient); failed tasks are refunded.
    Results are stored for 7 days. A 200 may also report that NSFW content was detected;
    `force_generate` (default `true` for API tokens) generates anyway.

    Args:
        body (Flux2StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Flux2TaskReply]
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
    body: Flux2StartBody,
) -> ErrorEnvelope | Flux2TaskReply | None:
    """Start a Flux 2 Pro image task

     Asynchronous: generates an image from a prompt; with `input_images` (up to 8) it switches to
    image-to-image mode for editing, composition and character consistency. Usually done in 20
    to 60 s. Returns the task record once accepted; wait with `get` (or `batch_detail`, or a
    webhook). Charges credits (402 when they are insufficient); failed tasks are refunded.
    Results are stored for 7 days. A 200 may also report that NSFW content was detected;
    `force_generate` (default `true` for API tokens) generates anyway.

    Args:
        body (Flux2StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Flux2TaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Flux2StartBody,
) -> Response[ErrorEnvelope | Flux2TaskReply]:
    """Start a Flux 2 Pro image task

     Asynchronous: generates an image from a prompt; with `input_images` (up to 8) it switches to
    image-to-image mode for editing, composition and character consistency. Usually done in 20
    to 60 s. Returns the task record once accepted; wait with `get` (or `batch_detail`, or a
    webhook). Charges credits (402 when they are insufficient); failed tasks are refunded.
    Results are stored for 7 days. A 200 may also report that NSFW content was detected;
    `force_generate` (default `true` for API tokens) generates anyway.

    Args:
        body (Flux2StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Flux2TaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Flux2StartBody,
) -> ErrorEnvelope | Flux2TaskReply | None:
    """Start a Flux 2 Pro image task

     Asynchronous: generates an image from a prompt; with `input_images` (up to 8) it switches to
    image-to-image mode for editing, composition and character consistency. Usually done in 20
    to 60 s. Returns the task record once accepted; wait with `get` (or `batch_detail`, or a
    webhook). Charges credits (402 when they are insufficient); failed tasks are refunded.
    Results are stored for 7 days. A 200 may also report that NSFW content was detected;
    `force_generate` (default `true` for API tokens) generates anyway.

    Args:
        body (Flux2StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Flux2TaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
