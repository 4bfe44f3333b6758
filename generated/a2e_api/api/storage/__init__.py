"""The storage group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
import warnings
from typing import Any, cast

from ...models.error_envelope import ErrorEnvelope
from ...models.storage_legacy_presigned_upload import StorageLegacyPresignedUpload
from ...models.storage_legacy_presigned_upload_reply import (
    StorageLegacyPresignedUploadReply,
)
from ...models.storage_presigned_upload import StoragePresignedUpload
from ...models.storage_presigned_upload_reply import StoragePresignedUploadReply
from ...models.storage_presigned_upload_url_body import StoragePresignedUploadUrlBody
from ...models.storage_presigned_upload_url_legacy_body import (
    StoragePresignedUploadUrlLegacyBody,
)
from ...models.storage_transfer import StorageTransfer
from ...models.storage_transfer_reply import StorageTransferReply
from ...models.storage_transfer_url_body import StorageTransferUrlBody
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    storage_presigned_upload_url,
    storage_presigned_upload_url_legacy,
    storage_transfer_url,
)

__all__ = [
    "AsyncStorageResource",
    "AsyncStorageResourceWithRawResponse",
    "StorageResource",
    "StorageResourceWithRawResponse",
]


class StorageResource:
    """Operations of the storage group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> StorageResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return StorageResourceWithRawResponse(self._runner)

    def presigned_upload_url(
        self,
        *,
        key: str,
        bucket: str | Unset = UNSET,
        url_prefix: str | Unset = UNSET,
        cdn_domain: str | Unset = UNSET,
        expires_in: int | Unset = UNSET,
        content_type: str | Unset = UNSET,
        file_size: float | Unset = UNSET,
        content_length: float | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get a presigned upload URL.

        Returns a presigned Cloudflare R2 PUT URL (`uploadUrl`) for uploading a local file directly,
        and the public URL the file will have (`cdnUrl`). PUT the file's bytes to `uploadUrl` (send
        the same `Content-Type`, and the bound `Content-Length` when `contentLength`/`fileSize` was
        given), then pass `cdnUrl` to other operations: raw R2 object URLs are not accepted by
        generation tasks. The key is scoped under `{urlPrefix}/{env}/user/{user_id}/`. Synchronous.
        API-token calls are billed under A2E's R2 pricing rule; logged-in web/app calls are free.
        Uploaded files live in short-lived buckets (default `3days-apac`).

        Args:
            key: Object key / file name; the server scopes it under `{urlPrefix}/{env}/user/{user_id}/`.
            bucket: R2 bucket; defaults to `3days-apac` (files there expire after about 3 days).
            url_prefix: Leading object-key path; defaults to `adam2eve`. Rejected by site runtimes.
            cdn_domain: CDN domain suffix without scheme or path; defaults to the makefun.ai behaviour. Rejected
                by site runtimes.
            expires_in: Lifetime of the upload URL, presumably in seconds; at least 60.
            content_type: MIME type bound to the upload; PUT with the same `Content-Type`.
            file_size: File size in bytes; binds the upload's `Content-Length` when given.
            content_length: Content-Length in bytes; wins over `fileSize` when both are sent.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StoragePresignedUploadUrlBody(
            key=key,
            bucket=bucket,
            url_prefix=url_prefix,
            cdn_domain=cdn_domain,
            expires_in=expires_in,
            content_type=content_type,
            file_size=file_size,
            content_length=content_length,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_presigned_upload_url._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, storage_presigned_upload_url._parse_response, StoragePresignedUploadReply)
        return unset_to_none(raw.data.data)

    def presigned_upload_url_legacy(
        self,
        *,
        key: str,
        bucket: str | Unset = UNSET,
        url_prefix: str | Unset = UNSET,
        cdn_domain: str | Unset = UNSET,
        expires_in: int | Unset = UNSET,
        content_type: str | Unset = UNSET,
        file_size: float | Unset = UNSET,
        content_length: float | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get a presigned upload URL (legacy call).

        Deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url`
        (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`. Returns a
        presigned Cloudflare R2 PUT URL (`uploadUrl`) with the scoped `key`, the `bucket` and the
        URL lifetime (`expiresIn`). The reply has no public URL: callers build it as
        `https://<bucket>.ai2everyone.com/<key>` after the PUT, because raw R2 object URLs are not
        accepted by generation tasks. Synchronous.

        Args:
            key: Object key / file name; the server scopes it under `{urlPrefix}/{env}/user/{user_id}/`.
            bucket: R2 bucket; defaults to `3days-apac` (files there expire after about 3 days).
            url_prefix: Leading object-key path; defaults to `adam2eve`.
            cdn_domain: CDN domain suffix without scheme or path; defaults to the makefun.ai behaviour.
            expires_in: Lifetime of the upload URL, presumably in seconds; at least 60.
            content_type: MIME type bound to the upload; PUT with the same `Content-Type`.
            file_size: File size in bytes; binds the upload's `Content-Length` when given.
            content_length: Content-Length in bytes; wins over `fileSize` when both are sent.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        warnings.warn(
            "storage.presigned_upload_url_legacy is deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url` (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`",
            DeprecationWarning,
            stacklevel=2,
        )

        body = StoragePresignedUploadUrlLegacyBody(
            key=key,
            bucket=bucket,
            url_prefix=url_prefix,
            cdn_domain=cdn_domain,
            expires_in=expires_in,
            content_type=content_type,
            file_size=file_size,
            content_length=content_length,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_presigned_upload_url_legacy._get_kwargs(
            body=body,
        )

        raw = self._runner.run(
            request, storage_presigned_upload_url_legacy._parse_response, StorageLegacyPresignedUploadReply
        )
        return unset_to_none(raw.data.data)

    def transfer_url(
        self,
        *,
        url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Save a URL to A2E's storage.

        Copies the file at a public external URL into A2E's own storage and returns its stable A2E
        URL (`data.url`). Use it when a source URL is slow, unstable or short-lived, before passing
        it to a start operation (the Image to Video docs recommend it for unstable image URLs).
        Synchronous. Files in A2E storage may expire after some days.

        Args:
            url: Public URL of the file to copy into A2E storage.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StorageTransferUrlBody(
            url=url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_transfer_url._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, storage_transfer_url._parse_response, StorageTransferReply)
        return unset_to_none(raw.data.data)


class StorageResourceWithRawResponse:
    """Like `StorageResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def presigned_upload_url(
        self,
        *,
        key: str,
        bucket: str | Unset = UNSET,
        url_prefix: str | Unset = UNSET,
        cdn_domain: str | Unset = UNSET,
        expires_in: int | Unset = UNSET,
        content_type: str | Unset = UNSET,
        file_size: float | Unset = UNSET,
        content_length: float | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get a presigned upload URL.

        Returns a presigned Cloudflare R2 PUT URL (`uploadUrl`) for uploading a local file directly,
        and the public URL the file will have (`cdnUrl`). PUT the file's bytes to `uploadUrl` (send
        the same `Content-Type`, and the bound `Content-Length` when `contentLength`/`fileSize` was
        given), then pass `cdnUrl` to other operations: raw R2 object URLs are not accepted by
        generation tasks. The key is scoped under `{urlPrefix}/{env}/user/{user_id}/`. Synchronous.
        API-token calls are billed under A2E's R2 pricing rule; logged-in web/app calls are free.
        Uploaded files live in short-lived buckets (default `3days-apac`).

        Args:
            key: Object key / file name; the server scopes it under `{urlPrefix}/{env}/user/{user_id}/`.
            bucket: R2 bucket; defaults to `3days-apac` (files there expire after about 3 days).
            url_prefix: Leading object-key path; defaults to `adam2eve`. Rejected by site runtimes.
            cdn_domain: CDN domain suffix without scheme or path; defaults to the makefun.ai behaviour. Rejected
                by site runtimes.
            expires_in: Lifetime of the upload URL, presumably in seconds; at least 60.
            content_type: MIME type bound to the upload; PUT with the same `Content-Type`.
            file_size: File size in bytes; binds the upload's `Content-Length` when given.
            content_length: Content-Length in bytes; wins over `fileSize` when both are sent.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StoragePresignedUploadUrlBody(
            key=key,
            bucket=bucket,
            url_prefix=url_prefix,
            cdn_domain=cdn_domain,
            expires_in=expires_in,
            content_type=content_type,
            file_size=file_size,
            content_length=content_length,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_presigned_upload_url._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, storage_presigned_upload_url._parse_response, StoragePresignedUploadReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def presigned_upload_url_legacy(
        self,
        *,
        key: str,
        bucket: str | Unset = UNSET,
        url_prefix: str | Unset = UNSET,
        cdn_domain: str | Unset = UNSET,
        expires_in: int | Unset = UNSET,
        content_type: str | Unset = UNSET,
        file_size: float | Unset = UNSET,
        content_length: float | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get a presigned upload URL (legacy call).

        Deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url`
        (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`. Returns a
        presigned Cloudflare R2 PUT URL (`uploadUrl`) with the scoped `key`, the `bucket` and the
        URL lifetime (`expiresIn`). The reply has no public URL: callers build it as
        `https://<bucket>.ai2everyone.com/<key>` after the PUT, because raw R2 object URLs are not
        accepted by generation tasks. Synchronous.

        Args:
            key: Object key / file name; the server scopes it under `{urlPrefix}/{env}/user/{user_id}/`.
            bucket: R2 bucket; defaults to `3days-apac` (files there expire after about 3 days).
            url_prefix: Leading object-key path; defaults to `adam2eve`.
            cdn_domain: CDN domain suffix without scheme or path; defaults to the makefun.ai behaviour.
            expires_in: Lifetime of the upload URL, presumably in seconds; at least 60.
            content_type: MIME type bound to the upload; PUT with the same `Content-Type`.
            file_size: File size in bytes; binds the upload's `Content-Length` when given.
            content_length: Content-Length in bytes; wins over `fileSize` when both are sent.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        warnings.warn(
            "storage.presigned_upload_url_legacy is deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url` (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`",
            DeprecationWarning,
            stacklevel=2,
        )

        body = StoragePresignedUploadUrlLegacyBody(
            key=key,
            bucket=bucket,
            url_prefix=url_prefix,
            cdn_domain=cdn_domain,
            expires_in=expires_in,
            content_type=content_type,
            file_size=file_size,
            content_length=content_length,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_presigned_upload_url_legacy._get_kwargs(
            body=body,
        )

        raw = self._runner.run(
            request, storage_presigned_upload_url_legacy._parse_response, StorageLegacyPresignedUploadReply
        )
        return raw.with_data(unset_to_none(raw.data.data))

    def transfer_url(
        self,
        *,
        url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Save a URL to A2E's storage.

        Copies the file at a public external URL into A2E's own storage and returns its stable A2E
        URL (`data.url`). Use it when a source URL is slow, unstable or short-lived, before passing
        it to a start operation (the Image to Video docs recommend it for unstable image URLs).
        Synchronous. Files in A2E storage may expire after some days.

        Args:
            url: Public URL of the file to copy into A2E storage.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StorageTransferUrlBody(
            url=url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_transfer_url._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, storage_transfer_url._parse_response, StorageTransferReply)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncStorageResource:
    """Operations of the storage group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncStorageResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncStorageResourceWithRawResponse(self._runner)

    async def presigned_upload_url(
        self,
        *,
        key: str,
        bucket: str | Unset = UNSET,
        url_prefix: str | Unset = UNSET,
        cdn_domain: str | Unset = UNSET,
        expires_in: int | Unset = UNSET,
        content_type: str | Unset = UNSET,
        file_size: float | Unset = UNSET,
        content_length: float | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get a presigned upload URL.

        Returns a presigned Cloudflare R2 PUT URL (`uploadUrl`) for uploading a local file directly,
        and the public URL the file will have (`cdnUrl`). PUT the file's bytes to `uploadUrl` (send
        the same `Content-Type`, and the bound `Content-Length` when `contentLength`/`fileSize` was
        given), then pass `cdnUrl` to other operations: raw R2 object URLs are not accepted by
        generation tasks. The key is scoped under `{urlPrefix}/{env}/user/{user_id}/`. Synchronous.
        API-token calls are billed under A2E's R2 pricing rule; logged-in web/app calls are free.
        Uploaded files live in short-lived buckets (default `3days-apac`).

        Args:
            key: Object key / file name; the server scopes it under `{urlPrefix}/{env}/user/{user_id}/`.
            bucket: R2 bucket; defaults to `3days-apac` (files there expire after about 3 days).
            url_prefix: Leading object-key path; defaults to `adam2eve`. Rejected by site runtimes.
            cdn_domain: CDN domain suffix without scheme or path; defaults to the makefun.ai behaviour. Rejected
                by site runtimes.
            expires_in: Lifetime of the upload URL, presumably in seconds; at least 60.
            content_type: MIME type bound to the upload; PUT with the same `Content-Type`.
            file_size: File size in bytes; binds the upload's `Content-Length` when given.
            content_length: Content-Length in bytes; wins over `fileSize` when both are sent.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StoragePresignedUploadUrlBody(
            key=key,
            bucket=bucket,
            url_prefix=url_prefix,
            cdn_domain=cdn_domain,
            expires_in=expires_in,
            content_type=content_type,
            file_size=file_size,
            content_length=content_length,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_presigned_upload_url._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, storage_presigned_upload_url._parse_response, StoragePresignedUploadReply)
        return unset_to_none(raw.data.data)

    async def presigned_upload_url_legacy(
        self,
        *,
        key: str,
        bucket: str | Unset = UNSET,
        url_prefix: str | Unset = UNSET,
        cdn_domain: str | Unset = UNSET,
        expires_in: int | Unset = UNSET,
        content_type: str | Unset = UNSET,
        file_size: float | Unset = UNSET,
        content_length: float | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get a presigned upload URL (legacy call).

        Deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url`
        (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`. Returns a
        presigned Cloudflare R2 PUT URL (`uploadUrl`) with the scoped `key`, the `bucket` and the
        URL lifetime (`expiresIn`). The reply has no public URL: callers build it as
        `https://<bucket>.ai2everyone.com/<key>` after the PUT, because raw R2 object URLs are not
        accepted by generation tasks. Synchronous.

        Args:
            key: Object key / file name; the server scopes it under `{urlPrefix}/{env}/user/{user_id}/`.
            bucket: R2 bucket; defaults to `3days-apac` (files there expire after about 3 days).
            url_prefix: Leading object-key path; defaults to `adam2eve`.
            cdn_domain: CDN domain suffix without scheme or path; defaults to the makefun.ai behaviour.
            expires_in: Lifetime of the upload URL, presumably in seconds; at least 60.
            content_type: MIME type bound to the upload; PUT with the same `Content-Type`.
            file_size: File size in bytes; binds the upload's `Content-Length` when given.
            content_length: Content-Length in bytes; wins over `fileSize` when both are sent.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        warnings.warn(
            "storage.presigned_upload_url_legacy is deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url` (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`",
            DeprecationWarning,
            stacklevel=2,
        )

        body = StoragePresignedUploadUrlLegacyBody(
            key=key,
            bucket=bucket,
            url_prefix=url_prefix,
            cdn_domain=cdn_domain,
            expires_in=expires_in,
            content_type=content_type,
            file_size=file_size,
            content_length=content_length,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_presigned_upload_url_legacy._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(
            request, storage_presigned_upload_url_legacy._parse_response, StorageLegacyPresignedUploadReply
        )
        return unset_to_none(raw.data.data)

    async def transfer_url(
        self,
        *,
        url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Save a URL to A2E's storage.

        Copies the file at a public external URL into A2E's own storage and returns its stable A2E
        URL (`data.url`). Use it when a source URL is slow, unstable or short-lived, before passing
        it to a start operation (the Image to Video docs recommend it for unstable image URLs).
        Synchronous. Files in A2E storage may expire after some days.

        Args:
            url: Public URL of the file to copy into A2E storage.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StorageTransferUrlBody(
            url=url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_transfer_url._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, storage_transfer_url._parse_response, StorageTransferReply)
        return unset_to_none(raw.data.data)


class AsyncStorageResourceWithRawResponse:
    """Like `AsyncStorageResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def presigned_upload_url(
        self,
        *,
        key: str,
        bucket: str | Unset = UNSET,
        url_prefix: str | Unset = UNSET,
        cdn_domain: str | Unset = UNSET,
        expires_in: int | Unset = UNSET,
        content_type: str | Unset = UNSET,
        file_size: float | Unset = UNSET,
        content_length: float | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get a presigned upload URL.

        Returns a presigned Cloudflare R2 PUT URL (`uploadUrl`) for uploading a local file directly,
        and the public URL the file will have (`cdnUrl`). PUT the file's bytes to `uploadUrl` (send
        the same `Content-Type`, and the bound `Content-Length` when `contentLength`/`fileSize` was
        given), then pass `cdnUrl` to other operations: raw R2 object URLs are not accepted by
        generation tasks. The key is scoped under `{urlPrefix}/{env}/user/{user_id}/`. Synchronous.
        API-token calls are billed under A2E's R2 pricing rule; logged-in web/app calls are free.
        Uploaded files live in short-lived buckets (default `3days-apac`).

        Args:
            key: Object key / file name; the server scopes it under `{urlPrefix}/{env}/user/{user_id}/`.
            bucket: R2 bucket; defaults to `3days-apac` (files there expire after about 3 days).
            url_prefix: Leading object-key path; defaults to `adam2eve`. Rejected by site runtimes.
            cdn_domain: CDN domain suffix without scheme or path; defaults to the makefun.ai behaviour. Rejected
                by site runtimes.
            expires_in: Lifetime of the upload URL, presumably in seconds; at least 60.
            content_type: MIME type bound to the upload; PUT with the same `Content-Type`.
            file_size: File size in bytes; binds the upload's `Content-Length` when given.
            content_length: Content-Length in bytes; wins over `fileSize` when both are sent.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StoragePresignedUploadUrlBody(
            key=key,
            bucket=bucket,
            url_prefix=url_prefix,
            cdn_domain=cdn_domain,
            expires_in=expires_in,
            content_type=content_type,
            file_size=file_size,
            content_length=content_length,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_presigned_upload_url._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, storage_presigned_upload_url._parse_response, StoragePresignedUploadReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def presigned_upload_url_legacy(
        self,
        *,
        key: str,
        bucket: str | Unset = UNSET,
        url_prefix: str | Unset = UNSET,
        cdn_domain: str | Unset = UNSET,
        expires_in: int | Unset = UNSET,
        content_type: str | Unset = UNSET,
        file_size: float | Unset = UNSET,
        content_length: float | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get a presigned upload URL (legacy call).

        Deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url`
        (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`. Returns a
        presigned Cloudflare R2 PUT URL (`uploadUrl`) with the scoped `key`, the `bucket` and the
        URL lifetime (`expiresIn`). The reply has no public URL: callers build it as
        `https://<bucket>.ai2everyone.com/<key>` after the PUT, because raw R2 object URLs are not
        accepted by generation tasks. Synchronous.

        Args:
            key: Object key / file name; the server scopes it under `{urlPrefix}/{env}/user/{user_id}/`.
            bucket: R2 bucket; defaults to `3days-apac` (files there expire after about 3 days).
            url_prefix: Leading object-key path; defaults to `adam2eve`.
            cdn_domain: CDN domain suffix without scheme or path; defaults to the makefun.ai behaviour.
            expires_in: Lifetime of the upload URL, presumably in seconds; at least 60.
            content_type: MIME type bound to the upload; PUT with the same `Content-Type`.
            file_size: File size in bytes; binds the upload's `Content-Length` when given.
            content_length: Content-Length in bytes; wins over `fileSize` when both are sent.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        warnings.warn(
            "storage.presigned_upload_url_legacy is deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url` (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`",
            DeprecationWarning,
            stacklevel=2,
        )

        body = StoragePresignedUploadUrlLegacyBody(
            key=key,
            bucket=bucket,
            url_prefix=url_prefix,
            cdn_domain=cdn_domain,
            expires_in=expires_in,
            content_type=content_type,
            file_size=file_size,
            content_length=content_length,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_presigned_upload_url_legacy._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(
            request, storage_presigned_upload_url_legacy._parse_response, StorageLegacyPresignedUploadReply
        )
        return raw.with_data(unset_to_none(raw.data.data))

    async def transfer_url(
        self,
        *,
        url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Save a URL to A2E's storage.

        Copies the file at a public external URL into A2E's own storage and returns its stable A2E
        URL (`data.url`). Use it when a source URL is slow, unstable or short-lived, before passing
        it to a start operation (the Image to Video docs recommend it for unstable image URLs).
        Synchronous. Files in A2E storage may expire after some days.

        Args:
            url: Public URL of the file to copy into A2E storage.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StorageTransferUrlBody(
            url=url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = storage_transfer_url._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, storage_transfer_url._parse_response, StorageTransferReply)
        return raw.with_data(unset_to_none(raw.data.data))
