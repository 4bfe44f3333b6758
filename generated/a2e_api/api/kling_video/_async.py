"""The kling_video group's asynchronous methods, generated from the spec."""

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

    from ...models import CompletedKlingVideoTask, KlingVideoTask
    from ...models.kling_video_start_body_aspect_ratio import (
        KlingVideoStartBodyAspectRatio,
    )
    from ...models.kling_video_start_body_character_orientation import (
        KlingVideoStartBodyCharacterOrientation,
    )
    from ...models.kling_video_start_body_duration import (
        KlingVideoStartBodyDuration,
    )
    from ...models.kling_video_start_body_mode import (
        KlingVideoStartBodyMode,
    )
    from ...models.kling_video_start_body_model_version import (
        KlingVideoStartBodyModelVersion,
    )
    from ...models.kling_video_start_body_quality_mode import (
        KlingVideoStartBodyQualityMode,
    )
    from ...models.kling_video_start_body_resolution import (
        KlingVideoStartBodyResolution,
    )
    from ...models.kling_video_start_body_version import (
        KlingVideoStartBodyVersion,
    )
    from ...models.kling_video_task import KlingVideoTask
    from ...models.kling_video_task_page import KlingVideoTaskPage
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncKlingVideoResource"]


class AsyncKlingVideoResource:
    """Operations of the kling_video group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncKlingVideoResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncKlingVideoResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncKlingVideoQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncKlingVideoQuotes(self._runner)

    async def start(
        self,
        *,
        mode: KlingVideoStartBodyMode,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: KlingVideoStartBodyVersion | Unset = UNSET,
        model_version: KlingVideoStartBodyModelVersion | Unset = UNSET,
        resolution: KlingVideoStartBodyResolution | Unset = UNSET,
        quality_mode: KlingVideoStartBodyQualityMode | Unset = UNSET,
        duration: KlingVideoStartBodyDuration | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        video_url: str | FileInput | Unset = UNSET,
        aspect_ratio: KlingVideoStartBodyAspectRatio | Unset = UNSET,
        sound: bool | Unset = UNSET,
        end_image_url: str | FileInput | Unset = UNSET,
        character_orientation: KlingVideoStartBodyCharacterOrientation | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        seed: float | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> KlingVideoTask:
        """Start a Kling video task.

        Asynchronous: creates a Kling video task on Kling's official API. `mode` picks
        `text-to-video`, `image-to-video` (needs `image_url`; `end_image_url` sets the last frame,
        PRO only) or `motion-control` (moves the motion of `video_url` onto `image_url`).
        `version` 2.6 makes 5 or 10 s; 3.0 makes 3 to 15 s, with `model_version` `fast` (text and
        image modes, 3 to 15 s, sized by `resolution` instead of 4k). `quality_mode` `4k` is for
        Kling 3.0 text- or image-to-video only and is billed as its own tier; `sound` needs v2.6 PRO
        or v3.0 STD/PRO. Returns the task record once accepted; wait with `get` (or a webhook).
        Charges credits.

        Args:
            mode: Generation mode; `motion-control` moves the motion of a video onto an image.
            prompt: What the video should show.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            version: Kling version: 2.6 makes 5 or 10 s, 3.0 makes 3 to 15 s.
            model_version: Kling 3.0 variant; `fast` needs version 3.0, the text or image mode and 3 to 15 s, and
                is sized by `resolution` (no 4k).
            resolution: Output resolution when `model_version` is `fast`.
            quality_mode: Quality tier; `4k` only for Kling 3.0 text- or image-to-video (billed as its own tier).
            duration: Length in seconds, sent as a string; version 2.6 allows 5 or 10, 3.0 allows 3 to 15.
            image_url: Public URL of the input image; needed for `image-to-video` and `motion-control`.
            video_url: Public URL of the motion source video; needed for `motion-control`.
            aspect_ratio: Aspect ratio, for `text-to-video` only.
            sound: Generate audio; v2.6 PRO only, v3.0 STD or PRO; 4K is billed as a separate tier.
            end_image_url: Public URL of the last-frame image; `image-to-video` PRO only, and not with `sound` in
                v2.6.
            character_orientation: Motion-control: `image` limits the duration to 3 to 10 s, `video` allows 3 to 30 s.
            negative_prompt: Elements to avoid.
            seed: Random seed for reproducible results.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["kling_video_start"],
            {
                "mode": mode,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "version": version,
                "model_version": model_version,
                "resolution": resolution,
                "quality_mode": quality_mode,
                "duration": duration,
                "image_url": image_url,
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "sound": sound,
                "end_image_url": end_image_url,
                "character_orientation": character_orientation,
                "negative_prompt": negative_prompt,
                "seed": seed,
            },
            models.KlingVideoTask.from_dict,
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
        mode: KlingVideoStartBodyMode,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: KlingVideoStartBodyVersion | Unset = UNSET,
        model_version: KlingVideoStartBodyModelVersion | Unset = UNSET,
        resolution: KlingVideoStartBodyResolution | Unset = UNSET,
        quality_mode: KlingVideoStartBodyQualityMode | Unset = UNSET,
        duration: KlingVideoStartBodyDuration | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        video_url: str | FileInput | Unset = UNSET,
        aspect_ratio: KlingVideoStartBodyAspectRatio | Unset = UNSET,
        sound: bool | Unset = UNSET,
        end_image_url: str | FileInput | Unset = UNSET,
        character_orientation: KlingVideoStartBodyCharacterOrientation | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        seed: float | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[KlingVideoTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedKlingVideoTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = await self.start(
            mode=mode,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            version=version,
            model_version=model_version,
            resolution=resolution,
            quality_mode=quality_mode,
            duration=duration,
            image_url=image_url,
            video_url=video_url,
            aspect_ratio=aspect_ratio,
            sound=sound,
            end_image_url=end_image_url,
            character_orientation=character_orientation,
            negative_prompt=negative_prompt,
            seed=seed,
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
    ) -> KlingVideoTaskPage:
        """List Kling video tasks.

        The caller's Kling video tasks, one page at a time (20 per page by default).

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["kling_video_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.KlingVideoTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncIterator[KlingVideoTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["kling_video_list"],
            {
                "page_size": page_size,
            },
            models.KlingVideoTask.from_dict,
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
    ) -> builtins.list[KlingVideoTask]:
        """Get several Kling video tasks.

        Fetches several of the caller's tasks by id in one call (at most 200). Match results by `_id`,
        not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["kling_video_batch_detail"],
            {
                "ids": ids,
            },
            models.KlingVideoTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> KlingVideoTask:
        """Get a Kling video task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task;
        an unknown id answers 404.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["kling_video_get"],
            {
                "id": id,
            },
            models.KlingVideoTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def update(
        self,
        id: str,
        *,
        name: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Rename a Kling video task.

        Changes a task's name; its settings, status and outputs stay as they are. An unknown id answers
        404.

        Args:
            id: The record's id.
            name: The new task name.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["kling_video_update"],
            {
                "id": id,
                "name": name,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> None:
        """Delete a Kling video task.

        Removes a task from the caller's task history; other tasks are unaffected. Do not assume a
        running task is cancelled. An unknown id answers 404.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["kling_video_delete"],
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
        on_update: Callable[[KlingVideoTask], object] | None = None,
    ) -> CompletedKlingVideoTask:
        """Wait until job `id` is done and return its finished record (polls `kling_video.get`).

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
            _OPS["kling_video_start"],
            id,
            models.KlingVideoTask.from_dict,
            models.CompletedKlingVideoTask.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[KlingVideoTask], object] | None = None,
    ) -> builtins.list[CompletedKlingVideoTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return await self._runner.wait_many(
            _OPS["kling_video_start"],
            builtins.list(ids),
            models.KlingVideoTask.from_dict,
            models.CompletedKlingVideoTask.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncKlingVideoResourceWithRawResponse:
    """Like `AsyncKlingVideoResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncKlingVideoResource) -> None:
        self.start = async_raw_response(resource.start)
        self.list = async_raw_response(resource.list)
        self.batch_detail = async_raw_response(resource.batch_detail)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)


class AsyncKlingVideoQuotes:
    """What each job start of the kling_video group would cost; nothing is started."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        mode: KlingVideoStartBodyMode,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: KlingVideoStartBodyVersion | Unset = UNSET,
        model_version: KlingVideoStartBodyModelVersion | Unset = UNSET,
        resolution: KlingVideoStartBodyResolution | Unset = UNSET,
        quality_mode: KlingVideoStartBodyQualityMode | Unset = UNSET,
        duration: KlingVideoStartBodyDuration | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        video_url: str | FileInput | Unset = UNSET,
        aspect_ratio: KlingVideoStartBodyAspectRatio | Unset = UNSET,
        sound: bool | Unset = UNSET,
        end_image_url: str | FileInput | Unset = UNSET,
        character_orientation: KlingVideoStartBodyCharacterOrientation | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        seed: float | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `kling_video.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return await self._runner.quote(
            _OPS["kling_video_start"],
            {
                "mode": mode,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "version": version,
                "model_version": model_version,
                "resolution": resolution,
                "quality_mode": quality_mode,
                "duration": duration,
                "image_url": image_url,
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "sound": sound,
                "end_image_url": end_image_url,
                "character_orientation": character_orientation,
                "negative_prompt": negative_prompt,
                "seed": seed,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
