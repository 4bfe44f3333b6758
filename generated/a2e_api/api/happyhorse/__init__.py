"""The happyhorse group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedHappyHorseTask, HappyHorseTask
    from ...models.happy_horse_task import HappyHorseTask
    from ...models.happy_horse_task_page import HappyHorseTaskPage
    from ...models.happyhorse_start_body_audio_setting import (
        HappyhorseStartBodyAudioSetting,
        check_happyhorse_start_body_audio_setting,
    )
    from ...models.happyhorse_start_body_duration import (
        HappyhorseStartBodyDuration,
        check_happyhorse_start_body_duration,
    )
    from ...models.happyhorse_start_body_mode import (
        HappyhorseStartBodyMode,
        check_happyhorse_start_body_mode,
    )
    from ...models.happyhorse_start_body_model_version import (
        HappyhorseStartBodyModelVersion,
        check_happyhorse_start_body_model_version,
    )
    from ...models.happyhorse_start_body_ratio import (
        HappyhorseStartBodyRatio,
        check_happyhorse_start_body_ratio,
    )
    from ...models.happyhorse_start_body_resolution import (
        HappyhorseStartBodyResolution,
        check_happyhorse_start_body_resolution,
    )
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["HappyhorseResource", "HappyhorseStartParams"]


_OPS = Operations(
    {
        "happyhorse_start": lambda: Operation(
            id="happyhorse_start",
            group="happyhorse",
            method="start",
            http_method="POST",
            path="/api/v1/userHappyhorseVideo/start",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="mode",
                    wire="mode",
                    where="body",
                    schema={"type": ["string"], "enum": ["t2v", "i2v", "r2v", "video-edit"]},
                    required=True,
                ),
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="model_version",
                    wire="model_version",
                    where="body",
                    schema={"type": ["string"], "enum": ["1.0", "1.1"]},
                    required=False,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="image_url",
                    wire="image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="reference_image_urls",
                    wire="reference_image_urls",
                    where="body",
                    schema={"type": ["array"], "items": {"type": ["string"], "file": "image"}, "file": "image"},
                    required=False,
                ),
                Argument(
                    name="edit_video_url",
                    wire="edit_video_url",
                    where="body",
                    schema={"type": ["string"], "file": "video"},
                    required=False,
                ),
                Argument(
                    name="input_video_seconds",
                    wire="input_video_seconds",
                    where="body",
                    schema={"type": ["number"]},
                    required=False,
                ),
                Argument(
                    name="duration",
                    wire="duration",
                    where="body",
                    schema={
                        "type": ["string"],
                        "enum": ["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
                    },
                    required=False,
                ),
                Argument(
                    name="resolution",
                    wire="resolution",
                    where="body",
                    schema={"type": ["string"], "enum": ["480P", "720P", "1080P"]},
                    required=False,
                ),
                Argument(
                    name="ratio",
                    wire="ratio",
                    where="body",
                    schema={
                        "type": ["string"],
                        "enum": ["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"],
                    },
                    required=False,
                ),
                Argument(
                    name="audio_setting",
                    wire="audio_setting",
                    where="body",
                    schema={"type": ["string"], "enum": ["auto", "origin"]},
                    required=False,
                ),
                Argument(name="seed", wire="seed", where="body", schema={"type": ["integer"]}, required=False),
                Argument(
                    name="watermark", wire="watermark", where="body", schema={"type": ["boolean"]}, required=False
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
                "reference_image_urls",
                "edit_video_url",
            ),
            record_id=None,
            task=Task(
                detail="happyhorse_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                batch="happyhorse_batch_detail",
                idempotency=Idempotency(field="name", list="happyhorse_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "happyhorse_list": lambda: Operation(
            id="happyhorse_list",
            group="happyhorse",
            method="list",
            http_method="GET",
            path="/api/v1/userHappyhorseVideo/allRecords",
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
                    default=10,
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
        "happyhorse_batch_detail": lambda: Operation(
            id="happyhorse_batch_detail",
            group="happyhorse",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userHappyhorseVideo/batchDetail",
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
        "happyhorse_get": lambda: Operation(
            id="happyhorse_get",
            group="happyhorse",
            method="get",
            http_method="GET",
            path="/api/v1/userHappyhorseVideo/{id}",
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
        "happyhorse_delete": lambda: Operation(
            id="happyhorse_delete",
            group="happyhorse",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userHappyhorseVideo/{id}",
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
    from ._params import HappyhorseStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("HappyhorseStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class HappyhorseResource:
    """Operations of the happyhorse group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> HappyhorseResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return HappyhorseResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> HappyhorseQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return HappyhorseQuotes(self._runner)

    def start(
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

        return self._runner.call(
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

    def start_and_wait(
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
        started = self.start(
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
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def list(
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

        return self._runner.call(
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
    ) -> Iterator[HappyHorseTask]:
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

    def batch_detail(
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

        return self._runner.call(
            _OPS["happyhorse_batch_detail"],
            {
                "ids": ids,
            },
            models.HappyHorseTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
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

        return self._runner.call(
            _OPS["happyhorse_get"],
            {
                "id": id,
            },
            models.HappyHorseTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def delete(
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

        self._runner.call(
            _OPS["happyhorse_delete"],
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
        return self._runner.wait(
            _OPS["happyhorse_start"],
            id,
            models.HappyHorseTask.from_dict,
            models.CompletedHappyHorseTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
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
        return self._runner.wait_many(
            _OPS["happyhorse_start"],
            builtins.list(ids),
            models.HappyHorseTask.from_dict,
            models.CompletedHappyHorseTask.from_dict,
            wait_timeout,
            on_update,
        )


class HappyhorseResourceWithRawResponse:
    """Like `HappyhorseResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: HappyhorseResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class HappyhorseQuotes:
    """What each job start of the happyhorse group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
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
        return self._runner.quote(
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
