from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.string_reply import StringReply
from ...models.voices_tts_body import VoicesTtsBody
from ...types import Response


def _get_kwargs(
    *,
    body: VoicesTtsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/video/send_tts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StringReply | None:
    if response.status_code == 200:
        response_200 = StringReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | StringReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VoicesTtsBody,
) -> Response[ErrorEnvelope | StringReply]:
    """Generate TTS audio

     Synthesises speech from `msg` with a public voice (`tts_id`, from `list`) or a cloned voice
    (`user_voice_id`, from `list_completed`; then also send `country` and `region`). Synchronous:
    `data` is the audio file's URL (a bare string), e.g. for `audioSrc` of an avatar video.
    API-token callers may send at most 1,000 characters (web users 3,000) and skip the captcha
    that frequent web use triggers.

    Args:
        body (VoicesTtsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StringReply]
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
    body: VoicesTtsBody,
) -> ErrorEnvelope | StringReply | None:
    """Generate TTS audio

     Synthesises speech from `msg` with a public voice (`tts_id`, from `list`) or a cloned voice
    (`user_voice_id`, from `list_completed`; then also send `country` and `region`). Synchronous:
    `data` is the audio file's URL (a bare string), e.g. for `audioSrc` of an avatar video.
    API-token callers may send at most 1,000 characters (web users 3,000) and skip the captcha
    that frequent web use triggers.

    Args:
        body (VoicesTtsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StringReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VoicesTtsBody,
) -> Response[ErrorEnvelope | StringReply]:
    """Generate TTS audio

     Synthesises speech from `msg` with a public voice (`tts_id`, from `list`) or a cloned voice
    (`user_voice_id`, from `list_completed`; then also send `country` and `region`). Synchronous:
    `data` is the audio file's URL (a bare string), e.g. for `audioSrc` of an avatar video.
    API-token callers may send at most 1,000 characters (web users 3,000) and skip the captcha
    that frequent web use triggers.

    Args:
        body (VoicesTtsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StringReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VoicesTtsBody,
) -> ErrorEnvelope | StringReply | None:
    """Generate TTS audio

     Synthesises speech from `msg` with a public voice (`tts_id`, from `list`) or a cloned voice
    (`user_voice_id`, from `list_completed`; then also send `country` and `region`). Synchronous:
    `data` is the audio file's URL (a bare string), e.g. for `audioSrc` of an avatar video.
    API-token callers may send at most 1,000 characters (web users 3,000) and skip the captcha
    that frequent web use triggers.

    Args:
        body (VoicesTtsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StringReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
