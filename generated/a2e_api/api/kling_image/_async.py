"""The kling_image group's asynchronous methods, generated from the spec."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Iterable
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

    from ...models import CompletedKlingImageTask, KlingImageTask
    from ...models.kling_image_start_body_aspect_ratio import (
        KlingImageStartBodyAspectRatio,
    )
    from ...models.kling_image_start_body_resolution import (
        KlingImageStartBodyResolution,
    )
    from ...models.kling_image_task import KlingImageTask
    from ...models.kling_image_task_page import KlingImageTaskPage
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncKlingImageResource"]


class AsyncKlingImageResource:
    """Operations of the kling_image group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncKlingImageResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncKlingImageResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncKlingImageQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncKlingImageQuotes(self._runner)

    async def start(
        self,
        *,
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: KlingImageStartBodyAspectRatio | Unset = UNSET,
        resolution: KlingImageStartBodyResolution | Unset = UNSET,
        n: int | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[KlingImageTask]:
        """Start Kling 3.0 image tasks.

        Asynchronous: generates `n` images (1 to 9) from a prompt and optional reference images.
        The catalog says a call creates one or more tasks, so `data` is a list of task records;
        wait for each with `get` (or `batch_detail`, or a webhook). `resolution` is written with a
        lower-case k (`1k`, `2k`), unlike the other image families. Charges credits; failed tasks
        are refunded.

        Args:
            name: Task name.
            prompt: What to generate.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            input_images: Public reference image URLs.
            aspect_ratio: Output aspect ratio.
            resolution: Output resolution, with a lower-case k.
            n: How many images to generate.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["kling_image_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "n": n,
            },
            models.KlingImageTask.list_from,
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
        aspect_ratio: KlingImageStartBodyAspectRatio | Unset = UNSET,
        resolution: KlingImageStartBodyResolution | Unset = UNSET,
        n: int | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[KlingImageTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[CompletedKlingImageTask]:
        """`start`, then `wait`: the finished records, result fields set.

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
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            n=n,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return [await self.wait(task.id, wait_timeout=wait_timeout, on_update=on_update) for task in started]

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> KlingImageTaskPage:
        """List Kling 3.0 image tasks.

        The caller's Kling 3.0 image tasks. The catalog calls the list paginated but documents no page
        parameters, so this client sends none.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["kling_image_list"],
            {},
            models.KlingImageTaskPage.from_dict,
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
    ) -> builtins.list[KlingImageTask]:
        """Get several Kling 3.0 image tasks.

        Fetches up to 200 of the caller's Kling 3.0 image tasks by id in one call. Match results by
        `_id`, not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["kling_image_batch_detail"],
            {
                "ids": ids,
            },
            models.KlingImageTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> KlingImageTask:
        """Get a Kling 3.0 image task.

        One Kling 3.0 image task with its status and, once `completed`, its `image_urls`. Poll this to
        wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["kling_image_get"],
            {
                "id": id,
            },
            models.KlingImageTask.from_dict,
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
        """Delete a Kling 3.0 image task.

        Soft-deletes one of the caller's Kling 3.0 image tasks (hidden from the list afterwards). Do not
        assume a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["kling_image_delete"],
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
        on_update: Callable[[KlingImageTask], object] | None = None,
    ) -> CompletedKlingImageTask:
        """Wait until job `id` is done and return its finished record (polls `kling_image.get`).

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
            _OPS["kling_image_start"],
            id,
            models.KlingImageTask.from_dict,
            models.CompletedKlingImageTask.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[KlingImageTask], object] | None = None,
    ) -> builtins.list[CompletedKlingImageTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return await self._runner.wait_many(
            _OPS["kling_image_start"],
            builtins.list(ids),
            models.KlingImageTask.from_dict,
            models.CompletedKlingImageTask.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncKlingImageResourceWithRawResponse:
    """Like `AsyncKlingImageResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncKlingImageResource) -> None:
        self.start = async_raw_response(resource.start)
        self.list = async_raw_response(resource.list)
        self.batch_detail = async_raw_response(resource.batch_detail)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)


class AsyncKlingImageQuotes:
    """What each job start of the kling_image group would cost; nothing is started."""

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
        aspect_ratio: KlingImageStartBodyAspectRatio | Unset = UNSET,
        resolution: KlingImageStartBodyResolution | Unset = UNSET,
        n: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `kling_image.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return await self._runner.quote(
            _OPS["kling_image_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "n": n,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
