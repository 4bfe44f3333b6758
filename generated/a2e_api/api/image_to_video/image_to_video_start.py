from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.image_to_video_start_body import ImageToVideoStartBody
from ...models.image_to_video_task_reply import ImageToVideoTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: ImageToVideoStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userImage2Video/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ImageToVideoTaskReply | None:
    if response.status_code == 200:
        response_200 = ImageToVideoTaskReply.from_dict(response.json())

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

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ImageToVideoTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImageToVideoStartBody,
) -> Response[ErrorEnvelope | ImageToVideoTaskReply]:
    """Start an image to video task

     Asynchronous: animates an image into a short video (5 to 20 s) guided by a prompt and a
    negative prompt, or by a LoRA preset. With `model_type` `FLF2V` the video runs from
    `image_url` (first frame) to `end_image_url` (last frame). Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
    The older docs say a 5 s 720p video is usually ready within about 10 minutes when there
    is no queue. If the image URL may not be reachable, copy it into A2E storage first
    (`/api/v1/tos/transferToStorage`).

    Args:
        body (ImageToVideoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ImageToVideoTaskReply]
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
    body: ImageToVideoStartBody,
) -> ErrorEnvelope | ImageToVideoTaskReply | None:
    """Start an image to video task

     Asynchronous: animates an image into a short video (5 to 20 s) guided by a prompt and a
    negative prompt, or by a LoRA preset. With `model_type` `FLF2V` the video runs from
    `image_url` (first frame) to `end_image_url` (last frame). Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
    The older docs say a 5 s 720p video is usually ready within about 10 minutes when there
    is no queue. If the image URL may not be reachable, copy it into A2E storage first
    (`/api/v1/tos/transferToStorage`).

    Args:
        body (ImageToVideoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ImageToVideoTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImageToVideoStartBody,
) -> Response[ErrorEnvelope | ImageToVideoTaskReply]:
    """Start an image to video task

     Asynchronous: animates an image into a short video (5 to 20 s) guided by a prompt and a
    negative prompt, or by a LoRA preset. With `model_type` `FLF2V` the video runs from
    `image_url` (first frame) to `end_image_url` (last frame). Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
    The older docs say a 5 s 720p video is usually ready within about 10 minutes when there
    is no queue. If the image URL may not be reachable, copy it into A2E storage first
    (`/api/v1/tos/transferToStorage`).

    Args:
        body (ImageToVideoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ImageToVideoTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImageToVideoStartBody,
) -> ErrorEnvelope | ImageToVideoTaskReply | None:
    """Start an image to video task

     Asynchronous: animates an image into a short video (5 to 20 s) guided by a prompt and a
    negative prompt, or by a LoRA preset. With `model_type` `FLF2V` the video runs from
    `image_url` (first frame) to `end_image_url` (last frame). Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
    The older docs say a 5 s 720p video is usually ready within about 10 minutes when there
    is no queue. If the image URL may not be reachable, copy it into A2E storage first
    (`/api/v1/tos/transferToStorage`).

    Args:
        body (ImageToVideoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ImageToVideoTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
