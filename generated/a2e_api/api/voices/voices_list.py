from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.voices_voice_group_list_reply import VoicesVoiceGroupListReply
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: str | Unset = "en",
    region: str | Unset = "US",
    voice_map_type: str | Unset = "en-US",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params["region"] = region

    params["voice_map_type"] = voice_map_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/anchor/voice_list",
        "params": params,
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
    country: str | Unset = "en",
    region: str | Unset = "US",
    voice_map_type: str | Unset = "en-US",
) -> Response[ErrorEnvelope | VoicesVoiceGroupListReply]:
    """List public voices

     The public TTS voices of one locale (defaults `en`, `US`, `en-US`), in groups (per gender or
    per provider such as Azure or ElevenLabs). Each child's `value` is a `tts_id` for `tts`.
    The docs' "List Public TTS Options" (GET version).

    Args:
        country (str | Unset):  Default: 'en'.
        region (str | Unset):  Default: 'US'.
        voice_map_type (str | Unset):  Default: 'en-US'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoicesVoiceGroupListReply]
    """

    kwargs = _get_kwargs(
        country=country,
        region=region,
        voice_map_type=voice_map_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    country: str | Unset = "en",
    region: str | Unset = "US",
    voice_map_type: str | Unset = "en-US",
) -> ErrorEnvelope | VoicesVoiceGroupListReply | None:
    """List public voices

     The public TTS voices of one locale (defaults `en`, `US`, `en-US`), in groups (per gender or
    per provider such as Azure or ElevenLabs). Each child's `value` is a `tts_id` for `tts`.
    The docs' "List Public TTS Options" (GET version).

    Args:
        country (str | Unset):  Default: 'en'.
        region (str | Unset):  Default: 'US'.
        voice_map_type (str | Unset):  Default: 'en-US'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoicesVoiceGroupListReply
    """

    return sync_detailed(
        client=client,
        country=country,
        region=region,
        voice_map_type=voice_map_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    country: str | Unset = "en",
    region: str | Unset = "US",
    voice_map_type: str | Unset = "en-US",
) -> Response[ErrorEnvelope | VoicesVoiceGroupListReply]:
    """List public voices

     The public TTS voices of one locale (defaults `en`, `US`, `en-US`), in groups (per gender or
    per provider such as Azure or ElevenLabs). Each child's `value` is a `tts_id` for `tts`.
    The docs' "List Public TTS Options" (GET version).

    Args:
        country (str | Unset):  Default: 'en'.
        region (str | Unset):  Default: 'US'.
        voice_map_type (str | Unset):  Default: 'en-US'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoicesVoiceGroupListReply]
    """

    kwargs = _get_kwargs(
        country=country,
        region=region,
        voice_map_type=voice_map_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    country: str | Unset = "en",
    region: str | Unset = "US",
    voice_map_type: str | Unset = "en-US",
) -> ErrorEnvelope | VoicesVoiceGroupListReply | None:
    """List public voices

     The public TTS voices of one locale (defaults `en`, `US`, `en-US`), in groups (per gender or
    per provider such as Azure or ElevenLabs). Each child's `value` is a `tts_id` for `tts`.
    The docs' "List Public TTS Options" (GET version).

    Args:
        country (str | Unset):  Default: 'en'.
        region (str | Unset):  Default: 'US'.
        voice_map_type (str | Unset):  Default: 'en-US'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoicesVoiceGroupListReply
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            region=region,
            voice_map_type=voice_map_type,
        )
    ).parsed
