from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avatar_video_anchor_list_reply import AvatarVideoAnchorListReply
from ...models.avatar_videos_list_avatars_body import AvatarVideosListAvatarsBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AvatarVideosListAvatarsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/anchor/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvatarVideoAnchorListReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AvatarVideoAnchorListReply.from_dict(response.json())

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
) -> Response[AvatarVideoAnchorListReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosListAvatarsBody,
) -> Response[AvatarVideoAnchorListReply | ErrorEnvelope]:
    """List the avatars

     Lists the avatars the caller can use: their own custom avatars and, with `web_type`, the
    default system avatars. Pass an avatar's `_id` as `anchor_id` to `generate`, with
    `anchor_type` 0 for a system avatar and 1 for a custom one. This replaces the older
    `list_characters` (GET /api/v1/anchor/character_list).

    Args:
        body (AvatarVideosListAvatarsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoAnchorListReply | ErrorEnvelope]
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
    body: AvatarVideosListAvatarsBody,
) -> AvatarVideoAnchorListReply | ErrorEnvelope | None:
    """List the avatars

     Lists the avatars the caller can use: their own custom avatars and, with `web_type`, the
    default system avatars. Pass an avatar's `_id` as `anchor_id` to `generate`, with
    `anchor_type` 0 for a system avatar and 1 for a custom one. This replaces the older
    `list_characters` (GET /api/v1/anchor/character_list).

    Args:
        body (AvatarVideosListAvatarsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoAnchorListReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosListAvatarsBody,
) -> Response[AvatarVideoAnchorListReply | ErrorEnvelope]:
    """List the avatars

     Lists the avatars the caller can use: their own custom avatars and, with `web_type`, the
    default system avatars. Pass an avatar's `_id` as `anchor_id` to `generate`, with
    `anchor_type` 0 for a system avatar and 1 for a custom one. This replaces the older
    `list_characters` (GET /api/v1/anchor/character_list).

    Args:
        body (AvatarVideosListAvatarsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoAnchorListReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosListAvatarsBody,
) -> AvatarVideoAnchorListReply | ErrorEnvelope | None:
    """List the avatars

     Lists the avatars the caller can use: their own custom avatars and, with `web_type`, the
    default system avatars. Pass an avatar's `_id` as `anchor_id` to `generate`, with
    `anchor_type` 0 for a system avatar and 1 for a custom one. This replaces the older
    `list_characters` (GET /api/v1/anchor/character_list).

    Args:
        body (AvatarVideosListAvatarsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoAnchorListReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
