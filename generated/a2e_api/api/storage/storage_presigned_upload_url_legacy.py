from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.storage_legacy_presigned_upload_reply import (
    StorageLegacyPresignedUploadReply,
)
from ...models.storage_presigned_upload_url_legacy_body import (
    StoragePresignedUploadUrlLegacyBody,
)
from ...types import Response


def _get_kwargs(
    *,
    body: StoragePresignedUploadUrlLegacyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/r2/get_upload_presigned_url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StorageLegacyPresignedUploadReply | None:
    if response.status_code == 200:
        response_200 = StorageLegacyPresignedUploadReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | StorageLegacyPresignedUploadReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StoragePresignedUploadUrlLegacyBody,
) -> Response[ErrorEnvelope | StorageLegacyPresignedUploadReply]:
    """Get a presigned upload URL (legacy call)

     Deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url`
    (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`. Returns a
    presigned Cloudflare R2 PUT URL (`uploadUrl`) with the scoped `key`, the `bucket` and the
    URL lifetime (`expiresIn`). The reply has no public URL: callers build it as
    `https://<bucket>.ai2everyone.com/<key>` after the PUT, because raw R2 object URLs are not
    accepted by generation tasks. Synchronous.

    Args:
        body (StoragePresignedUploadUrlLegacyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StorageLegacyPresignedUploadReply]
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
    body: StoragePresignedUploadUrlLegacyBody,
) -> ErrorEnvelope | StorageLegacyPresignedUploadReply | None:
    """Get a presigned upload URL (legacy call)

     Deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url`
    (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`. Returns a
    presigned Cloudflare R2 PUT URL (`uploadUrl`) with the scoped `key`, the `bucket` and the
    URL lifetime (`expiresIn`). The reply has no public URL: callers build it as
    `https://<bucket>.ai2everyone.com/<key>` after the PUT, because raw R2 object URLs are not
    accepted by generation tasks. Synchronous.

    Args:
        body (StoragePresignedUploadUrlLegacyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StorageLegacyPresignedUploadReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StoragePresignedUploadUrlLegacyBody,
) -> Response[ErrorEnvelope | StorageLegacyPresignedUploadReply]:
    """Get a presigned upload URL (legacy call)

     Deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url`
    (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`. Returns a
    presigned Cloudflare R2 PUT URL (`uploadUrl`) with the scoped `key`, the `bucket` and the
    URL lifetime (`expiresIn`). The reply has no public URL: callers build it as
    `https://<bucket>.ai2everyone.com/<key>` after the PUT, because raw R2 object URLs are not
    accepted by generation tasks. Synchronous.

    Args:
        body (StoragePresignedUploadUrlLegacyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StorageLegacyPresignedUploadReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StoragePresignedUploadUrlLegacyBody,
) -> ErrorEnvelope | StorageLegacyPresignedUploadReply | None:
    """Get a presigned upload URL (legacy call)

     Deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url`
    (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`. Returns a
    presigned Cloudflare R2 PUT URL (`uploadUrl`) with the scoped `key`, the `bucket` and the
    URL lifetime (`expiresIn`). The reply has no public URL: callers build it as
    `https://<bucket>.ai2everyone.com/<key>` after the PUT, because raw R2 object URLs are not
    accepted by generation tasks. Synchronous.

    Args:
        body (StoragePresignedUploadUrlLegacyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StorageLegacyPresignedUploadReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
