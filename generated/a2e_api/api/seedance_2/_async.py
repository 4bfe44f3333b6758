"""The seedance_2 group's asynchronous methods, generated from the spec."""

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

    from ...models import CompletedSeedance2Task, Seedance2Task
    from ...models.quote import Quote
    from ...models.seedance_2_start_body_aspect_ratio import (
        Seedance2StartBodyAspectRatio,
    )
    from ...models.seedance_2_start_body_mode import (
        Seedance2StartBodyMode,
    )
    from ...models.seedance_2_start_body_model_version import (
        Seedance2StartBodyModelVersion,
    )
    from ...models.seedance_2_start_body_omni_reference_task_type import (
        Seedance2StartBodyOmniReferenceTaskType,
    )
    from ...models.seedance_2_start_body_resolution import (
        Seedance2StartBodyResolution,
    )
    from ...models.seedance_2_task import Seedance2Task
    from ...models.seedance_2_task_page import Seedance2TaskPage
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncSeedance2Resource"]


class AsyncSeedance2Resource:
    """Operations of the seedance_2 group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncSeedance2ResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncSeedance2ResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncSeedance2Quotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncSeedance2Quotes(self._runner)

    async def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        mode: Seedance2StartBodyMode | Unset = UNSET,
        model_version: Seedance2StartBodyModelVersion | Unset = UNSET,
        omni_reference_task_type: Seedance2StartBodyOmniReferenceTaskType | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        first_frame_url: str | FileInput | Unset = UNSET,
        last_frame_url: str | FileInput | Unset = UNSET,
        reference_urls: builtins.list[str | FileInput] | Unset = UNSET,
        video_urls: builtins.list[str | FileInput] | Unset = UNSET,
        audio_urls: builtins.list[str | FileInput] | Unset = UNSET,
        input_video_duration: float | Unset = UNSET,
        duration: int | Unset = UNSET,
        aspect_ratio: Seedance2StartBodyAspectRatio | Unset = UNSET,
        resolution: Seedance2StartBodyResolution | Unset = UNSET,
        generate_audio: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Seedance2Task:
        """Start a Seedance 2.x video task.

        Asynchronous: starts a Seedance 2.0 (`model_version` `standard`, `mini`, `fast`) or
        Seedance 2.5 (`2.5`) video task. `mode` selects which URL fields apply:
        `text-to-video`, `image-to-video` (`image_url`, optional `last_frame_url`),
        `first-last-frames` (`first_frame_url` and `last_frame_url`) or `reference`
        (`reference_urls`, `video_urls`, `audio_urls`). Only public URLs are accepted (no
        `asset://`); the server probes the reference videos' durations and bills
        max(measured, `input_video_duration`). Seedance 2.5 allows 30 s output and more
        references. A suspected minor (code 1004) stops the call unless `minor_suspected_skip`
        is set; a detected minor (code 1003) always does. Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.

        Args:
            prompt: Generation prompt.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            mode: Selects which URL fields apply; audio-only references are allowed on 2.5, not 2.0.
            model_version: `standard`, `mini` and `fast` are Seedance 2.0 tiers; `2.5` selects Seedance 2.5.
            omni_reference_task_type: Seedance 2.5 reference hint; `edit` forces the adaptive ratio, duration -1 and exactly
                one video.
            image_url: First frame for `image-to-video`.
            first_frame_url: First frame; required in `first-last-frames` mode.
            last_frame_url: Last frame; optional for `image-to-video`, required for `first-last-frames`.
            reference_urls: Reference images; at most 9 on 2.0, 30 on 2.5.
            video_urls: Reference videos (mp4/mov); 2.0 takes at most 3 clips of 2 to 15 s, 2.5 at most 10 and
                30 s in total. The server probes their durations.
            audio_urls: Reference audio (mp3/wav); 2.0 takes at most 3 of 2 to 15 s, 15 s in total, and needs an
                image or video too; 2.5 takes at most 10.
            input_video_duration: The client's estimate of the reference videos' seconds; billing uses max(measured,
                estimate).
            duration: Output seconds, at most 15 on 2.0 and 30 on 2.5; Seedance 2.5 edit requires -1. A public
                caller measured HTTP 400 for 4 s or less on 2.0.
            aspect_ratio: Output aspect ratio; `adaptive` follows the input.
            resolution: 4k only on 2.0 `standard`; 2.5 up to 1080p; 2.0 `fast` and `mini` 480p or 720p only.
            generate_audio: Audio is included by default and in the price; send `false` to turn it off.
            minor_suspected_skip: Bypass the soft suspected-minor block (code 1004); the minor block (code 1003) always
                applies.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["seedance_2_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "mode": mode,
                "model_version": model_version,
                "omni_reference_task_type": omni_reference_task_type,
                "image_url": image_url,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "reference_urls": reference_urls,
                "video_urls": video_urls,
                "audio_urls": audio_urls,
                "input_video_duration": input_video_duration,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "minor_suspected_skip": minor_suspected_skip,
            },
            models.Seedance2Task.from_dict,
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
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        mode: Seedance2StartBodyMode | Unset = UNSET,
        model_version: Seedance2StartBodyModelVersion | Unset = UNSET,
        omni_reference_task_type: Seedance2StartBodyOmniReferenceTaskType | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        first_frame_url: str | FileInput | Unset = UNSET,
        last_frame_url: str | FileInput | Unset = UNSET,
        reference_urls: builtins.list[str | FileInput] | Unset = UNSET,
        video_urls: builtins.list[str | FileInput] | Unset = UNSET,
        audio_urls: builtins.list[str | FileInput] | Unset = UNSET,
        input_video_duration: float | Unset = UNSET,
        duration: int | Unset = UNSET,
        aspect_ratio: Seedance2StartBodyAspectRatio | Unset = UNSET,
        resolution: Seedance2StartBodyResolution | Unset = UNSET,
        generate_audio: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[Seedance2Task], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedSeedance2Task:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = await self.start(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            mode=mode,
            model_version=model_version,
            omni_reference_task_type=omni_reference_task_type,
            image_url=image_url,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_urls=reference_urls,
            video_urls=video_urls,
            audio_urls=audio_urls,
            input_video_duration=input_video_duration,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            generate_audio=generate_audio,
            minor_suspected_skip=minor_suspected_skip,
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
    ) -> Seedance2TaskPage:
        """List Seedance 2.x tasks.

        The caller's Seedance 2.x video tasks, one page at a time.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["seedance_2_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.Seedance2TaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncIterator[Seedance2Task]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["seedance_2_list"],
            {
                "page_size": page_size,
            },
            models.Seedance2Task.from_dict,
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
    ) -> builtins.list[Seedance2Task]:
        """Get several Seedance 2.x tasks.

        Fetches up to 200 of the caller's Seedance 2.x tasks by id in one call. Match results by `_id`,
        not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["seedance_2_batch_detail"],
            {
                "ids": ids,
            },
            models.Seedance2Task.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Seedance2Task:
        """Get a Seedance 2.x task.

        One Seedance 2.x task with its settings, status and, once `completed`, its `result_url`. Poll
        this to wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["seedance_2_get"],
            {
                "id": id,
            },
            models.Seedance2Task.from_dict,
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
        """Rename a Seedance 2.x task.

        Gives a Seedance 2.x task a new name; its settings, status and output are unchanged.

        Args:
            id: The record's id.
            name: The new name.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["seedance_2_update"],
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
        """Delete a Seedance 2.x task.

        Removes a Seedance 2.x task from the caller's history; other tasks are not affected. Deleting
        does not cancel running work.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["seedance_2_delete"],
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
        on_update: Callable[[Seedance2Task], object] | None = None,
    ) -> CompletedSeedance2Task:
        """Wait until job `id` is done and return its finished record (polls `seedance_2.get`).

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
            _OPS["seedance_2_start"],
            id,
            models.Seedance2Task.from_dict,
            models.CompletedSeedance2Task.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[Seedance2Task], object] | None = None,
    ) -> builtins.list[CompletedSeedance2Task | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return await self._runner.wait_many(
            _OPS["seedance_2_start"],
            builtins.list(ids),
            models.Seedance2Task.from_dict,
            models.CompletedSeedance2Task.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncSeedance2ResourceWithRawResponse:
    """Like `AsyncSeedance2Resource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncSeedance2Resource) -> None:
        self.start = async_raw_response(resource.start)
        self.list = async_raw_response(resource.list)
        self.batch_detail = async_raw_response(resource.batch_detail)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)


class AsyncSeedance2Quotes:
    """What each job start of the seedance_2 group would cost; nothing is started."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        mode: Seedance2StartBodyMode | Unset = UNSET,
        model_version: Seedance2StartBodyModelVersion | Unset = UNSET,
        omni_reference_task_type: Seedance2StartBodyOmniReferenceTaskType | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        first_frame_url: str | FileInput | Unset = UNSET,
        last_frame_url: str | FileInput | Unset = UNSET,
        reference_urls: builtins.list[str | FileInput] | Unset = UNSET,
        video_urls: builtins.list[str | FileInput] | Unset = UNSET,
        audio_urls: builtins.list[str | FileInput] | Unset = UNSET,
        input_video_duration: float | Unset = UNSET,
        duration: int | Unset = UNSET,
        aspect_ratio: Seedance2StartBodyAspectRatio | Unset = UNSET,
        resolution: Seedance2StartBodyResolution | Unset = UNSET,
        generate_audio: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `seedance_2.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return await self._runner.quote(
            _OPS["seedance_2_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "mode": mode,
                "model_version": model_version,
                "omni_reference_task_type": omni_reference_task_type,
                "image_url": image_url,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "reference_urls": reference_urls,
                "video_urls": video_urls,
                "audio_urls": audio_urls,
                "input_video_duration": input_video_duration,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "minor_suspected_skip": minor_suspected_skip,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
