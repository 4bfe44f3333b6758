from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.voices_voice_group_list_reply import VoicesVoiceGroupListReply
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/anchor/tts_list",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VoicesVoiceGroupListReply | None:
    if response.status_code == 200:
        response_200 = VoicesVoiceGroupListReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | VoicesVoiceGroupListReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | VoicesVoiceGroupListReply]:
    """List system TTS voice presets

     Lists the system (public) TTS voice presets available to the caller. Takes no parameters.
    The reply is modelled, by inference, as the voice groups of `list` (GET voice_list), the
    call public code uses to find a `tts_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoicesVoiceGroupListReply]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | VoicesVoiceGroupListReply | None:
    """List system TTS voice presets

     Lists the system (public) TTS voice presets available to the caller. Takes no parameters.
    The reply is modelled, by inference, as the voice groups of `list` (GET voice_list), the
    call public code uses to find a `tts_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoicesVoiceGroupListReply
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | VoicesVoiceGroupListReply]:
    """List system TTS voice presets

     Lists the system (public) TTS voice presets available to the caller. Takes no parameters.
    The reply is modelled, by inference, as the voice groups of `list` (GET voice_list), the
    call public code uses to find a `tts_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoicesVoiceGroupListReply]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | VoicesVoiceGroupListReply | None:
    """List system TTS voice presets

     Lists the system (public) TTS voice presets available to the caller. Takes no parameters.
    The reply is modelled, by inference, as the voice groups of `list` (GET voice_list), the
    call public code uses to find a `tts_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoicesVoiceGroupListReply
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
