from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.voices_tts_preview_page_reply import VoicesTtsPreviewPageReply
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 20,
    current: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["current"] = current

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tts/preview/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VoicesTtsPreviewPageReply | None:
    if response.status_code == 200:
        response_200 = VoicesTtsPreviewPageReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | VoicesTtsPreviewPageReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 20,
    current: int | Unset = 1,
) -> Response[ErrorEnvelope | VoicesTtsPreviewPageReply]:
    """List TTS previews

     The caller's TTS preview records of the last 24 hours (deleted ones excluded), one page at a
    time; `current` is the page number. The page is modelled, by inference, like the other
    `current`-paged list (`avatar_videos.list`): `{current, total, success, data}`.

    Args:
        page_size (int | Unset):  Default: 20.
        current (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoicesTtsPreviewPageReply]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        current=current,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 20,
    current: int | Unset = 1,
) -> ErrorEnvelope | VoicesTtsPreviewPageReply | None:
    """List TTS previews

     The caller's TTS preview records of the last 24 hours (deleted ones excluded), one page at a
    time; `current` is the page number. The page is modelled, by inference, like the other
    `current`-paged list (`avatar_videos.list`): `{current, total, success, data}`.

    Args:
        page_size (int | Unset):  Default: 20.
        current (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoicesTtsPreviewPageReply
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        current=current,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 20,
    current: int | Unset = 1,
) -> Response[ErrorEnvelope | VoicesTtsPreviewPageReply]:
    """List TTS previews

     The caller's TTS preview records of the last 24 hours (deleted ones excluded), one page at a
    time; `current` is the page number. The page is modelled, by inference, like the other
    `current`-paged list (`avatar_videos.list`): `{current, total, success, data}`.

    Args:
        page_size (int | Unset):  Default: 20.
        current (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoicesTtsPreviewPageReply]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        current=current,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 20,
    current: int | Unset = 1,
) -> ErrorEnvelope | VoicesTtsPreviewPageReply | None:
    """List TTS previews

     The caller's TTS preview records of the last 24 hours (deleted ones excluded), one page at a
    time; `current` is the page number. The page is modelled, by inference, like the other
    `current`-paged list (`avatar_videos.list`): `{current, total, success, data}`.

    Args:
        page_size (int | Unset):  Default: 20.
        current (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoicesTtsPreviewPageReply
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            current=current,
        )
    ).parsed
