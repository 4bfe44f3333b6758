from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avatar_video_anchor_list_reply import AvatarVideoAnchorListReply
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    user_video_twin_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["user_video_twin_id"] = user_video_twin_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/anchor/character_list",
        "params": params,
    }

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
    type_: str | Unset = UNSET,
    user_video_twin_id: str | Unset = UNSET,
) -> Response[AvatarVideoAnchorListReply | ErrorEnvelope]:
    """List one or all avatars (older call)

     Deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list).
    Kept because many public callers still use it. Lists avatars (anchors): system ones
    (`type` `default`) and the caller's custom ones (`type` `custom`); with `user_video_twin_id`,
    the anchors made from one trained custom avatar. Each anchor's `_id` is an `anchor_id` for
    `generate`.

    Args:
        type_ (str | Unset):
        user_video_twin_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoAnchorListReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
        user_video_twin_id=user_video_twin_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: str | Unset = UNSET,
    user_video_twin_id: str | Unset = UNSET,
) -> AvatarVideoAnchorListReply | ErrorEnvelope | None:
    """List one or all avatars (older call)

     Deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list).
    Kept because many public callers still use it. Lists avatars (anchors): system ones
    (`type` `default`) and the caller's custom ones (`type` `custom`); with `user_video_twin_id`,
    the anchors made from one trained custom avatar. Each anchor's `_id` is an `anchor_id` for
    `generate`.

    Args:
        type_ (str | Unset):
        user_video_twin_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoAnchorListReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        type_=type_,
        user_video_twin_id=user_video_twin_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: str | Unset = UNSET,
    user_video_twin_id: str | Unset = UNSET,
) -> Response[AvatarVideoAnchorListReply | ErrorEnvelope]:
    """List one or all avatars (older call)

     Deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list).
    Kept because many public callers still use it. Lists avatars (anchors): system ones
    (`type` `default`) and the caller's custom ones (`type` `custom`); with `user_video_twin_id`,
    the anchors made from one trained custom avatar. Each anchor's `_id` is an `anchor_id` for
    `generate`.

    Args:
        type_ (str | Unset):
        user_video_twin_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoAnchorListReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
        user_video_twin_id=user_video_twin_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: str | Unset = UNSET,
    user_video_twin_id: str | Unset = UNSET,
) -> AvatarVideoAnchorListReply | ErrorEnvelope | None:
    """List one or all avatars (older call)

     Deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list).
    Kept because many public callers still use it. Lists avatars (anchors): system ones
    (`type` `default`) and the caller's custom ones (`type` `custom`); with `user_video_twin_id`,
    the anchors made from one trained custom avatar. Each anchor's `_id` is an `anchor_id` for
    `generate`.

    Args:
        type_ (str | Unset):
        user_video_twin_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoAnchorListReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            user_video_twin_id=user_video_twin_id,
        )
    ).parsed
