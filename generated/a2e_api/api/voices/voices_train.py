from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.voices_train_body import VoicesTrainBody
from ...models.voices_user_voice_reply import VoicesUserVoiceReply
from ...types import Response


def _get_kwargs(
    *,
    body: VoicesTrainBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userVoice/training",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VoicesUserVoiceReply | None:
    if response.status_code == 200:
        response_200 = VoicesUserVoiceReply.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorEnvelope.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | VoicesUserVoiceReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VoicesTrainBody,
) -> Response[ErrorEnvelope | VoicesUserVoiceReply]:
    """Start training a cloned voice

     Asynchronous: trains a personal TTS voice from audio samples (`voice_urls`). Returns the
    voice record once accepted; wait with `get` (or a webhook), usually done within 1 to 2
    minutes. One training at a time per user. Costs coins depending on `model` (refunded if
    creation fails); 403 when the plan's voice-clone limit is reached. Samples: one clean
    speaker, mp3/wav/m4a; the MIME type comes from the HTTP header, no spaces in the URL, no
    redirects.

    Args:
        body (VoicesTrainBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoicesUserVoiceReply]
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
    body: VoicesTrainBody,
) -> ErrorEnvelope | VoicesUserVoiceReply | None:
    """Start training a cloned voice

     Asynchronous: trains a personal TTS voice from audio samples (`voice_urls`). Returns the
    voice record once accepted; wait with `get` (or a webhook), usually done within 1 to 2
    minutes. One training at a time per user. Costs coins depending on `model` (refunded if
    creation fails); 403 when the plan's voice-clone limit is reached. Samples: one clean
    speaker, mp3/wav/m4a; the MIME type comes from the HTTP header, no spaces in the URL, no
    redirects.

    Args:
        body (VoicesTrainBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoicesUserVoiceReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VoicesTrainBody,
) -> Response[ErrorEnvelope | VoicesUserVoiceReply]:
    """Start training a cloned voice

     Asynchronous: trains a personal TTS voice from audio samples (`voice_urls`). Returns the
    voice record once accepted; wait with `get` (or a webhook), usually done within 1 to 2
    minutes. One training at a time per user. Costs coins depending on `model` (refunded if
    creation fails); 403 when the plan's voice-clone limit is reached. Samples: one clean
    speaker, mp3/wav/m4a; the MIME type comes from the HTTP header, no spaces in the URL, no
    redirects.

    Args:
        body (VoicesTrainBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoicesUserVoiceReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VoicesTrainBody,
) -> ErrorEnvelope | VoicesUserVoiceReply | None:
    """Start training a cloned voice

     Asynchronous: trains a personal TTS voice from audio samples (`voice_urls`). Returns the
    voice record once accepted; wait with `get` (or a webhook), usually done within 1 to 2
    minutes. One training at a time per user. Costs coins depending on `model` (refunded if
    creation fails); 403 when the plan's voice-clone limit is reached. Samples: one clean
    speaker, mp3/wav/m4a; the MIME type comes from the HTTP header, no spaces in the URL, no
    redirects.

    Args:
        body (VoicesTrainBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoicesUserVoiceReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
