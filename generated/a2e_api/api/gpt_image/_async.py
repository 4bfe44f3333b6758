"""The gpt_image group's asynchronous methods, generated from the spec."""

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

    from ...models import CompletedGptImageTask, GptImageTask
    from ...models.gpt_image_start_body_aspect_ratio import (
        GptImageStartBodyAspectRatio,
    )
    from ...models.gpt_image_start_body_model import (
        GptImageStartBodyModel,
    )
    from ...models.gpt_image_start_body_quality import (
        GptImageStartBodyQuality,
    )
    from ...models.gpt_image_start_body_resolution import (
        GptImageStartBodyResolution,
    )
    from ...models.gpt_image_task import GptImageTask
    from ...models.gpt_image_task_page import GptImageTaskPage
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncGptImageResource"]


class AsyncGptImageResource:
    """Operations of the gpt_image group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncGptImageResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncGptImageResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncGptImageQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncGptImageQuotes(self._runner)

    async def start(
        self,
        *,
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        model: GptImageStartBodyModel | Unset = UNSET,
        aspect_ratio: GptImageStartBodyAspectRatio | Unset = UNSET,
        quality: GptImageStartBodyQuality | Unset = UNSET,
        resolution: GptImageStartBodyResolution | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> GptImageTask:
        """Start a GPT Image task.

        Asynchronous: generates an image from a prompt (at most 3000 characters), or edits
        `input_images` (up to 16 with GPT Image 1.5). `gpt-image-1.5` costs 20 or 35 coins and
        uses `quality` and only the ratios 1:1, 3:2 and 2:3 (others become 1:1); `gpt-image-2`
        costs 25, 35 or 45 coins by `resolution` (1K, 2K, 4K), has its quality fixed to medium and
        takes all nine ratios, but 1:1 cannot be 4K (billed and made as 2K) and `auto` (or no
        ratio) allows only 1K. Returns the task record once accepted; wait with `get` (or
        `batch_detail`, or a webhook). Results are stored for 3 days. A 200 may also report that
        NSFW content was detected; `force_generate` generates anyway.

        Args:
            name: Task name.
            prompt: What to generate or how to edit; at most 3000 characters.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            input_images: Image URLs to edit; up to 16 with GPT Image 1.5.
            model: `gpt-image-1.5` (20/35 coins, `quality`, three ratios) or `gpt-image-2` (25/35/45 coins
                by `resolution`, quality fixed to medium, nine ratios).
            aspect_ratio: `gpt-image-1.5` supports only 1:1, 3:2 and 2:3 (others become 1:1); `gpt-image-2` all
                nine.
            quality: Image quality; `gpt-image-1.5` only.
            resolution: `gpt-image-2` only. 1:1 cannot be 4K; with `auto` (or no ratio) only 1K is accepted.
            force_generate: Generate even if NSFW content is detected.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["gpt_image_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "input_images": input_images,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "resolution": resolution,
                "force_generate": force_generate,
            },
            models.GptImageTask.from_dict,
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
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        model: GptImageStartBodyModel | Unset = UNSET,
        aspect_ratio: GptImageStartBodyAspectRatio | Unset = UNSET,
        quality: GptImageStartBodyQuality | Unset = UNSET,
        resolution: GptImageStartBodyResolution | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[GptImageTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedGptImageTask:
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
            input_images=input_images,
            model=model,
            aspect_ratio=aspect_ratio,
            quality=quality,
            resolution=resolution,
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
        page: int | Unset = 1,
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> GptImageTaskPage:
        """List GPT Image tasks.

        The caller's GPT Image tasks, one page at a time. Pages are `page` and `page_size` (not
        `pageNum` and `pageSize`).

        Args:
            page:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["gpt_image_list"],
            {
                "page": page,
                "page_size": page_size,
            },
            models.GptImageTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncIterator[GptImageTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["gpt_image_list"],
            {
                "page_size": page_size,
            },
            models.GptImageTask.from_dict,
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
    ) -> builtins.list[GptImageTask]:
        """Get several GPT Image tasks.

        Fetches several of the caller's GPT Image tasks by id in one call. Match results by `_id`, not
        by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["gpt_image_batch_detail"],
            {
                "ids": ids,
            },
            models.GptImageTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> GptImageTask:
        """Get a GPT Image task.

        One GPT Image task with its status and, once `completed`, its `image_urls`. Poll this to wait
        for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["gpt_image_get"],
            {
                "id": id,
            },
            models.GptImageTask.from_dict,
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
        """Delete a GPT Image task.

        Soft-deletes one of the caller's GPT Image tasks (hidden from the list afterwards). Do not
        assume a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["gpt_image_delete"],
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
        on_update: Callable[[GptImageTask], object] | None = None,
    ) -> CompletedGptImageTask:
        """Wait until job `id` is done and return its finished record (polls `gpt_image.get`).

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
            _OPS["gpt_image_start"],
            id,
            models.GptImageTask.from_dict,
            models.CompletedGptImageTask.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[GptImageTask], object] | None = None,
    ) -> builtins.list[CompletedGptImageTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return await self._runner.wait_many(
            _OPS["gpt_image_start"],
            builtins.list(ids),
            models.GptImageTask.from_dict,
            models.CompletedGptImageTask.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncGptImageResourceWithRawResponse:
    """Like `AsyncGptImageResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncGptImageResource) -> None:
        self.start = async_raw_response(resource.start)
        self.list = async_raw_response(resource.list)
        self.batch_detail = async_raw_response(resource.batch_detail)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)


class AsyncGptImageQuotes:
    """What each job start of the gpt_image group would cost; nothing is started."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        model: GptImageStartBodyModel | Unset = UNSET,
        aspect_ratio: GptImageStartBodyAspectRatio | Unset = UNSET,
        quality: GptImageStartBodyQuality | Unset = UNSET,
        resolution: GptImageStartBodyResolution | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `gpt_image.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return await self._runner.quote(
            _OPS["gpt_image_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "input_images": input_images,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "resolution": resolution,
                "force_generate": force_generate,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
