from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.kling_video_start_body import KlingVideoStartBody
from ...models.kling_video_task_reply import KlingVideoTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: KlingVideoStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/klingVideo/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | KlingVideoTaskReply | None:
    if response.status_code == 200:
        response_200 = KlingVideoTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | KlingVideoTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: KlingVideoStartBody,
) -> Response[ErrorEnvelope | KlingVideoTaskReply]:
    """Start a Kling video task

     Asynchronous: creates a Kling video task on Kling's official API. `mode` picks
    `text-to-video`, `image-to-video` (needs `image_url`; `end_image_url` sets the last frame,
    PRO only) or `motion-control` (moves the motion of `video_url` onto `image_url`).
    `version` 2.6 makes 5 or 10 s; 3.0 makes 3 to 15 s, with `model_version` `fast` (text and
    image modes, 3 to 15 s, sized by `resolution` instead of 4k). `quality_mode` `4k` is for
    Kling 3.0 text- or image-to-video only and is billed as its own tier; `sound` needs v2.6 PRO
    or v3.0 STD/PRO. Returns the task record once accepted; wait with `get` (or a webhook).
    Charges credits.

    Args:
        body (KlingVideoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KlingVideoTaskReply]
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
    body: KlingVideoStartBody,
) -> ErrorEnvelope | KlingVideoTaskReply | None:
    """Start a Kling video task

     Asynchronous: creates a Kling video task on Kling's official API. `mode` picks
    `text-to-video`, `image-to-video` (needs `image_url`; `end_image_url` sets the last frame,
    PRO only) or `motion-control` (moves the motion of `video_url` onto `image_url`).
    `version` 2.6 makes 5 or 10 s; 3.0 makes 3 to 15 s, with `model_version` `fast` (text and
    image modes, 3 to 15 s, sized by `resolution` instead of 4k). `quality_mode` `4k` is for
    Kling 3.0 text- or image-to-video only and is billed as its own tier; `sound` needs v2.6 PRO
    or v3.0 STD/PRO. Returns the task record once accepted; wait with `get` (or a webhook).
    Charges credits.

    Args:
        body (KlingVideoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KlingVideoTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: KlingVideoStartBody,
) -> Response[ErrorEnvelope | KlingVideoTaskReply]:
    """Start a Kling video task

     Asynchronous: creates a Kling video task on Kling's official API. `mode` picks
    `text-to-video`, `image-to-video` (needs `image_url`; `end_image_url` sets the last frame,
    PRO only) or `motion-control` (moves the motion of `video_url` onto `image_url`).
    `version` 2.6 makes 5 or 10 s; 3.0 makes 3 to 15 s, with `model_version` `fast` (text and
    image modes, 3 to 15 s, sized by `resolution` instead of 4k). `quality_mode` `4k` is for
    Kling 3.0 text- or image-to-video only and is billed as its own tier; `sound` needs v2.6 PRO
    or v3.0 STD/PRO. Returns the task record once accepted; wait with `get` (or a webhook).
    Charges credits.

    Args:
        body (KlingVideoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KlingVideoTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: KlingVideoStartBody,
) -> ErrorEnvelope | KlingVideoTaskReply | None:
    """Start a Kling video task

     Asynchronous: creates a Kling video task on Kling's official API. `mode` picks
    `text-to-video`, `image-to-video` (needs `image_url`; `end_image_url` sets the last frame,
    PRO only) or `motion-control` (moves the motion of `video_url` onto `image_url`).
    `version` 2.6 makes 5 or 10 s; 3.0 makes 3 to 15 s, with `model_version` `fast` (text and
    image modes, 3 to 15 s, sized by `resolution` instead of 4k). `quality_mode` `4k` is for
    Kling 3.0 text- or image-to-video only and is billed as its own tier; `sound` needs v2.6 PRO
    or v3.0 STD/PRO. Returns the task record once accepted; wait with `get` (or a webhook).
    Charges credits.

    Args:
        body (KlingVideoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KlingVideoTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
