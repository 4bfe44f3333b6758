from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avatar_video_task_reply import AvatarVideoTaskReply
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    video_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["video_id"] = video_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/video/detail",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvatarVideoTaskReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AvatarVideoTaskReply.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AvatarVideoTaskReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    video_id: str,
) -> Response[AvatarVideoTaskReply | ErrorEnvelope]:
    """Get an avatar video

     One avatar video job by its id (the `_id` from `generate`): its `status` and, once
    `success`, the video URL in `result`. A2E's current catalog names this as the way to poll
    `generate` and as the replacement of `get_status`; its reply is not documented yet.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoTaskReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    video_id: str,
) -> AvatarVideoTaskReply | ErrorEnvelope | None:
    """Get an avatar video

     One avatar video job by its id (the `_id` from `generate`): its `status` and, once
    `success`, the video URL in `result`. A2E's current catalog names this as the way to poll
    `generate` and as the replacement of `get_status`; its reply is not documented yet.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoTaskReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        video_id=video_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    video_id: str,
) -> Response[AvatarVideoTaskReply | ErrorEnvelope]:
    """Get an avatar video

     One avatar video job by its id (the `_id` from `generate`): its `status` and, once
    `success`, the video URL in `result`. A2E's current catalog names this as the way to poll
    `generate` and as the replacement of `get_status`; its reply is not documented yet.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoTaskReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    video_id: str,
) -> AvatarVideoTaskReply | ErrorEnvelope | None:
    """Get an avatar video

     One avatar video job by its id (the `_id` from `generate`): its `status` and, once
    `success`, the video URL in `result`. A2E's current catalog names this as the way to poll
    `generate` and as the replacement of `get_status`; its reply is not documented yet.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoTaskReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            video_id=video_id,
        )
    ).parsed
