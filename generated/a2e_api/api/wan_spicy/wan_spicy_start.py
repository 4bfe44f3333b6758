from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.wan_spicy_start_body import WanSpicyStartBody
from ...models.wan_spicy_task_reply import WanSpicyTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: WanSpicyStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userWanSpicy/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WanSpicyTaskReply | None:
    if response.status_code == 200:
        response_200 = WanSpicyTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WanSpicyTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WanSpicyStartBody,
) -> Response[ErrorEnvelope | WanSpicyTaskReply]:
    """Start a Wan Spicy video task

     Asynchronous: animates an image (https only) with Wan Spicy, run by an external provider
    (mulerouter.ai / carrothub). `wan2.7-i2v-spicy` (default) takes 720p or 1080p, 2 to 15 s,
    and accepts `negative_prompt` and `audio_url`; `wan2.2-i2v-spicy` takes 480p or 720p, 5 or
    8 s, without audio. A suspected minor in the image stops the call before it is charged
    unless `minor_suspected_skip` is set. Returns the task record once accepted; wait with
    `get` (or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (WanSpicyStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WanSpicyTaskReply]
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
    body: WanSpicyStartBody,
) -> ErrorEnvelope | WanSpicyTaskReply | None:
    """Start a Wan Spicy video task

     Asynchronous: animates an image (https only) with Wan Spicy, run by an external provider
    (mulerouter.ai / carrothub). `wan2.7-i2v-spicy` (default) takes 720p or 1080p, 2 to 15 s,
    and accepts `negative_prompt` and `audio_url`; `wan2.2-i2v-spicy` takes 480p or 720p, 5 or
    8 s, without audio. A suspected minor in the image stops the call before it is charged
    unless `minor_suspected_skip` is set. Returns the task record once accepted; wait with
    `get` (or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (WanSpicyStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WanSpicyTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WanSpicyStartBody,
) -> Response[ErrorEnvelope | WanSpicyTaskReply]:
    """Start a Wan Spicy video task

     Asynchronous: animates an image (https only) with Wan Spicy, run by an external provider
    (mulerouter.ai / carrothub). `wan2.7-i2v-spicy` (default) takes 720p or 1080p, 2 to 15 s,
    and accepts `negative_prompt` and `audio_url`; `wan2.2-i2v-spicy` takes 480p or 720p, 5 or
    8 s, without audio. A suspected minor in the image stops the call before it is charged
    unless `minor_suspected_skip` is set. Returns the task record once accepted; wait with
    `get` (or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (WanSpicyStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WanSpicyTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WanSpicyStartBody,
) -> ErrorEnvelope | WanSpicyTaskReply | None:
    """Start a Wan Spicy video task

     Asynchronous: animates an image (https only) with Wan Spicy, run by an external provider
    (mulerouter.ai / carrothub). `wan2.7-i2v-spicy` (default) takes 720p or 1080p, 2 to 15 s,
    and accepts `negative_prompt` and `audio_url`; `wan2.2-i2v-spicy` takes 480p or 720p, 5 or
    8 s, without audio. A suspected minor in the image stops the call before it is charged
    unless `minor_suspected_skip` is set. Returns the task record once accepted; wait with
    `get` (or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (WanSpicyStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WanSpicyTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
