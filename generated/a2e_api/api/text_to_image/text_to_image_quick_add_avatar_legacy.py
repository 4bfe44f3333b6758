from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.text_to_image_avatar_reply import TextToImageAvatarReply
from ...models.text_to_image_quick_add_avatar_legacy_body import (
    TextToImageQuickAddAvatarLegacyBody,
)
from ...types import Response


def _get_kwargs(
    *,
    body: TextToImageQuickAddAvatarLegacyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userText2image/quickAddAvatar",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TextToImageAvatarReply | None:
    if response.status_code == 200:
        response_200 = TextToImageAvatarReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TextToImageAvatarReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TextToImageQuickAddAvatarLegacyBody,
) -> Response[ErrorEnvelope | TextToImageAvatarReply]:
    """Create a custom avatar from a generated image (lower-case path)

     Deprecated: the catalog spells the path `userText2Image`; use `quick_add_avatar`. Kept because
    public callers (P3, P7) use this spelling. Same body and reply as `quick_add_avatar`.

    Args:
        body (TextToImageQuickAddAvatarLegacyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TextToImageAvatarReply]
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
    body: TextToImageQuickAddAvatarLegacyBody,
) -> ErrorEnvelope | TextToImageAvatarReply | None:
    """Create a custom avatar from a generated image (lower-case path)

     Deprecated: the catalog spells the path `userText2Image`; use `quick_add_avatar`. Kept because
    public callers (P3, P7) use this spelling. Same body and reply as `quick_add_avatar`.

    Args:
        body (TextToImageQuickAddAvatarLegacyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TextToImageAvatarReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TextToImageQuickAddAvatarLegacyBody,
) -> Response[ErrorEnvelope | TextToImageAvatarReply]:
    """Create a custom avatar from a generated image (lower-case path)

     Deprecated: the catalog spells the path `userText2Image`; use `quick_add_avatar`. Kept because
    public callers (P3, P7) use this spelling. Same body and reply as `quick_add_avatar`.

    Args:
        body (TextToImageQuickAddAvatarLegacyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TextToImageAvatarReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TextToImageQuickAddAvatarLegacyBody,
) -> ErrorEnvelope | TextToImageAvatarReply | None:
    """Create a custom avatar from a generated image (lower-case path)

     Deprecated: the catalog spells the path `userText2Image`; use `quick_add_avatar`. Kept because
    public callers (P3, P7) use this spelling. Same body and reply as `quick_add_avatar`.

    Args:
        body (TextToImageQuickAddAvatarLegacyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TextToImageAvatarReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
