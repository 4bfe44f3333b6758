"""The veo group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedVeoTask, VeoTask
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...models.veo_1080p_video import Veo1080PVideo
    from ...models.veo_start_body_aspect_ratio import (
        VeoStartBodyAspectRatio,
        check_veo_start_body_aspect_ratio,
    )
    from ...models.veo_start_body_generation_type import (
        VeoStartBodyGenerationType,
        check_veo_start_body_generation_type,
    )
    from ...models.veo_start_body_model import (
        VeoStartBodyModel,
        check_veo_start_body_model,
    )
    from ...models.veo_task import VeoTask
    from ...models.veo_task_page import VeoTaskPage
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["VeoResource", "VeoStartParams"]


_OPS = Operations(
    {
        "veo_start": lambda: Operation(
            id="veo_start",
            group="veo",
            method="start",
            http_method="POST",
            path="/api/v1/veoVideo/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="generation_type",
                    wire="generationType",
                    where="body",
                    schema={
                        "type": ["string"],
                        "enum": ["TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"],
                    },
                    required=False,
                ),
                Argument(
                    name="image_urls",
                    wire="imageUrls",
                    where="body",
                    schema={"type": ["array"], "items": {"type": ["string"], "file": "image"}, "file": "image"},
                    required=False,
                ),
                Argument(
                    name="model",
                    wire="model",
                    where="body",
                    schema={"type": ["string"], "enum": ["veo3", "veo3_fast"]},
                    required=False,
                ),
                Argument(
                    name="aspect_ratio",
                    wire="aspectRatio",
                    where="body",
                    schema={"type": ["string"], "enum": ["16:9", "9:16", "Auto"]},
                    required=False,
                ),
                Argument(name="watermark", wire="watermark", where="body", schema={"type": ["string"]}, required=False),
                Argument(name="seeds", wire="seeds", where="body", schema={"type": ["number"]}, required=False),
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
            files=("image_urls",),
            record_id=None,
            task=Task(
                detail="veo_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=(
                    "failed_message",
                    "fail_reason",
                ),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                batch="veo_batch_detail",
                idempotency=Idempotency(field="name", list="veo_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "veo_list": lambda: Operation(
            id="veo_list",
            group="veo",
            method="list",
            http_method="GET",
            path="/api/v1/veoVideo/allRecords",
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
        "veo_batch_detail": lambda: Operation(
            id="veo_batch_detail",
            group="veo",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/veoVideo/batchDetail",
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
        "veo_get": lambda: Operation(
            id="veo_get",
            group="veo",
            method="get",
            http_method="GET",
            path="/api/v1/veoVideo/{id}",
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
        "veo_delete": lambda: Operation(
            id="veo_delete",
            group="veo",
            method="delete",
            http_method="DELETE",
            path="/api/v1/veoVideo/{id}",
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
        "veo_get_1080p": lambda: Operation(
            id="veo_get_1080p",
            group="veo",
            method="get_1080p",
            http_method="GET",
            path="/api/v1/veoVideo/{id}/1080p",
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
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""

if TYPE_CHECKING:
    from ._params import VeoStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("VeoStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class VeoResource:
    """Operations of the veo group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> VeoResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return VeoResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> VeoQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return VeoQuotes(self._runner)

    def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        generation_type: VeoStartBodyGenerationType | Unset = UNSET,
        image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        model: VeoStartBodyModel | Unset = UNSET,
        aspect_ratio: VeoStartBodyAspectRatio | Unset = UNSET,
        watermark: str | Unset = UNSET,
        seeds: float | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VeoTask:
        """Start a Veo 3.1 video task.

        Asynchronous: creates a Google Veo 3.1 video task: `TEXT_2_VIDEO` (the default),
        `FIRST_AND_LAST_FRAMES_2_VIDEO` (1 or 2 frames in `imageUrls`) or `REFERENCE_2_VIDEO`
        (1 to 3 reference images). `veo3` favours quality, `veo3_fast` (the default) speed. A
        public caller measured the output as always 8 s, 1280x720 at 24 fps, with an audio track.
        Returns the task record once accepted; wait with `get` (or a webhook), then fetch the HD
        file with `get_1080p` for 16:9 videos. Charges credits; failed tasks are refunded.

        Args:
            prompt: What the video shows (dialogue may be included); may be empty, then a default
                placeholder is used.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name; generated when omitted.
            generation_type: Text only, start and end frames, or reference images.
            image_urls: 1 or 2 frames for `FIRST_AND_LAST_FRAMES_2_VIDEO`; 1 to 3 references for
                `REFERENCE_2_VIDEO`.
            model: `veo3` favours quality, `veo3_fast` speed.
            aspect_ratio: Aspect ratio; `Auto` picks it automatically. Only 16:9 videos have a 1080p version. A
                public caller measured the server with `aspect_ratio` (`16:9`, `9:16`, `auto`) instead;
                pass that spelling through `extra_body` if needed.
            watermark: Custom watermark text.
            seeds: Seed for reproducibility; the catalog's text gives the range 10000 to 99999.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["veo_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "generation_type": generation_type,
                "image_urls": image_urls,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "watermark": watermark,
                "seeds": seeds,
            },
            models.VeoTask.from_dict,
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
        generation_type: VeoStartBodyGenerationType | Unset = UNSET,
        image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        model: VeoStartBodyModel | Unset = UNSET,
        aspect_ratio: VeoStartBodyAspectRatio | Unset = UNSET,
        watermark: str | Unset = UNSET,
        seeds: float | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VeoTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedVeoTask:
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
            generation_type=generation_type,
            image_urls=image_urls,
            model=model,
            aspect_ratio=aspect_ratio,
            watermark=watermark,
            seeds=seeds,
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
    ) -> VeoTaskPage:
        """List Veo video tasks.

        The caller's Veo video tasks, one page at a time.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["veo_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.VeoTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[VeoTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["veo_list"],
            {
                "page_size": page_size,
            },
            models.VeoTask.from_dict,
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
    ) -> builtins.list[VeoTask]:
        """Get several Veo video tasks.

        Fetches several of the caller's Veo tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["veo_batch_detail"],
            {
                "ids": ids,
            },
            models.VeoTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> VeoTask:
        """Get a Veo video task.

        One Veo task with its status and outputs. Poll this until `current_status` is
        `completed` (then `result_url` holds the video) or `failed`.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["veo_get"],
            {
                "id": id,
            },
            models.VeoTask.from_dict,
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
        """Delete a Veo video task.

        Soft-deletes a Veo task; the record is kept by A2E but hidden from the task lists. Do not assume
        a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["veo_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def get_1080p(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Veo1080PVideo | None:
        """Get the 1080p version of a Veo video.

        The HD 1080p version of a completed Veo video; only 16:9 videos have one (other ratios
        answer 400). While the HD file is still being made the server answers HTTP 202: nothing
        is ready yet, call again later. The client then returns `None` (the HTTP status is on
        `with_raw_response`); on HTTP 200 `data` holds the file.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["veo_get_1080p"],
            {
                "id": id,
            },
            nullable(models.Veo1080PVideo.from_dict),
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VeoTask], object] | None = None,
    ) -> CompletedVeoTask:
        """Wait until job `id` is done and return its finished record (polls `veo.get`).

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
            _OPS["veo_start"], id, models.VeoTask.from_dict, models.CompletedVeoTask.from_dict, wait_timeout, on_update
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VeoTask], object] | None = None,
    ) -> builtins.list[CompletedVeoTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["veo_start"],
            builtins.list(ids),
            models.VeoTask.from_dict,
            models.CompletedVeoTask.from_dict,
            wait_timeout,
            on_update,
        )


class VeoResourceWithRawResponse:
    """Like `VeoResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: VeoResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.get_1080p = raw_response(resource.get_1080p)


class VeoQuotes:
    """What each job start of the veo group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        generation_type: VeoStartBodyGenerationType | Unset = UNSET,
        image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        model: VeoStartBodyModel | Unset = UNSET,
        aspect_ratio: VeoStartBodyAspectRatio | Unset = UNSET,
        watermark: str | Unset = UNSET,
        seeds: float | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `veo.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["veo_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "generation_type": generation_type,
                "image_urls": image_urls,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "watermark": watermark,
                "seeds": seeds,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
