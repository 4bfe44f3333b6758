"""The wan group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedWanTask, WanTask
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...models.wan_start_body_duration import (
        WanStartBodyDuration,
        check_wan_start_body_duration,
    )
    from ...models.wan_start_body_model import (
        WanStartBodyModel,
        check_wan_start_body_model,
    )
    from ...models.wan_start_body_ratio import (
        WanStartBodyRatio,
        check_wan_start_body_ratio,
    )
    from ...models.wan_start_body_reference_media_item import (
        WanStartBodyReferenceMediaItem,
    )
    from ...models.wan_start_body_resolution import (
        WanStartBodyResolution,
        check_wan_start_body_resolution,
    )
    from ...models.wan_start_body_task_type import (
        WanStartBodyTaskType,
        check_wan_start_body_task_type,
    )
    from ...models.wan_task import WanTask
    from ...models.wan_task_page import WanTaskPage
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["WanResource", "WanStartParams"]


_OPS = Operations(
    {
        "wan_start": lambda: Operation(
            id="wan_start",
            group="wan",
            method="start",
            http_method="POST",
            path="/api/v1/userWan25/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="image_url",
                    wire="image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="negative_prompt",
                    wire="negative_prompt",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(
                    name="duration",
                    wire="duration",
                    where="body",
                    schema={
                        "type": ["string"],
                        "enum": ["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
                    },
                    required=False,
                ),
                Argument(
                    name="resolution",
                    wire="resolution",
                    where="body",
                    schema={"type": ["string"], "enum": ["480p", "720p", "1080p"]},
                    required=False,
                ),
                Argument(
                    name="ratio",
                    wire="ratio",
                    where="body",
                    schema={"type": ["string"], "enum": ["16:9", "9:16", "1:1", "4:3", "3:4"]},
                    required=False,
                ),
                Argument(
                    name="enable_prompt_expansion",
                    wire="enable_prompt_expansion",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(
                    name="multi_shots", wire="multi_shots", where="body", schema={"type": ["boolean"]}, required=False
                ),
                Argument(
                    name="model",
                    wire="model",
                    where="body",
                    schema={
                        "type": ["string"],
                        "enum": ["wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"],
                    },
                    required=False,
                ),
                Argument(
                    name="task_type",
                    wire="task_type",
                    where="body",
                    schema={
                        "type": ["string"],
                        "enum": [
                            "text_to_video",
                            "first_frame",
                            "first_last_frame",
                            "reference_image",
                            "video_extend",
                            "video_edit",
                        ],
                    },
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
                    name="first_clip_url",
                    wire="first_clip_url",
                    where="body",
                    schema={"type": ["string"], "file": "video"},
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
                    name="reference_image_urls",
                    wire="reference_image_urls",
                    where="body",
                    schema={"type": ["array"], "items": {"type": ["string"], "file": "image"}, "file": "image"},
                    required=False,
                ),
                Argument(
                    name="reference_media",
                    wire="reference_media",
                    where="body",
                    schema={"type": ["array"], "min_items": 1, "max_items": 5, "items": {"type": ["object"]}},
                    required=False,
                ),
                Argument(
                    name="seed",
                    wire="seed",
                    where="body",
                    schema={"type": ["number"], "minimum": 0, "maximum": 2147483647},
                    required=False,
                ),
                Argument(name="audio", wire="audio", where="body", schema={"type": ["boolean"]}, required=False),
                Argument(
                    name="audio_url",
                    wire="audio_url",
                    where="body",
                    schema={"type": ["string"], "file": "audio"},
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
                "last_frame_url",
                "first_clip_url",
                "edit_video_url",
                "reference_image_urls",
                "audio_url",
            ),
            record_id=None,
            task=Task(
                detail="wan_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                batch="wan_batch_detail",
                idempotency=Idempotency(field="name", list="wan_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "wan_list": lambda: Operation(
            id="wan_list",
            group="wan",
            method="list",
            http_method="GET",
            path="/api/v1/userWan25/allRecords",
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
        "wan_batch_detail": lambda: Operation(
            id="wan_batch_detail",
            group="wan",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userWan25/batchDetail",
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
        "wan_get": lambda: Operation(
            id="wan_get",
            group="wan",
            method="get",
            http_method="GET",
            path="/api/v1/userWan25/{id}",
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
        "wan_delete": lambda: Operation(
            id="wan_delete",
            group="wan",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userWan25/{id}",
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
    from ._params import WanStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("WanStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class WanResource:
    """Operations of the wan group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> WanResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return WanResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> WanQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return WanQuotes(self._runner)

    def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        duration: WanStartBodyDuration | Unset = UNSET,
        resolution: WanStartBodyResolution | Unset = UNSET,
        ratio: WanStartBodyRatio | Unset = UNSET,
        enable_prompt_expansion: bool | Unset = UNSET,
        multi_shots: bool | Unset = UNSET,
        model: WanStartBodyModel | Unset = UNSET,
        task_type: WanStartBodyTaskType | Unset = UNSET,
        last_frame_url: str | FileInput | Unset = UNSET,
        first_clip_url: str | FileInput | Unset = UNSET,
        edit_video_url: str | FileInput | Unset = UNSET,
        reference_image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        reference_media: builtins.list[WanStartBodyReferenceMediaItem] | Unset = UNSET,
        seed: float | Unset = UNSET,
        audio: bool | Unset = UNSET,
        audio_url: str | FileInput | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> WanTask:
        """Start a Wan video task.

        Asynchronous: starts a Wan video task. `model` picks the version: `wan2.5-i2v-preview`
        (default), `wan2.6-i2v`, `wan2.6-i2v-flash` (image to video) or `wan2.7-i2v`, whose
        `task_type` selects text to video, first frame, first and last frame, reference images,
        video extension or video editing. `wan2.6-i2v` and `wan2.7-i2v` need a VIP or Max account.
        Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
        failed tasks are refunded.

        Args:
            prompt: Generation prompt.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Display name.
            image_url: Public URL of the source image; required for `first_frame` and `first_last_frame`.
            negative_prompt: Features to avoid.
            duration: Seconds, as a string. The valid subset depends on model and mode (Wan 2.5 only 5 or 10;
                `video_edit` 5 to 10).
            resolution: Output resolution.
            ratio: Aspect ratio; only Wan 2.7 `text_to_video` and `reference_image` use it.
            enable_prompt_expansion: Let an LLM rewrite the prompt.
            multi_shots: Smart multi-shot segmentation; effective only with `enable_prompt_expansion`.
            model: Model. `wan2.6-i2v` and `wan2.7-i2v` need a VIP or Max account; `wan2.6-i2v-flash` is
                open to all.
            task_type: Wan 2.7 mode; ignored unless `model` is `wan2.7-i2v`.
            last_frame_url: Last-frame image; required for `first_last_frame`, optional for `video_extend`.
            first_clip_url: The clip to extend; required for Wan 2.7 `video_extend`.
            edit_video_url: The video to edit; required for Wan 2.7 `video_edit`.
            reference_image_urls: Image-only references for `reference_image` (legacy); up to 3 images for `video_edit`.
            reference_media: Ordered 1 to 5 image or video references for Wan 2.7 `reference_image`; the input
                videos' duration is billed too.
            seed: Reproducibility seed; random when omitted.
            audio: Generate an audio track.
            audio_url: Driving audio (WAV/MP3, 3 to 30 s, at most 15 MB) for `first_frame` and
                `first_last_frame`; cut to the video length.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["wan_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "duration": duration,
                "resolution": resolution,
                "ratio": ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "model": model,
                "task_type": task_type,
                "last_frame_url": last_frame_url,
                "first_clip_url": first_clip_url,
                "edit_video_url": edit_video_url,
                "reference_image_urls": reference_image_urls,
                "reference_media": reference_media,
                "seed": seed,
                "audio": audio,
                "audio_url": audio_url,
            },
            models.WanTask.from_dict,
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
        image_url: str | FileInput | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        duration: WanStartBodyDuration | Unset = UNSET,
        resolution: WanStartBodyResolution | Unset = UNSET,
        ratio: WanStartBodyRatio | Unset = UNSET,
        enable_prompt_expansion: bool | Unset = UNSET,
        multi_shots: bool | Unset = UNSET,
        model: WanStartBodyModel | Unset = UNSET,
        task_type: WanStartBodyTaskType | Unset = UNSET,
        last_frame_url: str | FileInput | Unset = UNSET,
        first_clip_url: str | FileInput | Unset = UNSET,
        edit_video_url: str | FileInput | Unset = UNSET,
        reference_image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        reference_media: builtins.list[WanStartBodyReferenceMediaItem] | Unset = UNSET,
        seed: float | Unset = UNSET,
        audio: bool | Unset = UNSET,
        audio_url: str | FileInput | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[WanTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedWanTask:
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
            image_url=image_url,
            negative_prompt=negative_prompt,
            duration=duration,
            resolution=resolution,
            ratio=ratio,
            enable_prompt_expansion=enable_prompt_expansion,
            multi_shots=multi_shots,
            model=model,
            task_type=task_type,
            last_frame_url=last_frame_url,
            first_clip_url=first_clip_url,
            edit_video_url=edit_video_url,
            reference_image_urls=reference_image_urls,
            reference_media=reference_media,
            seed=seed,
            audio=audio,
            audio_url=audio_url,
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
    ) -> WanTaskPage:
        """List Wan video tasks.

        The caller's Wan 2.5 / 2.6 / 2.7 tasks with their status and output, one page at a time.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["wan_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.WanTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[WanTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["wan_list"],
            {
                "page_size": page_size,
            },
            models.WanTask.from_dict,
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
    ) -> builtins.list[WanTask]:
        """Get several Wan video tasks.

        Fetches several of the caller's Wan tasks by id in one call (ownership checks apply). Match
        results by `_id`, not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["wan_batch_detail"],
            {
                "ids": ids,
            },
            models.WanTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> WanTask:
        """Get a Wan video task.

        One Wan task with its settings, status and, once `completed`, its `result_url`. Poll this to
        wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["wan_get"],
            {
                "id": id,
            },
            models.WanTask.from_dict,
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
        """Delete a Wan video task.

        Removes one of the caller's Wan tasks from the normal history; other tasks are not affected. Do
        not assume a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["wan_delete"],
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
        on_update: Callable[[WanTask], object] | None = None,
    ) -> CompletedWanTask:
        """Wait until job `id` is done and return its finished record (polls `wan.get`).

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
            _OPS["wan_start"], id, models.WanTask.from_dict, models.CompletedWanTask.from_dict, wait_timeout, on_update
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[WanTask], object] | None = None,
    ) -> builtins.list[CompletedWanTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["wan_start"],
            builtins.list(ids),
            models.WanTask.from_dict,
            models.CompletedWanTask.from_dict,
            wait_timeout,
            on_update,
        )


