"""The seedance_2 group: typed methods generated from the spec (the async ones: `_async.py`)."""

from __future__ import annotations

import builtins
import functools
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
    from typing import cast

    from a2e import JobFailedError

    from ...models import CompletedSeedance2Task, Seedance2Task
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...models.seedance_2_start_body_aspect_ratio import (
        Seedance2StartBodyAspectRatio,
        check_seedance_2_start_body_aspect_ratio,
    )
    from ...models.seedance_2_start_body_mode import (
        Seedance2StartBodyMode,
        check_seedance_2_start_body_mode,
    )
    from ...models.seedance_2_start_body_model_version import (
        Seedance2StartBodyModelVersion,
        check_seedance_2_start_body_model_version,
    )
    from ...models.seedance_2_start_body_omni_reference_task_type import (
        Seedance2StartBodyOmniReferenceTaskType,
        check_seedance_2_start_body_omni_reference_task_type,
    )
    from ...models.seedance_2_start_body_resolution import (
        Seedance2StartBodyResolution,
        check_seedance_2_start_body_resolution,
    )
    from ...models.seedance_2_task import Seedance2Task
    from ...models.seedance_2_task_page import Seedance2TaskPage
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["Seedance2Resource", "Seedance2StartParams"]


_OPS = Operations(
    {
        "seedance_2_start": lambda: Operation(
            id="seedance_2_start",
            group="seedance_2",
            method="start",
            http_method="POST",
            path="/api/v1/seedance2Video/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="mode",
                    wire="mode",
                    where="body",
                    schema={
                        "type": ["string"],
                        "enum": ["text-to-video", "image-to-video", "first-last-frames", "reference"],
                    },
                    required=False,
                ),
                Argument(
                    name="model_version",
                    wire="model_version",
                    where="body",
                    schema={"type": ["string"], "enum": ["standard", "mini", "fast", "2.5"]},
                    required=False,
                ),
                Argument(
                    name="omni_reference_task_type",
                    wire="omni_reference_task_type",
                    where="body",
                    schema={"type": ["string"], "enum": ["reference", "edit", "extend"]},
                    required=False,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="image_url",
                    wire="image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="first_frame_url",
                    wire="first_frame_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="last_frame_url",
                    wire="last_frame_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="reference_urls",
                    wire="reference_urls",
                    where="body",
                    schema={
                        "type": ["array"],
                        "max_items": 30,
                        "items": {"type": ["string"], "file": "image"},
                        "file": "image",
                    },
                    required=False,
                ),
                Argument(
                    name="video_urls",
                    wire="video_urls",
                    where="body",
                    schema={
                        "type": ["array"],
                        "max_items": 10,
                        "items": {"type": ["string"], "file": "video"},
                        "file": "video",
                    },
                    required=False,
                ),
                Argument(
                    name="audio_urls",
                    wire="audio_urls",
                    where="body",
                    schema={
                        "type": ["array"],
                        "max_items": 10,
                        "items": {"type": ["string"], "file": "audio"},
                        "file": "audio",
                    },
                    required=False,
                ),
                Argument(
                    name="input_video_duration",
                    wire="input_video_duration",
                    where="body",
                    schema={"type": ["number"], "minimum": 2, "maximum": 45.5},
                    required=False,
                ),
                Argument(name="duration", wire="duration", where="body", schema={"type": ["integer"]}, required=False),
                Argument(
                    name="aspect_ratio",
                    wire="aspect_ratio",
                    where="body",
                    schema={"type": ["string"], "enum": ["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]},
                    required=False,
                ),
                Argument(
                    name="resolution",
                    wire="resolution",
                    where="body",
                    schema={"type": ["string"], "enum": ["480p", "720p", "1080p", "4k"]},
                    required=False,
                ),
                Argument(
                    name="generate_audio",
                    wire="generate_audio",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(
                    name="minor_suspected_skip",
                    wire="minor_suspected_skip",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(
                    name="webhook_url",
                    wire="webhook_url",
                    where="body",
                    schema={"type": ["string"], "max_length": 2048},
                    required=False,
                ),
                Argument(
                    name="webhook_token",
                    wire="webhook_token",
                    where="body",
                    schema={"type": ["string"], "max_length": 256},
                    required=False,
                ),
            ),
            files=(
                "image_url",
                "first_frame_url",
                "last_frame_url",
                "reference_urls",
                "video_urls",
                "audio_urls",
            ),
            record_id=None,
            task=Task(
                detail="seedance_2_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                batch="seedance_2_batch_detail",
                idempotency=Idempotency(field="name", list="seedance_2_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "seedance_2_list": lambda: Operation(
            id="seedance_2_list",
            group="seedance_2",
            method="list",
            http_method="GET",
            path="/api/v1/seedance2Video/allRecords",
            path_params=(),
            query=(
                Argument(
                    name="page_num",
                    wire="pageNum",
                    where="query",
                    schema={"type": ["integer"], "minimum": 1},
                    required=False,
                    default=1,
                ),
                Argument(
                    name="page_size",
                    wire="pageSize",
                    where="query",
                    schema={"type": ["integer"], "minimum": 1},
                    required=False,
                    default=20,
                ),
            ),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=Pagination(page="pageNum", size="pageSize", rows="rows", total="count"),
            all_method="list_all",
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "seedance_2_batch_detail": lambda: Operation(
            id="seedance_2_batch_detail",
            group="seedance_2",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/seedance2Video/batchDetail",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="ids",
                    wire="ids",
                    where="body",
                    schema={"type": ["array"], "min_items": 1, "max_items": 200, "items": {"type": ["string"]}},
                    required=True,
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
        "seedance_2_get": lambda: Operation(
            id="seedance_2_get",
            group="seedance_2",
            method="get",
            http_method="GET",
            path="/api/v1/seedance2Video/{id}",
            path_params=(
                Argument(
                    name="id", wire="id", where="path", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            query=(),
            body=None,
            files=(),
            record_id="id",
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "seedance_2_update": lambda: Operation(
            id="seedance_2_update",
            group="seedance_2",
            method="update",
            http_method="PUT",
            path="/api/v1/seedance2Video/{id}",
            path_params=(
                Argument(
                    name="id", wire="id", where="path", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            query=(),
            body=(Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=True),),
            files=(),
            record_id="id",
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "seedance_2_delete": lambda: Operation(
            id="seedance_2_delete",
            group="seedance_2",
            method="delete",
            http_method="DELETE",
            path="/api/v1/seedance2Video/{id}",
            path_params=(
                Argument(
                    name="id", wire="id", where="path", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            query=(),
            body=None,
            files=(),
            record_id="id",
            task=None,
            pagination=None,
            all_method=None,
            destructive=True,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""

if TYPE_CHECKING:
    from ._params import Seedance2StartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("Seedance2StartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Seedance2Resource:
    """Operations of the seedance_2 group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> Seedance2ResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return Seedance2ResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> Seedance2Quotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return Seedance2Quotes(self._runner)

    def start(
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

        return self._runner.call(
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

    def start_and_wait(
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
        started = self.start(
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
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def list(
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

        return self._runner.call(
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
    ) -> Iterator[Seedance2Task]:
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

    def batch_detail(
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

        return self._runner.call(
            _OPS["seedance_2_batch_detail"],
            {
                "ids": ids,
            },
            models.Seedance2Task.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
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

        return self._runner.call(
            _OPS["seedance_2_get"],
            {
                "id": id,
            },
            models.Seedance2Task.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def update(
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

        self._runner.call(
            _OPS["seedance_2_update"],
            {
                "id": id,
                "name": name,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def delete(
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

        self._runner.call(
            _OPS["seedance_2_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def wait(
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
        return self._runner.wait(
            _OPS["seedance_2_start"],
            id,
            models.Seedance2Task.from_dict,
            models.CompletedSeedance2Task.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
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
        return self._runner.wait_many(
            _OPS["seedance_2_start"],
            builtins.list(ids),
            models.Seedance2Task.from_dict,
            models.CompletedSeedance2Task.from_dict,
            wait_timeout,
            on_update,
        )


class Seedance2ResourceWithRawResponse:
    """Like `Seedance2Resource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: Seedance2Resource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class Seedance2Quotes:
    """What each job start of the seedance_2 group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
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
        return self._runner.quote(
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
