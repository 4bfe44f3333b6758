from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avatar_videos_detect_language_body import AvatarVideosDetectLanguageBody
from ...models.avatar_videos_detect_language_reply import (
    AvatarVideosDetectLanguageReply,
)
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AvatarVideosDetectLanguageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/video/lang_classify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvatarVideosDetectLanguageReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AvatarVideosDetectLanguageReply.from_dict(response.json())

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
) -> Response[AvatarVideosDetectLanguageReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosDetectLanguageBody,
) -> Response[AvatarVideosDetectLanguageReply | ErrorEnvelope]:
    """Detect the language of a text

     Detects which language a text is in (e.g. to pick a text-to-speech voice or the caption language);
    `data` is the language as a string.

    Args:
        body (AvatarVideosDetectLanguageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideosDetectLanguageReply | ErrorEnvelope]
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
    body: AvatarVideosDetectLanguageBody,
) -> AvatarVideosDetectLanguageReply | ErrorEnvelope | None:
    """Detect the language of a text

     Detects which language a text is in (e.g. to pick a text-to-speech voice or the caption language);
    `data` is the language as a string.

    Args:
        body (AvatarVideosDetectLanguageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideosDetectLanguageReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosDetectLanguageBody,
) -> Response[AvatarVideosDetectLanguageReply | ErrorEnvelope]:
    """Detect the language of a text

     Detects which language a text is in (e.g. to pick a text-to-speech voice or the caption language);
    `data` is the language as a string.

    Args:
        body (AvatarVideosDetectLanguageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideosDetectLanguageReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AvatarVideosDetectLanguageBody,
) -> AvatarVideosDetectLanguageReply | ErrorEnvelope | None:
    """Detect the language of a text

     Detects which language a text is in (e.g. to pick a text-to-speech voice or the caption language);
    `data` is the language as a string.

    Args:
        body (AvatarVideosDetectLanguageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideosDetectLanguageReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