class WanResourceWithRawResponse:
    """Like `WanResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: WanResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class WanQuotes:
    """What each job start of the wan group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        duration: WanStartBodyDuration | Unset = UNSET,
        resolution: WanStartBodyResolution | Unset = UNSET,
        ratio: WanStartBodyRatio | Unset = UNSET,
        enable_prompt_expansion: bool | Unset = UNSET,
        multi_shots: bool | Unset = UNSET,
        model: WanStartBodyModel | Unset = UNSET,
        task_type: WanStartBodyTaskType | Unset = UNSET,
        last_frame_url: str | FileInput | Unset = UNSET,
        first_clip_url: str | FileInput | Unset = UNSET,
        edit_video_url: str | FileInput | Unset = UNSET,
        reference_image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        reference_media: builtins.list[WanStartBodyReferenceMediaItem] | Unset = UNSET,
        seed: float | Unset = UNSET,
        audio: bool | Unset = UNSET,
        audio_url: str | FileInput | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `wan.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["wan_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "duration": duration,
                "resolution": resolution,
                "ratio": ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "model": model,
                "task_type": task_type,
                "last_frame_url": last_frame_url,
                "first_clip_url": first_clip_url,
                "edit_video_url": edit_video_url,
                "reference_image_urls": reference_image_urls,
                "reference_media": reference_media,
                "seed": seed,
                "audio": audio,
                "audio_url": audio_url,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
