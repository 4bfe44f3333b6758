from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.veo_start_body import VeoStartBody
from ...models.veo_task_reply import VeoTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: VeoStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/veoVideo/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VeoTaskReply | None:
    if response.status_code == 200:
        response_200 = VeoTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | VeoTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VeoStartBody,
) -> Response[ErrorEnvelope | VeoTaskReply]:
    """Start a Veo 3.1 video task

     Asynchronous: creates a Google Veo 3.1 video task: `TEXT_2_VIDEO` (the default),
    `FIRST_AND_LAST_FRAMES_2_VIDEO` (1 or 2 frames in `imageUrls`) or `REFERENCE_2_VIDEO`
    (1 to 3 reference images). `veo3` favours quality, `veo3_fast` (the default) speed. A
    public caller measured the output as always 8 s, 1280x720 at 24 fps, with an audio track.
    Returns the task record once accepted; wait with `get` (or a webhook), then fetch the HD
    file with `get_1080p` for 16:9 videos. Charges credits; failed tasks are refunded.

    Args:
        body (VeoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VeoTaskReply]
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
    body: VeoStartBody,
) -> ErrorEnvelope | VeoTaskReply | None:
    """Start a Veo 3.1 video task

     Asynchronous: creates a Google Veo 3.1 video task: `TEXT_2_VIDEO` (the default),
    `FIRST_AND_LAST_FRAMES_2_VIDEO` (1 or 2 frames in `imageUrls`) or `REFERENCE_2_VIDEO`
    (1 to 3 reference images). `veo3` favours quality, `veo3_fast` (the default) speed. A
    public caller measured the output as always 8 s, 1280x720 at 24 fps, with an audio track.
    Returns the task record once accepted; wait with `get` (or a webhook), then fetch the HD
    file with `get_1080p` for 16:9 videos. Charges credits; failed tasks are refunded.

    Args:
        body (VeoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VeoTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VeoStartBody,
) -> Response[ErrorEnvelope | VeoTaskReply]:
    """Start a Veo 3.1 video task

     Asynchronous: creates a Google Veo 3.1 video task: `TEXT_2_VIDEO` (the default),
    `FIRST_AND_LAST_FRAMES_2_VIDEO` (1 or 2 frames in `imageUrls`) or `REFERENCE_2_VIDEO`
    (1 to 3 reference images). `veo3` favours quality, `veo3_fast` (the default) speed. A
    public caller measured the output as always 8 s, 1280x720 at 24 fps, with an audio track.
    Returns the task record once accepted; wait with `get` (or a webhook), then fetch the HD
    file with `get_1080p` for 16:9 videos. Charges credits; failed tasks are refunded.

    Args:
        body (VeoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VeoTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VeoStartBody,
) -> ErrorEnvelope | VeoTaskReply | None:
    """Start a Veo 3.1 video task

     Asynchronous: creates a Google Veo 3.1 video task: `TEXT_2_VIDEO` (the default),
    `FIRST_AND_LAST_FRAMES_2_VIDEO` (1 or 2 frames in `imageUrls`) or `REFERENCE_2_VIDEO`
    (1 to 3 reference images). `veo3` favours quality, `veo3_fast` (the default) speed. A
    public caller measured the output as always 8 s, 1280x720 at 24 fps, with an audio track.
    Returns the task record once accepted; wait with `get` (or a webhook), then fetch the HD
    file with `get_1080p` for 16:9 videos. Charges credits; failed tasks are refunded.

    Args:
        body (VeoStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VeoTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
