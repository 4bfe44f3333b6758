"""The happyhorse group's asynchronous methods, generated from the spec."""

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

    from ...models import CompletedHappyHorseTask, HappyHorseTask
    from ...models.happy_horse_task import HappyHorseTask
    from ...models.happy_horse_task_page import HappyHorseTaskPage
    from ...models.happyhorse_start_body_audio_setting import (
        HappyhorseStartBodyAudioSetting,
    )
    from ...models.happyhorse_start_body_duration import (
        HappyhorseStartBodyDuration,
    )
    from ...models.happyhorse_start_body_mode import (
        HappyhorseStartBodyMode,
    )
    from ...models.happyhorse_start_body_model_version import (
        HappyhorseStartBodyModelVersion,
    )
    from ...models.happyhorse_start_body_ratio import (
        HappyhorseStartBodyRatio,
    )
    from ...models.happyhorse_start_body_resolution import (
        HappyhorseStartBodyResolution,
    )
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncHappyhorseResource"]


class AsyncHappyhorseResource:
    """Operations of the happyhorse group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncHappyhorseResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncHappyhorseResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncHappyhorseQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncHappyhorseQuotes(self._runner)

    async def start(
        self,
        *,
        mode: HappyhorseStartBodyMode,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_version: HappyhorseStartBodyModelVersion | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        reference_image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        edit_video_url: str | FileInput | Unset = UNSET,
        input_video_seconds: float | Unset = UNSET,
        duration: HappyhorseStartBodyDuration | Unset = UNSET,
        resolution: HappyhorseStartBodyResolution | Unset = UNSET,
        ratio: HappyhorseStartBodyRatio | Unset = UNSET,
        audio_setting: HappyhorseStartBodyAudioSetting | Unset = UNSET,
        seed: int | Unset = UNSET,
        watermark: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> HappyHorseTask:
        """Start a HappyHorse video task.

        Asynchronous: starts a HappyHorse video task. `mode` is `t2v` (text), `i2v` (first-frame
        image, `image_url`), `r2v` (1 to 9 `reference_image_urls`) or `video-edit`
        (`edit_video_url`, 0 to 5 reference images). `model_version` `1.0` (the default) or `1.1`
        (3 to 15 s, more ratios, 480P) applies to t2v, i2v and r2v; video editing always runs on
        1.0. Returns the task record once accepted; wait with `get` (or a webhook). Charges
        credits; failed tasks are refunded.

        Args:
            mode: Generation mode: text, image (first frame), references, or video editing.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            model_version: For t2v, i2v and r2v (video-edit always runs on 1.0); 1.1 adds 3 to 15 s, more ratios
                and 480P.
            prompt: Generation prompt; needed for t2v, r2v and video-edit, optional for i2v.
            image_url: First-frame image; i2v only.
            reference_image_urls: Reference images; r2v needs 1 to 9, video-edit accepts 0 to 5.
            edit_video_url: The source video; video-edit only.
            input_video_seconds: The input video's length as measured by the client, used to estimate video-edit credits.
            duration: Seconds, as a string; 1.0 takes 5, 10 or 15, 1.1 takes 3 to 15; ignored for video-edit.
            resolution: 480P only with 1.1 t2v, i2v and r2v; otherwise 720P or 1080P.
            ratio: t2v and r2v only; 1.0 supports the first five values, 1.1 all of them.
            audio_setting: video-edit only: `auto` lets the model choose the audio, `origin` keeps the original.
            seed: Reproducibility seed, from 0 to 2147483647.
            watermark: DashScope watermark on or off.
            minor_suspected_skip: Acknowledge a suspected minor (error code 1004) and continue.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["happyhorse_start"],
            {
                "mode": mode,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "model_version": model_version,
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_urls": reference_image_urls,
                "edit_video_url": edit_video_url,
                "input_video_seconds": input_video_seconds,
                "duration": duration,
                "resolution": resolution,
                "ratio": ratio,
                "audio_setting": audio_setting,
                "seed": seed,
                "watermark": watermark,
                "minor_suspected_skip": minor_suspected_skip,
            },
            models.HappyHorseTask.from_dict,
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
        mode: HappyhorseStartBodyMode,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_version: HappyhorseStartBodyModelVersion | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        reference_image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        edit_video_url: str | FileInput | Unset = UNSET,
        input_video_seconds: float | Unset = UNSET,
        duration: HappyhorseStartBodyDuration | Unset = UNSET,
        resolution: HappyhorseStartBodyResolution | Unset = UNSET,
        ratio: HappyhorseStartBodyRatio | Unset = UNSET,
        audio_setting: HappyhorseStartBodyAudioSetting | Unset = UNSET,
        seed: int | Unset = UNSET,
        watermark: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[HappyHorseTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedHappyHorseTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = await self.start(
            mode=mode,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            model_version=model_version,
            prompt=prompt,
            image_url=image_url,
            reference_image_urls=reference_image_urls,
            edit_video_url=edit_video_url,
            input_video_seconds=input_video_seconds,
            duration=duration,
            resolution=resolution,
            ratio=ratio,
            audio_setting=audio_setting,
            seed=seed,
            watermark=watermark,
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
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> HappyHorseTaskPage:
        """List HappyHorse tasks.

        The caller's HappyHorse tasks across all modes, one page at a time.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["happyhorse_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.HappyHorseTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncIterator[HappyHorseTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["happyhorse_list"],
            {
                "page_size": page_size,
            },
            models.HappyHorseTask.from_dict,
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
    ) -> builtins.list[HappyHorseTask]:
        """Get several HappyHorse tasks.

        Fetches up to 200 of the caller's HappyHorse tasks by id in one call. Match results by `_id`,
        not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["happyhorse_batch_detail"],
            {
                "ids": ids,
            },
            models.HappyHorseTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> HappyHorseTask:
        """Get a HappyHorse task.

        One HappyHorse task with its mode, status and, once `completed`, its `result_url`. Poll this to
        wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["happyhorse_get"],
            {
                "id": id,
            },
            models.HappyHorseTask.from_dict,
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
        """Delete a HappyHorse task.

        Soft-deletes one of the caller's HappyHorse tasks (hidden from the history). Do not assume a
        running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["happyhorse_delete"],
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
        on_update: Callable[[HappyHorseTask], object] | None = None,
    ) -> CompletedHappyHorseTask:
        """Wait until job `id` is done and return its finished record (polls `happyhorse.get`).

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
            _OPS["happyhorse_start"],
            id,
            models.HappyHorseTask.from_dict,
            models.CompletedHappyHorseTask.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[HappyHorseTask], object] | None = None,
    ) -> builtins.list[CompletedHappyHorseTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return await self._runner.wait_many(
            _OPS["happyhorse_start"],
            builtins.list(ids),
            models.HappyHorseTask.from_dict,
            models.CompletedHappyHorseTask.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncHappyhorseResourceWithRawResponse:
    """Like `AsyncHappyhorseResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncHappyhorseResource) -> None:
        self.start = async_raw_response(resource.start)
        self.list = async_raw_response(resource.list)
        self.batch_detail = async_raw_response(resource.batch_detail)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)


class AsyncHappyhorseQuotes:
    """What each job start of the happyhorse group would cost; nothing is started."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        mode: HappyhorseStartBodyMode,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_version: HappyhorseStartBodyModelVersion | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        reference_image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        edit_video_url: str | FileInput | Unset = UNSET,
        input_video_seconds: float | Unset = UNSET,
        duration: HappyhorseStartBodyDuration | Unset = UNSET,
        resolution: HappyhorseStartBodyResolution | Unset = UNSET,
        ratio: HappyhorseStartBodyRatio | Unset = UNSET,
        audio_setting: HappyhorseStartBodyAudioSetting | Unset = UNSET,
        seed: int | Unset = UNSET,
        watermark: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `happyhorse.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return await self._runner.quote(
            _OPS["happyhorse_start"],
            {
                "mode": mode,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "model_version": model_version,
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_urls": reference_image_urls,
                "edit_video_url": edit_video_url,
                "input_video_seconds": input_video_seconds,
                "duration": duration,
                "resolution": resolution,
                "ratio": ratio,
                "audio_setting": audio_setting,
                "seed": seed,
                "watermark": watermark,
                "minor_suspected_skip": minor_suspected_skip,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
