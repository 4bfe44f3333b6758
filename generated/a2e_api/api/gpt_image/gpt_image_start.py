from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.gpt_image_start_body import GptImageStartBody
from ...models.gpt_image_task_reply import GptImageTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: GptImageStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userGptImage/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GptImageTaskReply | None:
    if response.status_code == 200:
        response_200 = GptImageTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | GptImageTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GptImageStartBody,
) -> Response[ErrorEnvelope | GptImageTaskReply]:
    """Start a GPT Image task

     Asynchronous: generates an image from a prompt (at most 3000 characters), or edits
    `input_images` (up to 16 with GPT Image 1.5). `gpt-image-1.5` costs 20 or 35 coins and
    uses `quality` and only the ratios 1:1, 3:2 and 2:3 (others become 1:1); `gpt-image-2`
    costs 25, 35 or 45 coins by `resolution` (1K, 2K, 4K), has its quality fixed to medium and
    takes all nine ratios, but 1:1 cannot be 4K (billed and made as 2K) and `auto` (or no
    ratio) allows only 1K. Returns the task record once accepted; wait with `get` (or
    `batch_detail`, or a webhook). Results are stored for 3 days. A 200 may also report that
    NSFW content was detected; `force_generate` generates anyway.

    Args:
        body (GptImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GptImageTaskReply]
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
    body: GptImageStartBody,
) -> ErrorEnvelope | GptImageTaskReply | None:
    """Start a GPT Image task

     Asynchronous: generates an image from a prompt (at most 3000 characters), or edits
    `input_images` (up to 16 with GPT Image 1.5). `gpt-image-1.5` costs 20 or 35 coins and
    uses `quality` and only the ratios 1:1, 3:2 and 2:3 (others become 1:1); `gpt-image-2`
    costs 25, 35 or 45 coins by `resolution` (1K, 2K, 4K), has its quality fixed to medium and
    takes all nine ratios, but 1:1 cannot be 4K (billed and made as 2K) and `auto` (or no
    ratio) allows only 1K. Returns the task record once accepted; wait with `get` (or
    `batch_detail`, or a webhook). Results are stored for 3 days. A 200 may also report that
    NSFW content was detected; `force_generate` generates anyway.

    Args:
        body (GptImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GptImageTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GptImageStartBody,
) -> Response[ErrorEnvelope | GptImageTaskReply]:
    """Start a GPT Image task

     Asynchronous: generates an image from a prompt (at most 3000 characters), or edits
    `input_images` (up to 16 with GPT Image 1.5). `gpt-image-1.5` costs 20 or 35 coins and
    uses `quality` and only the ratios 1:1, 3:2 and 2:3 (others become 1:1); `gpt-image-2`
    costs 25, 35 or 45 coins by `resolution` (1K, 2K, 4K), has its quality fixed to medium and
    takes all nine ratios, but 1:1 cannot be 4K (billed and made as 2K) and `auto` (or no
    ratio) allows only 1K. Returns the task record once accepted; wait with `get` (or
    `batch_detail`, or a webhook). Results are stored for 3 days. A 200 may also report that
    NSFW content was detected; `force_generate` generates anyway.

    Args:
        body (GptImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GptImageTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GptImageStartBody,
) -> ErrorEnvelope | GptImageTaskReply | None:
    """Start a GPT Image task

     Asynchronous: generates an image from a prompt (at most 3000 characters), or edits
    `input_images` (up to 16 with GPT Image 1.5). `gpt-image-1.5` costs 20 or 35 coins and
    uses `quality` and only the ratios 1:1, 3:2 and 2:3 (others become 1:1); `gpt-image-2`
    costs 25, 35 or 45 coins by `resolution` (1K, 2K, 4K), has its quality fixed to medium and
    takes all nine ratios, but 1:1 cannot be 4K (billed and made as 2K) and `auto` (or no
    ratio) allows only 1K. Returns the task record once accepted; wait with `get` (or
    `batch_detail`, or a webhook). Results are stored for 3 days. A 200 may also report that
    NSFW content was detected; `force_generate` generates anyway.

    Args:
        body (GptImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GptImageTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
