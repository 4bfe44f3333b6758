"""The talking_photo group's asynchronous methods, generated from the spec."""

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

    from ...models import CompletedTalkingPhotoTask, TalkingPhotoTask
    from ...models.quote import Quote
    from ...models.talking_photo_task import TalkingPhotoTask
    from ...models.talking_photo_task_page import TalkingPhotoTaskPage
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncTalkingPhotoResource"]


class AsyncTalkingPhotoResource:
    """Operations of the talking_photo group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncTalkingPhotoResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncTalkingPhotoResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncTalkingPhotoQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncTalkingPhotoQuotes(self._runner)

    async def start(
        self,
        *,
        name: str,
        image_url: str | FileInput,
        prompt: str,
        negative_prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        audio_url: str | FileInput | Unset = UNSET,
        duration: int | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> TalkingPhotoTask:
        """Start a talking photo task.

        Asynchronous: animates a portrait image into a talking video driven by audio. Returns the task
        record once accepted; wait with `get` (or a webhook). Charges credits; failed tasks are
        refunded.

        Args:
            name: Task name.
            image_url: Public URL of the portrait image.
            prompt: Generation prompt.
            negative_prompt: Features to avoid.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            audio_url: Public URL of the driving audio.
            duration: Output length in seconds.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["talking_photo_start"],
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "audio_url": audio_url,
                "duration": duration,
            },
            models.TalkingPhotoTask.from_dict,
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
        image_url: str | FileInput,
        prompt: str,
        negative_prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        audio_url: str | FileInput | Unset = UNSET,
        duration: int | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[TalkingPhotoTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedTalkingPhotoTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = await self.start(
            name=name,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            audio_url=audio_url,
            duration=duration,
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
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> TalkingPhotoTaskPage:
        """List talking photo tasks.

        The caller's talking photo tasks, newest first, one page at a time.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["talking_photo_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.TalkingPhotoTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncIterator[TalkingPhotoTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["talking_photo_list"],
            {
                "page_size": page_size,
            },
            models.TalkingPhotoTask.from_dict,
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
    ) -> builtins.list[TalkingPhotoTask]:
        """Get several talking photo tasks.

        Fetches several tasks by id in one call. Match results by `_id`, not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["talking_photo_batch_detail"],
            {
                "ids": ids,
            },
            models.TalkingPhotoTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> TalkingPhotoTask:
        """Get a talking photo task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["talking_photo_get"],
            {
                "id": id,
            },
            models.TalkingPhotoTask.from_dict,
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
        """Delete a talking photo task.

        Removes a task from the history. Do not assume a running task is cancelled. Answers no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["talking_photo_delete"],
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
        on_update: Callable[[TalkingPhotoTask], object] | None = None,
    ) -> CompletedTalkingPhotoTask:
        """Wait until job `id` is done and return its finished record (polls `talking_photo.get`).

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
            _OPS["talking_photo_start"],
            id,
            models.TalkingPhotoTask.from_dict,
            models.CompletedTalkingPhotoTask.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[TalkingPhotoTask], object] | None = None,
    ) -> builtins.list[CompletedTalkingPhotoTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return await self._runner.wait_many(
            _OPS["talking_photo_start"],
            builtins.list(ids),
            models.TalkingPhotoTask.from_dict,
            models.CompletedTalkingPhotoTask.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncTalkingPhotoResourceWithRawResponse:
    """Like `AsyncTalkingPhotoResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncTalkingPhotoResource) -> None:
        self.start = async_raw_response(resource.start)
        self.list = async_raw_response(resource.list)
        self.batch_detail = async_raw_response(resource.batch_detail)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)


class AsyncTalkingPhotoQuotes:
    """What each job start of the talking_photo group would cost; nothing is started."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        name: str,
        image_url: str | FileInput,
        prompt: str,
        negative_prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        audio_url: str | FileInput | Unset = UNSET,
        duration: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `talking_photo.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return await self._runner.quote(
            _OPS["talking_photo_start"],
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "audio_url": audio_url,
                "duration": duration,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
