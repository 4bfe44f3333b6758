from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.nano_banana_start_body import NanoBananaStartBody
from ...models.nano_banana_task_reply import NanoBananaTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: NanoBananaStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userNanoBanana/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | NanoBananaTaskReply | None:
    if response.status_code == 200:
        response_200 = NanoBananaTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | NanoBananaTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NanoBananaStartBody,
) -> Response[ErrorEnvelope | NanoBananaTaskReply]:
    """Start a Nano Banana image task

     Asynchronous: generates an image from a prompt, or edits and composes `input_images`.
    `nano-banana` has no resolution control (and switches to edit mode when given images);
    `nano-banana-pro` and `nano-banana-2` honour `image_size`; `nano-banana-2-lite` is 1K only;
    `google_search` grounding works with `nano-banana-2` only. Returns the task record once
    accepted; wait with `get` (or `batch_detail`, or a webhook). Charges credits; failed tasks
    are refunded. A 200 may also report that NSFW content was detected (the prompt or images
    are pre-filtered); `force_generate` (default `true` for API tokens) generates anyway.

    Args:
        body (NanoBananaStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NanoBananaTaskReply]
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
    body: NanoBananaStartBody,
) -> ErrorEnvelope | NanoBananaTaskReply | None:
    """Start a Nano Banana image task

     Asynchronous: generates an image from a prompt, or edits and composes `input_images`.
    `nano-banana` has no resolution control (and switches to edit mode when given images);
    `nano-banana-pro` and `nano-banana-2` honour `image_size`; `nano-banana-2-lite` is 1K only;
    `google_search` grounding works with `nano-banana-2` only. Returns the task record once
    accepted; wait with `get` (or `batch_detail`, or a webhook). Charges credits; failed tasks
    are refunded. A 200 may also report that NSFW content was detected (the prompt or images
    are pre-filtered); `force_generate` (default `true` for API tokens) generates anyway.

    Args:
        body (NanoBananaStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NanoBananaTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NanoBananaStartBody,
) -> Response[ErrorEnvelope | NanoBananaTaskReply]:
    """Start a Nano Banana image task

     Asynchronous: generates an image from a prompt, or edits and composes `input_images`.
    `nano-banana` has no resolution control (and switches to edit mode when given images);
    `nano-banana-pro` and `nano-banana-2` honour `image_size`; `nano-banana-2-lite` is 1K only;
    `google_search` grounding works with `nano-banana-2` only. Returns the task record once
    accepted; wait with `get` (or `batch_detail`, or a webhook). Charges credits; failed tasks
    are refunded. A 200 may also report that NSFW content was detected (the prompt or images
    are pre-filtered); `force_generate` (default `true` for API tokens) generates anyway.

    Args:
        body (NanoBananaStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NanoBananaTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NanoBananaStartBody,
) -> ErrorEnvelope | NanoBananaTaskReply | None:
    """Start a Nano Banana image task

     Asynchronous: generates an image from a prompt, or edits and composes `input_images`.
    `nano-banana` has no resolution control (and switches to edit mode when given images);
    `nano-banana-pro` and `nano-banana-2` honour `image_size`; `nano-banana-2-lite` is 1K only;
    `google_search` grounding works with `nano-banana-2` only. Returns the task record once
    accepted; wait with `get` (or `batch_detail`, or a webhook). Charges credits; failed tasks
    are refunded. A 200 may also report that NSFW content was detected (the prompt or images
    are pre-filtered); `force_generate` (default `true` for API tokens) generates anyway.

    Args:
        body (NanoBananaStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NanoBananaTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
