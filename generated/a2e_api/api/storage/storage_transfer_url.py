from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.storage_transfer_reply import StorageTransferReply
from ...models.storage_transfer_url_body import StorageTransferUrlBody
from ...types import Response


def _get_kwargs(
    *,
    body: StorageTransferUrlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tos/transferToStorage",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StorageTransferReply | None:
    if response.status_code == 200:
        response_200 = StorageTransferReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | StorageTransferReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StorageTransferUrlBody,
) -> Response[ErrorEnvelope | StorageTransferReply]:
    """Save a URL to A2E's storage

     Copies the file at a public external URL into A2E's own storage and returns its stable A2E
    URL (`data.url`). Use it when a source URL is slow, unstable or short-lived, before passing
    it to a start operation (the Image to Video docs recommend it for unstable image URLs).
    Synchronous. Files in A2E storage may expire after some days.

    Args:
        body (StorageTransferUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StorageTransferReply]
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
    body: StorageTransferUrlBody,
) -> ErrorEnvelope | StorageTransferReply | None:
    """Save a URL to A2E's storage

     Copies the file at a public external URL into A2E's own storage and returns its stable A2E
    URL (`data.url`). Use it when a source URL is slow, unstable or short-lived, before passing
    it to a start operation (the Image to Video docs recommend it for unstable image URLs).
    Synchronous. Files in A2E storage may expire after some days.

    Args:
        body (StorageTransferUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StorageTransferReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StorageTransferUrlBody,
) -> Response[ErrorEnvelope | StorageTransferReply]:
    """Save a URL to A2E's storage

     Copies the file at a public external URL into A2E's own storage and returns its stable A2E
    URL (`data.url`). Use it when a source URL is slow, unstable or short-lived, before passing
    it to a start operation (the Image to Video docs recommend it for unstable image URLs).
    Synchronous. Files in A2E storage may expire after some days.

    Args:
        body (StorageTransferUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StorageTransferReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StorageTransferUrlBody,
) -> ErrorEnvelope | StorageTransferReply | None:
    """Save a URL to A2E's storage

     Copies the file at a public external URL into A2E's own storage and returns its stable A2E
    URL (`data.url`). Use it when a source URL is slow, unstable or short-lived, before passing
    it to a start operation (the Image to Video docs recommend it for unstable image URLs).
    Synchronous. Files in A2E storage may expire after some days.

    Args:
        body (StorageTransferUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StorageTransferReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
