from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avatar_video_task_list_reply import AvatarVideoTaskListReply
from ...models.avatar_videos_get_status_body import AvatarVideosGetStatusBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AvatarVideosGetStatusBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/video/awsResult",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvatarVideoTaskListReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AvatarVideoTaskListReply.from_dict(response.json())

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
) -> Response[AvatarVideoTaskListReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosGetStatusBody,
) -> Response[AvatarVideoTaskListReply | ErrorEnvelope]:
    """Get the status of an avatar video (older call)

     Deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail). Kept
    because many public callers poll it, and it is the only status call whose reply is
    documented. `data` is a list even for one id: take the row whose `_id` matches (callers
    use the first row). `status` runs `init` → `start` → `pending` → `process` → `copy` →
    `success` (URL in `result`) or `fail` (reason in `msg`); poll every 3 to 5 s.

    Args:
        body (AvatarVideosGetStatusBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoTaskListReply | ErrorEnvelope]
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
    body: AvatarVideosGetStatusBody,
) -> AvatarVideoTaskListReply | ErrorEnvelope | None:
    """Get the status of an avatar video (older call)

     Deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail). Kept
    because many public callers poll it, and it is the only status call whose reply is
    documented. `data` is a list even for one id: take the row whose `_id` matches (callers
    use the first row). `status` runs `init` → `start` → `pending` → `process` → `copy` →
    `success` (URL in `result`) or `fail` (reason in `msg`); poll every 3 to 5 s.

    Args:
        body (AvatarVideosGetStatusBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoTaskListReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosGetStatusBody,
) -> Response[AvatarVideoTaskListReply | ErrorEnvelope]:
    """Get the status of an avatar video (older call)

     Deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail). Kept
    because many public callers poll it, and it is the only status call whose reply is
    documented. `data` is a list even for one id: take the row whose `_id` matches (callers
    use the first row). `status` runs `init` → `start` → `pending` → `process` → `copy` →
    `success` (URL in `result`) or `fail` (reason in `msg`); poll every 3 to 5 s.

    Args:
        body (AvatarVideosGetStatusBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoTaskListReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosGetStatusBody,
) -> AvatarVideoTaskListReply | ErrorEnvelope | None:
    """Get the status of an avatar video (older call)

     Deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail). Kept
    because many public callers poll it, and it is the only status call whose reply is
    documented. `data` is a list even for one id: take the row whose `_id` matches (callers
    use the first row). `status` runs `init` → `start` → `pending` → `process` → `copy` →
    `success` (URL in `result`) or `fail` (reason in `msg`); poll every 3 to 5 s.

    Args:
        body (AvatarVideosGetStatusBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoTaskListReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
