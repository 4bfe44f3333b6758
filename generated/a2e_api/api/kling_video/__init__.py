"""The kling_video group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedKlingVideoTask, KlingVideoTask
    from ...models.kling_video_start_body_aspect_ratio import (
        KlingVideoStartBodyAspectRatio,
        check_kling_video_start_body_aspect_ratio,
    )
    from ...models.kling_video_start_body_character_orientation import (
        KlingVideoStartBodyCharacterOrientation,
        check_kling_video_start_body_character_orientation,
    )
    from ...models.kling_video_start_body_duration import (
        KlingVideoStartBodyDuration,
        check_kling_video_start_body_duration,
    )
    from ...models.kling_video_start_body_mode import (
        KlingVideoStartBodyMode,
        check_kling_video_start_body_mode,
    )
    from ...models.kling_video_start_body_model_version import (
        KlingVideoStartBodyModelVersion,
        check_kling_video_start_body_model_version,
    )
    from ...models.kling_video_start_body_quality_mode import (
        KlingVideoStartBodyQualityMode,
        check_kling_video_start_body_quality_mode,
    )
    from ...models.kling_video_start_body_resolution import (
        KlingVideoStartBodyResolution,
        check_kling_video_start_body_resolution,
    )
    from ...models.kling_video_start_body_version import (
        KlingVideoStartBodyVersion,
        check_kling_video_start_body_version,
    )
    from ...models.kling_video_task import KlingVideoTask
    from ...models.kling_video_task_page import KlingVideoTaskPage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["KlingVideoResource", "KlingVideoStartParams"]


_OPS = Operations(
    {
        "kling_video_start": lambda: Operation(
            id="kling_video_start",
            group="kling_video",
            method="start",
            http_method="POST",
            path="/api/v1/klingVideo/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="mode",
                    wire="mode",
                    where="body",
                    schema={"type": ["string"], "enum": ["text-to-video", "image-to-video", "motion-control"]},
                    required=True,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="version",
                    wire="version",
                    where="body",
                    schema={"type": ["string"], "enum": ["2.6", "3.0"]},
                    required=False,
                ),
                Argument(
                    name="model_version",
                    wire="model_version",
                    where="body",
                    schema={"type": ["string"], "enum": ["standard", "fast"]},
                    required=False,
                ),
                Argument(
                    name="resolution",
                    wire="resolution",
                    where="body",
                    schema={"type": ["string"], "enum": ["720p", "1080p"]},
                    required=False,
                ),
                Argument(
                    name="quality_mode",
                    wire="quality_mode",
                    where="body",
                    schema={"type": ["string"], "enum": ["std", "pro", "4k"]},
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
                    name="image_url",
                    wire="image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="video_url",
                    wire="video_url",
                    where="body",
                    schema={"type": ["string"], "file": "video"},
                    required=False,
                ),
                Argument(
                    name="aspect_ratio",
                    wire="aspect_ratio",
                    where="body",
                    schema={"type": ["string"], "enum": ["16:9", "9:16", "1:1"]},
                    required=False,
                ),
                Argument(name="sound", wire="sound", where="body", schema={"type": ["boolean"]}, required=False),
                Argument(
                    name="end_image_url",
                    wire="end_image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="character_orientation",
                    wire="character_orientation",
                    where="body",
                    schema={"type": ["string"], "enum": ["video", "image"]},
                    required=False,
                ),
                Argument(
                    name="negative_prompt",
                    wire="negative_prompt",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(name="seed", wire="seed", where="body", schema={"type": ["number"]}, required=False),
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
                "video_url",
                "end_image_url",
            ),
            record_id=None,
            task=Task(
                detail="kling_video_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                running=(
                    "initialized",
                    "sent",
                    "pending",
                    "processing",
                ),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                batch="kling_video_batch_detail",
                idempotency=Idempotency(field="name", list="kling_video_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "kling_video_list": lambda: Operation(
            id="kling_video_list",
            group="kling_video",
            method="list",
            http_method="GET",
            path="/api/v1/klingVideo/allRecords",
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
        "kling_video_batch_detail": lambda: Operation(
            id="kling_video_batch_detail",
            group="kling_video",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/klingVideo/batchDetail",
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
        "kling_video_get": lambda: Operation(
            id="kling_video_get",
            group="kling_video",
            method="get",
            http_method="GET",
            path="/api/v1/klingVideo/{id}",
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
        "kling_video_update": lambda: Operation(
            id="kling_video_update",
            group="kling_video",
            method="update",
            http_method="PUT",
            path="/api/v1/klingVideo/{id}",
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
        "kling_video_delete": lambda: Operation(
            id="kling_video_delete",
            group="kling_video",
            method="delete",
            http_method="DELETE",
            path="/api/v1/klingVideo/{id}",
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
    from ._params import KlingVideoStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("KlingVideoStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class KlingVideoResource:
    """Operations of the kling_video group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> KlingVideoResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return KlingVideoResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> KlingVideoQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return KlingVideoQuotes(self._runner)

    def start(
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

        return self._runner.call(
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

    def start_and_wait(
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
        started = self.start(
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
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def list(
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

        return self._runner.call(
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
    ) -> Iterator[KlingVideoTask]:
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

    def batch_detail(
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

        return self._runner.call(
            _OPS["kling_video_batch_detail"],
            {
                "ids": ids,
            },
            models.KlingVideoTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
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

        return self._runner.call(
            _OPS["kling_video_get"],
            {
                "id": id,
            },
            models.KlingVideoTask.from_dict,
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
        """Rename a Kling video task.

        Changes a task's name; its settings, status and outputs stay as they are. An unknown id answers
        404.

        Args:
            id: The record's id.
            name: The new task name.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["kling_video_update"],
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
        """Delete a Kling video task.

        Removes a task from the caller's task history; other tasks are unaffected. Do not assume a
        running task is cancelled. An unknown id answers 404.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["kling_video_delete"],
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
        return self._runner.wait(
            _OPS["kling_video_start"],
            id,
            models.KlingVideoTask.from_dict,
            models.CompletedKlingVideoTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
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
        return self._runner.wait_many(
            _OPS["kling_video_start"],
            builtins.list(ids),
            models.KlingVideoTask.from_dict,
            models.CompletedKlingVideoTask.from_dict,
            wait_timeout,
            on_update,
        )


class KlingVideoResourceWithRawResponse:
    """Like `KlingVideoResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: KlingVideoResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class KlingVideoQuotes:
    """What each job start of the kling_video group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
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
        return self._runner.quote(
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
