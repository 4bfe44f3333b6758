"""The storage group: typed methods generated from the spec (the async ones: `_async.py`)."""

from __future__ import annotations

import builtins
import functools
import warnings
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Required, TypedDict

from ... import models
from ...descriptors import (
    Argument,
    Idempotency,
    Operation,
    Operations,
    Pagination,
    Session,
    Task,
)
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    FileInput,
    NotGiven,
    Unset,
    nullable,
    parse_any,
    parse_nothing,
    parse_str,
)
from .. import (
    DEFAULT_WAIT_TIMEOUT,
    Body,
    Headers,
    Query,
    Timeout,
    async_raw_response,
    raw_response,
)

if TYPE_CHECKING:
    from a2e import JobFailedError

    from ...models.storage_legacy_presigned_upload import StorageLegacyPresignedUpload
    from ...models.storage_presigned_upload import StoragePresignedUpload
    from ...models.storage_transfer import StorageTransfer
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["StorageResource"]


_OPS = Operations(
    {
        "storage_presigned_upload_url": lambda: Operation(
            id="storage_presigned_upload_url",
            group="storage",
            method="presigned_upload_url",
            http_method="POST",
            path="/api/v1/r2/upload-presigned-url",
            path_params=(),
            query=(),
            body=(
                Argument(name="key", wire="key", where="body", schema={"type": ["string"]}, required=True),
                Argument(name="bucket", wire="bucket", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="url_prefix", wire="urlPrefix", where="body", schema={"type": ["string"]}, required=False
                ),
                Argument(
                    name="cdn_domain", wire="cdnDomain", where="body", schema={"type": ["string"]}, required=False
                ),
                Argument(
                    name="expires_in",
                    wire="expiresIn",
                    where="body",
                    schema={"type": ["integer"], "minimum": 60},
                    required=False,
                ),
                Argument(
                    name="content_type", wire="contentType", where="body", schema={"type": ["string"]}, required=False
                ),
                Argument(name="file_size", wire="fileSize", where="body", schema={"type": ["number"]}, required=False),
                Argument(
                    name="content_length",
                    wire="contentLength",
                    where="body",
                    schema={"type": ["number"]},
                    required=False,
                ),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "storage_presigned_upload_url_legacy": lambda: Operation(
            id="storage_presigned_upload_url_legacy",
            group="storage",
            method="presigned_upload_url_legacy",
            http_method="POST",
            path="/api/v1/r2/get_upload_presigned_url",
            path_params=(),
            query=(),
            body=(
                Argument(name="key", wire="key", where="body", schema={"type": ["string"]}, required=True),
                Argument(name="bucket", wire="bucket", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="url_prefix", wire="urlPrefix", where="body", schema={"type": ["string"]}, required=False
                ),
                Argument(
                    name="cdn_domain", wire="cdnDomain", where="body", schema={"type": ["string"]}, required=False
                ),
                Argument(
                    name="expires_in",
                    wire="expiresIn",
                    where="body",
                    schema={"type": ["integer"], "minimum": 60},
                    required=False,
                ),
                Argument(
                    name="content_type", wire="contentType", where="body", schema={"type": ["string"]}, required=False
                ),
                Argument(name="file_size", wire="fileSize", where="body", schema={"type": ["number"]}, required=False),
                Argument(
                    name="content_length",
                    wire="contentLength",
                    where="body",
                    schema={"type": ["number"]},
                    required=False,
                ),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated="A2E's current catalog marks this call legacy and points to `presigned_upload_url` (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`",
        ),
        "storage_transfer_url": lambda: Operation(
            id="storage_transfer_url",
            group="storage",
            method="transfer_url",
            http_method="POST",
            path="/api/v1/tos/transferToStorage",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="url", wire="url", where="body", schema={"type": ["string"], "file": "any"}, required=True
                ),
            ),
            files=("url",),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""


class StorageResource:
    """Operations of the storage group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> StorageResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return StorageResourceWithRawResponse(self)

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
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StoragePresignedUpload:
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

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["storage_presigned_upload_url"],
            {
                "key": key,
                "bucket": bucket,
                "url_prefix": url_prefix,
                "cdn_domain": cdn_domain,
                "expires_in": expires_in,
                "content_type": content_type,
                "file_size": file_size,
                "content_length": content_length,
            },
            models.StoragePresignedUpload.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

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
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StorageLegacyPresignedUpload:
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

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        warnings.warn(
            "storage.presigned_upload_url_legacy is deprecated: A2E's current catalog marks this call legacy and points to `presigned_upload_url` (POST /api/v1/r2/upload-presigned-url), which also returns the public `cdnUrl`",
            DeprecationWarning,
            stacklevel=2,
        )

        return self._runner.call(
            _OPS["storage_presigned_upload_url_legacy"],
            {
                "key": key,
                "bucket": bucket,
                "url_prefix": url_prefix,
                "cdn_domain": cdn_domain,
                "expires_in": expires_in,
                "content_type": content_type,
                "file_size": file_size,
                "content_length": content_length,
            },
            models.StorageLegacyPresignedUpload.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def transfer_url(
        self,
        *,
        url: str | FileInput,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StorageTransfer:
        """Save a URL to A2E's storage.

        Copies the file at a public external URL into A2E's own storage and returns its stable A2E
        URL (`data.url`). Use it when a source URL is slow, unstable or short-lived, before passing
        it to a start operation (the Image to Video docs recommend it for unstable image URLs).
        Synchronous. Files in A2E storage may expire after some days.

        Args:
            url: Public URL of the file to copy into A2E storage.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["storage_transfer_url"],
            {
                "url": url,
            },
            models.StorageTransfer.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class StorageResourceWithRawResponse:
    """Like `StorageResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: StorageResource) -> None:
        self.presigned_upload_url = raw_response(resource.presigned_upload_url)
        self.presigned_upload_url_legacy = raw_response(resource.presigned_upload_url_legacy)
        self.transfer_url = raw_response(resource.transfer_url)
