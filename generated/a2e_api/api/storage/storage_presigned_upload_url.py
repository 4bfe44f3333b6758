from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.storage_presigned_upload_reply import StoragePresignedUploadReply
from ...models.storage_presigned_upload_url_body import StoragePresignedUploadUrlBody
from ...types import Response


def _get_kwargs(
    *,
    body: StoragePresignedUploadUrlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/r2/upload-presigned-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StoragePresignedUploadReply | None:
    if response.status_code == 200:
        response_200 = StoragePresignedUploadReply.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | StoragePresignedUploadReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StoragePresignedUploadUrlBody,
) -> Response[ErrorEnvelope | StoragePresignedUploadReply]:
    """Get a presigned upload URL

     Returns a presigned Cloudflare R2 PUT URL (`uploadUrl`) for uploading a local file directly,
    and the public URL the file will have (`cdnUrl`). PUT the file's bytes to `uploadUrl` (send
    the same `Content-Type`, and the bound `Content-Length` when `contentLength`/`fileSize` was
    given), then pass `cdnUrl` to other operations: raw R2 object URLs are not accepted by
    generation tasks. The key is scoped under `{urlPrefix}/{env}/user/{user_id}/`. Synchronous.
    API-token calls are billed under A2E's R2 pricing rule; logged-in web/app calls are free.
    Uploaded files live in short-lived buckets (default `3days-apac`).

    Args:
        body (StoragePresignedUploadUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StoragePresignedUploadReply]
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
    body: StoragePresignedUploadUrlBody,
) -> ErrorEnvelope | StoragePresignedUploadReply | None:
    """Get a presigned upload URL

     Returns a presigned Cloudflare R2 PUT URL (`uploadUrl`) for uploading a local file directly,
    and the public URL the file will have (`cdnUrl`). PUT the file's bytes to `uploadUrl` (send
    the same `Content-Type`, and the bound `Content-Length` when `contentLength`/`fileSize` was
    given), then pass `cdnUrl` to other operations: raw R2 object URLs are not accepted by
    generation tasks. The key is scoped under `{urlPrefix}/{env}/user/{user_id}/`. Synchronous.
    API-token calls are billed under A2E's R2 pricing rule; logged-in web/app calls are free.
    Uploaded files live in short-lived buckets (default `3days-apac`).

    Args:
        body (StoragePresignedUploadUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StoragePresignedUploadReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StoragePresignedUploadUrlBody,
) -> Response[ErrorEnvelope | StoragePresignedUploadReply]:
    """Get a presigned upload URL

     Returns a presigned Cloudflare R2 PUT URL (`uploadUrl`) for uploading a local file directly,
    and the public URL the file will have (`cdnUrl`). PUT the file's bytes to `uploadUrl` (send
    the same `Content-Type`, and the bound `Content-Length` when `contentLength`/`fileSize` was
    given), then pass `cdnUrl` to other operations: raw R2 object URLs are not accepted by
    generation tasks. The key is scoped under `{urlPrefix}/{env}/user/{user_id}/`. Synchronous.
    API-token calls are billed under A2E's R2 pricing rule; logged-in web/app calls are free.
    Uploaded files live in short-lived buckets (default `3days-apac`).

    Args:
        body (StoragePresignedUploadUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StoragePresignedUploadReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StoragePresignedUploadUrlBody,
) -> ErrorEnvelope | StoragePresignedUploadReply | None:
    """Get a presigned upload URL

     Returns a presigned Cloudflare R2 PUT URL (`uploadUrl`) for uploading a local file directly,
    and the public URL the file will have (`cdnUrl`). PUT the file's bytes to `uploadUrl` (send
    the same `Content-Type`, and the bound `Content-Length` when `contentLength`/`fileSize` was
    given), then pass `cdnUrl` to other operations: raw R2 object URLs are not accepted by
    generation tasks. The key is scoped under `{urlPrefix}/{env}/user/{user_id}/`. Synchronous.
    API-token calls are billed under A2E's R2 pricing rule; logged-in web/app calls are free.
    Uploaded files live in short-lived buckets (default `3days-apac`).

    Args:
        body (StoragePresignedUploadUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StoragePresignedUploadReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
