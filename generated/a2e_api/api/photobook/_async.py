"""The photobook group's asynchronous methods, generated from the spec."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Callable, Iterable
from typing import TYPE_CHECKING

from ... import models
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    FileInput,
    NotGiven,
    Unset,
    parse_nothing,
)
from .. import (
    DEFAULT_WAIT_TIMEOUT,
    Body,
    Headers,
    Query,
    Timeout,
    async_raw_response,
)
from . import _OPS

if TYPE_CHECKING:
    from a2e import JobFailedError

    from ...models import CompletedPhotobookTask, PhotobookTask
    from ...models.photobook_start_body_total_count import (
        PhotobookStartBodyTotalCount,
    )
    from ...models.photobook_task import PhotobookTask
    from ...models.photobook_task_page import PhotobookTaskPage
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncPhotobookResource"]


class AsyncPhotobookResource:
    """Operations of the photobook group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncPhotobookResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncPhotobookResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncPhotobookQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncPhotobookQuotes(self._runner)

    async def start(
        self,
        *,
        face_image_url: str | FileInput,
        name: str | Unset = UNSET,
        location: str | Unset = UNSET,
        clothing: str | Unset = UNSET,
        total_count: PhotobookStartBodyTotalCount | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> PhotobookTask:
        """Start a photobook task.

        Asynchronous: generates a photobook of `total_count` photos (4, 8, 12 or 16) of the face in
        `face_image_url`, optionally placed in a `location` and dressed in `clothing`. Returns the
        task record once accepted; wait with `get` until `current_status` is `completed` or
        `failed`. This start takes no webhook.

        Args:
            face_image_url: Public URL of the face image used for every photo.
            name: Display name of the photobook.
            location: Scene or location prompt (e.g. `Paris street cafe at golden hour`).
            clothing: Clothing prompt, used in the image edit step.
            total_count: How many photos to generate.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["photobook_start"],
            {
                "face_image_url": face_image_url,
                "name": name,
                "location": location,
                "clothing": clothing,
                "total_count": total_count,
            },
            models.PhotobookTask.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    async def start_and_wait(
        self,
        *,
        face_image_url: str | FileInput,
        name: str | Unset = UNSET,
        location: str | Unset = UNSET,
        clothing: str | Unset = UNSET,
        total_count: PhotobookStartBodyTotalCount | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[PhotobookTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedPhotobookTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = await self.start(
            face_image_url=face_image_url,
            name=name,
            location=location,
            clothing=clothing,
            total_count=total_count,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return await self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    async def list(
        self,
        *,
        page_num: int | Unset = 1,
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> PhotobookTaskPage:
        """List photobook tasks.

        The caller's photobook tasks, newest first, one page at a time (20 per page unless told).

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["photobook_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.PhotobookTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncIterator[PhotobookTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["photobook_list"],
            {
                "page_size": page_size,
            },
            models.PhotobookTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[PhotobookTask]:
        """Get several photobook tasks.

        Fetches several photobook tasks by id in one call; only the caller's own records are returned.
        Match results by `_id`, not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["photobook_batch_detail"],
            {
                "ids": ids,
            },
            models.PhotobookTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> PhotobookTask:
        """Get a photobook task.

        One photobook task with its status and, once `completed`, its photos. The server syncs the
        latest pipeline status before answering.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["photobook_get"],
            {
                "id": id,
            },
            models.PhotobookTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> None:
        """Delete a photobook task.

        Deletes one of the caller's photobook records. Refused with 400 while the record is in a status
        that cannot be deleted (for example `processing`); 404 when it does not exist or is not the
        caller's.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["photobook_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[PhotobookTask], object] | None = None,
    ) -> CompletedPhotobookTask:
        """Wait until job `id` is done and return its finished record (polls `photobook.get`).

        Polls with backoff (2 s growing to 30 s, with jitter) and retries transient errors of the
        poll; a status the spec does not list keeps the wait going. Never re-sends the start.

        Args:
            id: The job's id, from `start` (or a webhook, or another process).
            wait_timeout: Seconds to wait in all, the poll in flight included (A2E fails jobs after
                2 hours). Not the per-request `timeout` of the other methods.
            on_update: Called with the record each time its status changes.

        Raises:
            JobFailedError: The job failed; it carries the record, the failure code and message.
            JobTimeoutError: Not done within `wait_timeout`: the job may still be running; wait again with the same id.
            APIResponseValidationError: A poll answered a record that does not match the spec (its
                `body` holds the reply); the job is not affected: wait again with the same id.
        """
        return await self._runner.wait(
            _OPS["photobook_start"],
            id,
            models.PhotobookTask.from_dict,
            models.CompletedPhotobookTask.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[PhotobookTask], object] | None = None,
    ) -> builtins.list[CompletedPhotobookTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return await self._runner.wait_many(
            _OPS["photobook_start"],
            builtins.list(ids),
            models.PhotobookTask.from_dict,
            models.CompletedPhotobookTask.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncPhotobookResourceWithRawResponse:
    """Like `AsyncPhotobookResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncPhotobookResource) -> None:
        self.start = async_raw_response(resource.start)
        self.list = async_raw_response(resource.list)
        self.batch_detail = async_raw_response(resource.batch_detail)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)


class AsyncPhotobookQuotes:
    """What each job start of the photobook group would cost; nothing is started."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        face_image_url: str | FileInput,
        name: str | Unset = UNSET,
        location: str | Unset = UNSET,
        clothing: str | Unset = UNSET,
        total_count: PhotobookStartBodyTotalCount | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `photobook.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return await self._runner.quote(
            _OPS["photobook_start"],
            {
                "face_image_url": face_image_url,
                "name": name,
                "location": location,
                "clothing": clothing,
                "total_count": total_count,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
