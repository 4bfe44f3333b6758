from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avatar_video_job_reply import AvatarVideoJobReply
from ...models.avatar_videos_generate_body import AvatarVideosGenerateBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AvatarVideosGenerateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/video/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvatarVideoJobReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AvatarVideoJobReply.from_dict(response.json())

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
) -> Response[AvatarVideoJobReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosGenerateBody,
) -> Response[AvatarVideoJobReply | ErrorEnvelope]:
    """Generate an avatar video

     Asynchronous: renders a lip-synced video of an avatar (`anchor_id` from `list_avatars`)
    speaking an audio track (`audioSrc`, e.g. from text-to-speech, or `custom_voice`; one of
    the two is needed). Returns the video's `_id` once accepted; wait with `get_status` (or
    `get`, or a webhook). Charges credits; failed tasks are refunded.

    Background replacement: pass `back_id` (a system background) or `custom_back_id` (from
    `backgrounds.add`), never both (error code 30005), or `color`; then the layout fields
    `web_bg_width`, `web_bg_height`, `web_people_width`, `web_people_height` are needed, and the
    avatar's original background must be known (stored, or sent as `anchor_background_img` /
    `anchor_background_color`). Set the canvas size to 0 when not replacing the background.

    Args:
        body (AvatarVideosGenerateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoJobReply | ErrorEnvelope]
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
    body: AvatarVideosGenerateBody,
) -> AvatarVideoJobReply | ErrorEnvelope | None:
    """Generate an avatar video

     Asynchronous: renders a lip-synced video of an avatar (`anchor_id` from `list_avatars`)
    speaking an audio track (`audioSrc`, e.g. from text-to-speech, or `custom_voice`; one of
    the two is needed). Returns the video's `_id` once accepted; wait with `get_status` (or
    `get`, or a webhook). Charges credits; failed tasks are refunded.

    Background replacement: pass `back_id` (a system background) or `custom_back_id` (from
    `backgrounds.add`), never both (error code 30005), or `color`; then the layout fields
    `web_bg_width`, `web_bg_height`, `web_people_width`, `web_people_height` are needed, and the
    avatar's original background must be known (stored, or sent as `anchor_background_img` /
    `anchor_background_color`). Set the canvas size to 0 when not replacing the background.

    Args:
        body (AvatarVideosGenerateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoJobReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosGenerateBody,
) -> Response[AvatarVideoJobReply | ErrorEnvelope]:
    """Generate an avatar video

     Asynchronous: renders a lip-synced video of an avatar (`anchor_id` from `list_avatars`)
    speaking an audio track (`audioSrc`, e.g. from text-to-speech, or `custom_voice`; one of
    the two is needed). Returns the video's `_id` once accepted; wait with `get_status` (or
    `get`, or a webhook). Charges credits; failed tasks are refunded.

    Background replacement: pass `back_id` (a system background) or `custom_back_id` (from
    `backgrounds.add`), never both (error code 30005), or `color`; then the layout fields
    `web_bg_width`, `web_bg_height`, `web_people_width`, `web_people_height` are needed, and the
    avatar's original background must be known (stored, or sent as `anchor_background_img` /
    `anchor_background_color`). Set the canvas size to 0 when not replacing the background.

    Args:
        body (AvatarVideosGenerateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoJobReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosGenerateBody,
) -> AvatarVideoJobReply | ErrorEnvelope | None:
    """Generate an avatar video

     Asynchronous: renders a lip-synced video of an avatar (`anchor_id` from `list_avatars`)
    speaking an audio track (`audioSrc`, e.g. from text-to-speech, or `custom_voice`; one of
    the two is needed). Returns the video's `_id` once accepted; wait with `get_status` (or
    `get`, or a webhook). Charges credits; failed tasks are refunded.

    Background replacement: pass `back_id` (a system background) or `custom_back_id` (from
    `backgrounds.add`), never both (error code 30005), or `color`; then the layout fields
    `web_bg_width`, `web_bg_height`, `web_people_width`, `web_people_height` are needed, and the
    avatar's original background must be known (stored, or sent as `anchor_background_img` /
    `anchor_background_color`). Set the canvas size to 0 when not replacing the background.

    Args:
        body (AvatarVideosGenerateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoJobReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
