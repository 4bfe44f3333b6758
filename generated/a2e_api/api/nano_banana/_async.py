"""The nano_banana group's asynchronous methods, generated from the spec."""

from __future__ import annotations

import builtins
import functools
import warnings
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

    from ...models import CompletedNanoBananaTask, NanoBananaTask
    from ...models.nano_banana_list_status import (
        NanoBananaListStatus,
    )
    from ...models.nano_banana_start_body_aspect_ratio import (
        NanoBananaStartBodyAspectRatio,
    )
    from ...models.nano_banana_start_body_image_size import (
        NanoBananaStartBodyImageSize,
    )
    from ...models.nano_banana_start_body_model import (
        NanoBananaStartBodyModel,
    )
    from ...models.nano_banana_task import NanoBananaTask
    from ...models.nano_banana_task_page import NanoBananaTaskPage
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncNanoBananaResource"]


class AsyncNanoBananaResource:
    """Operations of the nano_banana group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncNanoBananaResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncNanoBananaResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncNanoBananaQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncNanoBananaQuotes(self._runner)

    async def start(
        self,
        *,
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        model: NanoBananaStartBodyModel | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: NanoBananaStartBodyAspectRatio | Unset = UNSET,
        image_size: NanoBananaStartBodyImageSize | Unset = UNSET,
        google_search: bool | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> NanoBananaTask:
        """Start a Nano Banana image task.

        Asynchronous: generates an image from a prompt, or edits and composes `input_images`.
        `nano-banana` has no resolution control (and switches to edit mode when given images);
        `nano-banana-pro` and `nano-banana-2` honour `image_size`; `nano-banana-2-lite` is 1K only;
        `google_search` grounding works with `nano-banana-2` only. Returns the task record once
        accepted; wait with `get` (or `batch_detail`, or a webhook). Charges credits; failed tasks
        are refunded. A 200 may also report that NSFW content was detected (the prompt or images
        are pre-filtered); `force_generate` (default `true` for API tokens) generates anyway.

        Args:
            name: Task name.
            prompt: What to generate, or how to edit the input images.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            model: `nano-banana` has no resolution control; `nano-banana-pro` and `nano-banana-2` honour
                `image_size`; `nano-banana-2-lite` is 1K only.
            input_images: Input image URLs, for editing and composition.
            aspect_ratio: Output aspect ratio.
            image_size: Output size; honoured by `nano-banana-pro` and `nano-banana-2`, forced to 1K on `nano-
                banana-2-lite`.
            google_search: Ground the image in Google web search results; `nano-banana-2` only.
            force_generate: Generate even if NSFW content is detected (default `true` for API tokens, `false` in the
                web app).

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["nano_banana_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "model": model,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "google_search": google_search,
                "force_generate": force_generate,
            },
            models.NanoBananaTask.from_dict,
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
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        model: NanoBananaStartBodyModel | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: NanoBananaStartBodyAspectRatio | Unset = UNSET,
        image_size: NanoBananaStartBodyImageSize | Unset = UNSET,
        google_search: bool | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[NanoBananaTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedNanoBananaTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = await self.start(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            model=model,
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            google_search=google_search,
            force_generate=force_generate,
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
        page_size: int | Unset = 10,
        status: NanoBananaListStatus | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> NanoBananaTaskPage:
        """List Nano Banana tasks.

        The caller's Nano Banana tasks, one page at a time, optionally only those in one `status`.

        Args:
            page_num:
            page_size:
            status:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["nano_banana_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
                "status": status,
            },
            models.NanoBananaTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        status: NanoBananaListStatus | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncIterator[NanoBananaTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["nano_banana_list"],
            {
                "page_size": page_size,
                "status": status,
            },
            models.NanoBananaTask.from_dict,
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
    ) -> builtins.list[NanoBananaTask]:
        """Get several Nano Banana tasks.

        Fetches several of the caller's Nano Banana tasks by id in one call. Match results by `_id`, not
        by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["nano_banana_batch_detail"],
            {
                "ids": ids,
            },
            models.NanoBananaTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> NanoBananaTask:
        """Get a Nano Banana task.

        One Nano Banana task with its status and, once `completed`, its `image_urls`. Poll this to wait
        for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["nano_banana_get"],
            {
                "id": id,
            },
            models.NanoBananaTask.from_dict,
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
        """Delete a Nano Banana task.

        Soft-deletes one of the caller's Nano Banana tasks (kept, but hidden from the lists). Do not
        assume a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["nano_banana_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def get_legacy(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> NanoBananaTask:
        """Get a Nano Banana task (older route).

        Deprecated: the catalog's detail route is `/detail/{id}`; use `get`. Kept because public
        callers (P3) poll this route, but one caller (P6) reports that it answers HTTP 404 and looks
        tasks up in the list instead: expect `NotFoundError`. Would answer the same record as `get`.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        warnings.warn(
            "nano_banana.get_legacy is deprecated: the catalog's detail route is `/detail/{id}`; use `get`",
            DeprecationWarning,
            stacklevel=2,
        )

        return await self._runner.call(
            _OPS["nano_banana_get_legacy"],
            {
                "id": id,
            },
            models.NanoBananaTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[NanoBananaTask], object] | None = None,
    ) -> CompletedNanoBananaTask:
        """Wait until job `id` is done and return its finished record (polls `nano_banana.get`).

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
            _OPS["nano_banana_start"],
            id,
            models.NanoBananaTask.from_dict,
            models.CompletedNanoBananaTask.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[NanoBananaTask], object] | None = None,
    ) -> builtins.list[CompletedNanoBananaTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return await self._runner.wait_many(
            _OPS["nano_banana_start"],
            builtins.list(ids),
            models.NanoBananaTask.from_dict,
            models.CompletedNanoBananaTask.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncNanoBananaResourceWithRawResponse:
    """Like `AsyncNanoBananaResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncNanoBananaResource) -> None:
        self.start = async_raw_response(resource.start)
        self.list = async_raw_response(resource.list)
        self.batch_detail = async_raw_response(resource.batch_detail)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.get_legacy = async_raw_response(resource.get_legacy)


class AsyncNanoBananaQuotes:
    """What each job start of the nano_banana group would cost; nothing is started."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        model: NanoBananaStartBodyModel | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: NanoBananaStartBodyAspectRatio | Unset = UNSET,
        image_size: NanoBananaStartBodyImageSize | Unset = UNSET,
        google_search: bool | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `nano_banana.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return await self._runner.quote(
            _OPS["nano_banana_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "model": model,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "google_search": google_search,
                "force_generate": force_generate,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
