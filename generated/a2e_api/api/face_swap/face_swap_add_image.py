from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.face_swap_add_image_body import FaceSwapAddImageBody
from ...models.face_swap_image_list_reply import FaceSwapImageListReply
from ...types import Response


def _get_kwargs(
    *,
    body: FaceSwapAddImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userFaceSwapImage/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FaceSwapImageListReply | None:
    if response.status_code == 200:
        response_200 = FaceSwapImageListReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | FaceSwapImageListReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FaceSwapAddImageBody,
) -> Response[ErrorEnvelope | FaceSwapImageListReply]:
    """Save a face image

     Saves a face image (by URL) in the caller's face-swap library for reuse in previews and tasks.
    Synchronous. The reply's `data` is a LIST of face records (the docs example returns the whole
    library, not only the new entry); the server may re-host the URL, so match records by `_id`,
    not by comparing URLs.

    Args:
        body (FaceSwapAddImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FaceSwapImageListReply]
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
    body: FaceSwapAddImageBody,
) -> ErrorEnvelope | FaceSwapImageListReply | None:
    """Save a face image

     Saves a face image (by URL) in the caller's face-swap library for reuse in previews and tasks.
    Synchronous. The reply's `data` is a LIST of face records (the docs example returns the whole
    library, not only the new entry); the server may re-host the URL, so match records by `_id`,
    not by comparing URLs.

    Args:
        body (FaceSwapAddImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FaceSwapImageListReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FaceSwapAddImageBody,
) -> Response[ErrorEnvelope | FaceSwapImageListReply]:
    """Save a face image

     Saves a face image (by URL) in the caller's face-swap library for reuse in previews and tasks.
    Synchronous. The reply's `data` is a LIST of face records (the docs example returns the whole
    library, not only the new entry); the server may re-host the URL, so match records by `_id`,
    not by comparing URLs.

    Args:
        body (FaceSwapAddImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FaceSwapImageListReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FaceSwapAddImageBody,
) -> ErrorEnvelope | FaceSwapImageListReply | None:
    """Save a face image

     Saves a face image (by URL) in the caller's face-swap library for reuse in previews and tasks.
    Synchronous. The reply's `data` is a LIST of face records (the docs example returns the whole
    library, not only the new entry); the server may re-host the URL, so match records by `_id`,
    not by comparing URLs.

    Args:
        body (FaceSwapAddImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FaceSwapImageListReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
