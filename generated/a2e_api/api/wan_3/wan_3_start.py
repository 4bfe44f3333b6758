from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.wan_3_start_body import Wan3StartBody
from ...models.wan_3_task_reply import Wan3TaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: Wan3StartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userWan30/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Wan3TaskReply | None:
    if response.status_code == 200:
        response_200 = Wan3TaskReply.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | Wan3TaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Wan3StartBody,
) -> Response[ErrorEnvelope | Wan3TaskReply]:
    """Start a Wan 3.0 video task

     Asynchronous: starts a Wan 3.0 video task. `mode` is `text-to-video` (default),
    `first-frame`, `first-last-frames` or `reference`; the prompt and the media list go in
    `input`, the generation settings (resolution, ratio, duration, audio, prompt extension,
    seed, watermark) in `parameters`. Reference media cannot be mixed with strict first/last
    frame media; reference videos are 3 to 15 s each, 15 s in total. There is no negative
    prompt. `wan3.0-video-prime` gives the same output faster (about 2 instead of about 14
    minutes) at a higher price per second. Answers 503 while the provider or Wan 3.0 pricing
    is not configured. Returns the task record once accepted; wait with `get` (or a webhook).

    Args:
        body (Wan3StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Wan3TaskReply]
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
    body: Wan3StartBody,
) -> ErrorEnvelope | Wan3TaskReply | None:
    """Start a Wan 3.0 video task

     Asynchronous: starts a Wan 3.0 video task. `mode` is `text-to-video` (default),
    `first-frame`, `first-last-frames` or `reference`; the prompt and the media list go in
    `input`, the generation settings (resolution, ratio, duration, audio, prompt extension,
    seed, watermark) in `parameters`. Reference media cannot be mixed with strict first/last
    frame media; reference videos are 3 to 15 s each, 15 s in total. There is no negative
    prompt. `wan3.0-video-prime` gives the same output faster (about 2 instead of about 14
    minutes) at a higher price per second. Answers 503 while the provider or Wan 3.0 pricing
    is not configured. Returns the task record once accepted; wait with `get` (or a webhook).

    Args:
        body (Wan3StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Wan3TaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Wan3StartBody,
) -> Response[ErrorEnvelope | Wan3TaskReply]:
    """Start a Wan 3.0 video task

     Asynchronous: starts a Wan 3.0 video task. `mode` is `text-to-video` (default),
    `first-frame`, `first-last-frames` or `reference`; the prompt and the media list go in
    `input`, the generation settings (resolution, ratio, duration, audio, prompt extension,
    seed, watermark) in `parameters`. Reference media cannot be mixed with strict first/last
    frame media; reference videos are 3 to 15 s each, 15 s in total. There is no negative
    prompt. `wan3.0-video-prime` gives the same output faster (about 2 instead of about 14
    minutes) at a higher price per second. Answers 503 while the provider or Wan 3.0 pricing
    is not configured. Returns the task record once accepted; wait with `get` (or a webhook).

    Args:
        body (Wan3StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Wan3TaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Wan3StartBody,
) -> ErrorEnvelope | Wan3TaskReply | None:
    """Start a Wan 3.0 video task

     Asynchronous: starts a Wan 3.0 video task. `mode` is `text-to-video` (default),
    `first-frame`, `first-last-frames` or `reference`; the prompt and the media list go in
    `input`, the generation settings (resolution, ratio, duration, audio, prompt extension,
    seed, watermark) in `parameters`. Reference media cannot be mixed with strict first/last
    frame media; reference videos are 3 to 15 s each, 15 s in total. There is no negative
    prompt. `wan3.0-video-prime` gives the same output faster (about 2 instead of about 14
    minutes) at a higher price per second. Answers 503 while the provider or Wan 3.0 pricing
    is not configured. Returns the task record once accepted; wait with `get` (or a webhook).

    Args:
        body (Wan3StartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Wan3TaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
