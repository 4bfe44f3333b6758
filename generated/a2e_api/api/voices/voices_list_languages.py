from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.voices_language_list_reply import VoicesLanguageListReply
from ...models.voices_list_languages_body import VoicesListLanguagesBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: VoicesListLanguagesBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/anchor/language_list",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VoicesLanguageListReply | None:
    if response.status_code == 200:
        response_200 = VoicesLanguageListReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | VoicesLanguageListReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VoicesListLanguagesBody | Unset = UNSET,
) -> Response[ErrorEnvelope | VoicesLanguageListReply]:
    """List the languages and regions of the voices

     Lists the supported voice languages with their regions, optionally filtered by
    `voice_map_type`. A top-level `value` is what `tts` takes as `country`, a child's `value`
    what it takes as `region`.

    Args:
        body (VoicesListLanguagesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoicesLanguageListReply]
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
    body: VoicesListLanguagesBody | Unset = UNSET,
) -> ErrorEnvelope | VoicesLanguageListReply | None:
    """List the languages and regions of the voices

     Lists the supported voice languages with their regions, optionally filtered by
    `voice_map_type`. A top-level `value` is what `tts` takes as `country`, a child's `value`
    what it takes as `region`.

    Args:
        body (VoicesListLanguagesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoicesLanguageListReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VoicesListLanguagesBody | Unset = UNSET,
) -> Response[ErrorEnvelope | VoicesLanguageListReply]:
    """List the languages and regions of the voices

     Lists the supported voice languages with their regions, optionally filtered by
    `voice_map_type`. A top-level `value` is what `tts` takes as `country`, a child's `value`
    what it takes as `region`.

    Args:
        body (VoicesListLanguagesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoicesLanguageListReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VoicesListLanguagesBody | Unset = UNSET,
) -> ErrorEnvelope | VoicesLanguageListReply | None:
    """List the languages and regions of the voices

     Lists the supported voice languages with their regions, optionally filtered by
    `voice_map_type`. A top-level `value` is what `tts` takes as `country`, a child's `value`
    what it takes as `region`.

    Args:
        body (VoicesListLanguagesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoicesLanguageListReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
