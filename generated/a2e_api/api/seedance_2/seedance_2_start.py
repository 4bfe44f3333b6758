from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.seedance_2_start_body import Seedance2StartBody
from ...models.seedance_2_task_reply import Seedance2TaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: Seedance2StartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/seedance2Video/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Seedance2TaskReply | None:
    if response.status_code == 200:
        response_200 = Seedance2TaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | Seedance2TaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Seedance2StartBody,
) -> Response[ErrorEnvelope | Seedance2TaskReply]:
    """Start a Seedance 2.x video task

     Asynchronous: starts a Seedance 2.0 (`model_version` `standard`, `mini`, `fast`) or
    Seedance 2.5 (`2.5`) video task. `mode` selects which URL fields apply:
    `text-to-video`, `image-to-video` (`image_url`, optional `last_frame_url`),
    `first-last-frames` (`first_frame_url` and `last_frame_url`) or `reference`
    (`reference_urls`, `video_urls`, `audio_urls`). Only public URLs are accepted (no
    `asset://`); the server probes the reference videos' durations and bills
    max(measured, `input_video_duration`). Seedance 2.5 allows 30 s output and more
    references. A suspected minor (code 1004) stops the call unless `minor_suspected_skip`
    is set; a detected minor (code 1003) always does. Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (Seedance2StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Seedance2TaskReply]
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
    body: Seedance2StartBody,
) -> ErrorEnvelope | Seedance2TaskReply | None:
    """Start a Seedance 2.x video task

     Asynchronous: starts a Seedance 2.0 (`model_version` `standard`, `mini`, `fast`) or
    Seedance 2.5 (`2.5`) video task. `mode` selects which URL fields apply:
    `text-to-video`, `image-to-video` (`image_url`, optional `last_frame_url`),
    `first-last-frames` (`first_frame_url` and `last_frame_url`) or `reference`
    (`reference_urls`, `video_urls`, `audio_urls`). Only public URLs are accepted (no
    `asset://`); the server probes the reference videos' durations and bills
    max(measured, `input_video_duration`). Seedance 2.5 allows 30 s output and more
    references. A suspected minor (code 1004) stops the call unless `minor_suspected_skip`
    is set; a detected minor (code 1003) always does. Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (Seedance2StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Seedance2TaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Seedance2StartBody,
) -> Response[ErrorEnvelope | Seedance2TaskReply]:
    """Start a Seedance 2.x video task

     Asynchronous: starts a Seedance 2.0 (`model_version` `standard`, `mini`, `fast`) or
    Seedance 2.5 (`2.5`) video task. `mode` selects which URL fields apply:
    `text-to-video`, `image-to-video` (`image_url`, optional `last_frame_url`),
    `first-last-frames` (`first_frame_url` and `last_frame_url`) or `reference`
    (`reference_urls`, `video_urls`, `audio_urls`). Only public URLs are accepted (no
    `asset://`); the server probes the reference videos' durations and bills
    max(measured, `input_video_duration`). Seedance 2.5 allows 30 s output and more
    references. A suspected minor (code 1004) stops the call unless `minor_suspected_skip`
    is set; a detected minor (code 1003) always does. Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (Seedance2StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Seedance2TaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Seedance2StartBody,
) -> ErrorEnvelope | Seedance2TaskReply | None:
    """Start a Seedance 2.x video task

     Asynchronous: starts a Seedance 2.0 (`model_version` `standard`, `mini`, `fast`) or
    Seedance 2.5 (`2.5`) video task. `mode` selects which URL fields apply:
    `text-to-video`, `image-to-video` (`image_url`, optional `last_frame_url`),
    `first-last-frames` (`first_frame_url` and `last_frame_url`) or `reference`
    (`reference_urls`, `video_urls`, `audio_urls`). Only public URLs are accepted (no
    `asset://`); the server probes the reference videos' durations and bills
    max(measured, `input_video_duration`). Seedance 2.5 allows 30 s output and more
    references. A suspected minor (code 1004) stops the call unless `minor_suspected_skip`
    is set; a detected minor (code 1003) always does. Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (Seedance2StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Seedance2TaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
