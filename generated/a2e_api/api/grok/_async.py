"""The grok group's asynchronous methods, generated from the spec."""

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

    from ...models import CompletedGrokVideoTask, GrokVideoTask
    from ...models.grok_start_body_aspect_ratio import (
        GrokStartBodyAspectRatio,
    )
    from ...models.grok_start_body_duration import (
        GrokStartBodyDuration,
    )
    from ...models.grok_start_body_mode import (
        GrokStartBodyMode,
    )
    from ...models.grok_start_body_model_type import (
        GrokStartBodyModelType,
    )
    from ...models.grok_start_body_model_version import (
        GrokStartBodyModelVersion,
    )
    from ...models.grok_video_task import GrokVideoTask
    from ...models.grok_video_task_page import GrokVideoTaskPage
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncGrokResource"]


class AsyncGrokResource:
    """Operations of the grok group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncGrokResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncGrokResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncGrokQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncGrokQuotes(self._runner)

    async def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_type: GrokStartBodyModelType | Unset = UNSET,
        model_version: GrokStartBodyModelVersion | Unset = UNSET,
        prompt: str | Unset = UNSET,
        mode: GrokStartBodyMode | Unset = UNSET,
        image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        aspect_ratio: GrokStartBodyAspectRatio | Unset = UNSET,
        duration: GrokStartBodyDuration | Unset = UNSET,
        nsfw_checker: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> GrokVideoTask:
        """Start a Grok Imagine video task.

        Asynchronous: creates a Grok Imagine video task, from a prompt (`text-to-video`) or from
        one or more reference images (`image-to-video`), 6, 10 or 15 seconds long. `model_version`
        `1.5` (Grok Imagine Video 1.5) does image-to-video only; for image-to-video the upstream
        may turn `spicy` mode into `normal`. Returns the task record once accepted; wait with
        `get` (or a webhook) until `current_status` is `completed` or `failed`. Charges credits.

        Args:
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name for identification.
            model_type: Generation mode.
            model_version: `1.5` is Grok Imagine Video 1.5, image-to-video only.
            prompt: What the video shows. Needed for `text-to-video`, optional for `image-to-video`.
            mode: Style mode; for image-to-video the upstream may fall back from `spicy` to `normal`.
            image_urls: Public URLs of the reference images; `image-to-video` needs at least one.
            image_url: A single reference image, as an alternative; the server prepends it to `image_urls`.
            aspect_ratio: Aspect ratio. Legacy text-to-video: 1:1, 16:9 or 9:16; legacy image-to-video may also
                take the 4:3-type ratios; version 1.5 accepts all.
            duration: Length in seconds, sent as a string.
            nsfw_checker: Run an extra NSFW check (Grok 1.5).

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["grok_start"],
            {
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "model_type": model_type,
                "model_version": model_version,
                "prompt": prompt,
                "mode": mode,
                "image_urls": image_urls,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "nsfw_checker": nsfw_checker,
            },
            models.GrokVideoTask.from_dict,
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
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_type: GrokStartBodyModelType | Unset = UNSET,
        model_version: GrokStartBodyModelVersion | Unset = UNSET,
        prompt: str | Unset = UNSET,
        mode: GrokStartBodyMode | Unset = UNSET,
        image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        aspect_ratio: GrokStartBodyAspectRatio | Unset = UNSET,
        duration: GrokStartBodyDuration | Unset = UNSET,
        nsfw_checker: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[GrokVideoTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedGrokVideoTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = await self.start(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            model_type=model_type,
            model_version=model_version,
            prompt=prompt,
            mode=mode,
            image_urls=image_urls,
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            duration=duration,
            nsfw_checker=nsfw_checker,
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
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> GrokVideoTaskPage:
        """List Grok Imagine video tasks.

        The caller's Grok Imagine video tasks, newest first, one page at a time.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["grok_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.GrokVideoTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncIterator[GrokVideoTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["grok_list"],
            {
                "page_size": page_size,
            },
            models.GrokVideoTask.from_dict,
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
    ) -> builtins.list[GrokVideoTask]:
        """Get several Grok Imagine video tasks.

        Fetches several of the caller's tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["grok_batch_detail"],
            {
                "ids": ids,
            },
            models.GrokVideoTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> GrokVideoTask:
        """Get a Grok Imagine video task.

        One task with its status and, once `completed`, its `result_url`. Poll this after `start` until
        `current_status` is `completed` or `failed`.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["grok_get"],
            {
                "id": id,
            },
            models.GrokVideoTask.from_dict,
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
        """Delete a Grok Imagine video task.

        Removes a task from the caller's task history; other tasks are unaffected. Do not assume a
        running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["grok_delete"],
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
        on_update: Callable[[GrokVideoTask], object] | None = None,
    ) -> CompletedGrokVideoTask:
        """Wait until job `id` is done and return its finished record (polls `grok.get`).

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
            _OPS["grok_start"],
            id,
            models.GrokVideoTask.from_dict,
            models.CompletedGrokVideoTask.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[GrokVideoTask], object] | None = None,
    ) -> builtins.list[CompletedGrokVideoTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return await self._runner.wait_many(
            _OPS["grok_start"],
            builtins.list(ids),
            models.GrokVideoTask.from_dict,
            models.CompletedGrokVideoTask.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncGrokResourceWithRawResponse:
    """Like `AsyncGrokResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncGrokResource) -> None:
        self.start = async_raw_response(resource.start)
        self.list = async_raw_response(resource.list)
        self.batch_detail = async_raw_response(resource.batch_detail)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)


class AsyncGrokQuotes:
    """What each job start of the grok group would cost; nothing is started."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_type: GrokStartBodyModelType | Unset = UNSET,
        model_version: GrokStartBodyModelVersion | Unset = UNSET,
        prompt: str | Unset = UNSET,
        mode: GrokStartBodyMode | Unset = UNSET,
        image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        aspect_ratio: GrokStartBodyAspectRatio | Unset = UNSET,
        duration: GrokStartBodyDuration | Unset = UNSET,
        nsfw_checker: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `grok.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return await self._runner.quote(
            _OPS["grok_start"],
            {
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "model_type": model_type,
                "model_version": model_version,
                "prompt": prompt,
                "mode": mode,
                "image_urls": image_urls,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "nsfw_checker": nsfw_checker,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
