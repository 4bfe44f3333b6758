from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.qwen_image_start_body import QwenImageStartBody
from ...models.qwen_image_task_reply import QwenImageTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: QwenImageStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userQwen2Image/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | QwenImageTaskReply | None:
    if response.status_code == 200:
        response_200 = QwenImageTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | QwenImageTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QwenImageStartBody,
) -> Response[ErrorEnvelope | QwenImageTaskReply]:
    """Start a Qwen Image task

     Asynchronous: generates an image from a prompt, or edits `input_images` when given (the
    mode follows the input images). The 1K sizes work on every model; the 2048-class sizes only
    on `qwen-image-3.0-pro`. Returns the task record once accepted; wait with `get` (or
    `batch_detail`, or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (QwenImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | QwenImageTaskReply]
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
    body: QwenImageStartBody,
) -> ErrorEnvelope | QwenImageTaskReply | None:
    """Start a Qwen Image task

     Asynchronous: generates an image from a prompt, or edits `input_images` when given (the
    mode follows the input images). The 1K sizes work on every model; the 2048-class sizes only
    on `qwen-image-3.0-pro`. Returns the task record once accepted; wait with `get` (or
    `batch_detail`, or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (QwenImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | QwenImageTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QwenImageStartBody,
) -> Response[ErrorEnvelope | QwenImageTaskReply]:
    """Start a Qwen Image task

     Asynchronous: generates an image from a prompt, or edits `input_images` when given (the
    mode follows the input images). The 1K sizes work on every model; the 2048-class sizes only
    on `qwen-image-3.0-pro`. Returns the task record once accepted; wait with `get` (or
    `batch_detail`, or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (QwenImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | QwenImageTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QwenImageStartBody,
) -> ErrorEnvelope | QwenImageTaskReply | None:
    """Start a Qwen Image task

     Asynchronous: generates an image from a prompt, or edits `input_images` when given (the
    mode follows the input images). The 1K sizes work on every model; the 2048-class sizes only
    on `qwen-image-3.0-pro`. Returns the task record once accepted; wait with `get` (or
    `batch_detail`, or a webhook). Charges credits; failed tasks are refunded.

    Args:
        body (QwenImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | QwenImageTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
