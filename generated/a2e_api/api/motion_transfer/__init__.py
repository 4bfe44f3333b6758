"""The motion_transfer group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedMotionTransferTask, MotionTransferTask
    from ...models.motion_transfer_task import MotionTransferTask
    from ...models.motion_transfer_task_page import MotionTransferTaskPage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["MotionTransferResource", "MotionTransferStartParams"]


_OPS = Operations(
    {
        "motion_transfer_start": lambda: Operation(
            id="motion_transfer_start",
            group="motion_transfer",
            method="start",
            http_method="POST",
            path="/api/v1/motionTransfer/start",
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
                Argument(
                    name="user_video_twin_id",
                    wire="user_video_twin_id",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(
                    name="video_url",
                    wire="video_url",
                    where="body",
                    schema={"type": ["string"], "file": "video"},
                    required=True,
                ),
                Argument(
                    name="positive_prompt",
                    wire="positive_prompt",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(
                    name="negative_prompt",
                    wire="negative_prompt",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(name="timeout_", wire="timeout", where="body", schema={"type": ["number"]}, required=False),
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
            ),
            record_id=None,
            task=Task(
                detail="motion_transfer_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_video_url",),
                files={"result_video_url": "video"},
                batch="motion_transfer_batch_detail",
                idempotency=Idempotency(field="name", list="motion_transfer_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "motion_transfer_list": lambda: Operation(
            id="motion_transfer_list",
            group="motion_transfer",
            method="list",
            http_method="GET",
            path="/api/v1/motionTransfer/allRecords",
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
                    schema={"type": ["integer"], "minimum": 1, "maximum": 100},
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
        "motion_transfer_batch_detail": lambda: Operation(
            id="motion_transfer_batch_detail",
            group="motion_transfer",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/motionTransfer/batchDetail",
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
        "motion_transfer_get": lambda: Operation(
            id="motion_transfer_get",
            group="motion_transfer",
            method="get",
            http_method="GET",
            path="/api/v1/motionTransfer/{id}",
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
        "motion_transfer_delete": lambda: Operation(
            id="motion_transfer_delete",
            group="motion_transfer",
            method="delete",
            http_method="DELETE",
            path="/api/v1/motionTransfer/{id}",
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
    from ._params import MotionTransferStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("MotionTransferStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class MotionTransferResource:
    """Operations of the motion_transfer group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> MotionTransferResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return MotionTransferResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> MotionTransferQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return MotionTransferQuotes(self._runner)

    def start(
        self,
        *,
        video_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        user_video_twin_id: str | Unset = UNSET,
        positive_prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        timeout_: float | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> MotionTransferTask:
        """Start a motion transfer task.

        Asynchronous: transfers the motion of the control video `video_url` onto the person in the
        reference image `image_url` (public code calls it video to video). Send `image_url`, or
        (as one public caller does) a trained avatar's `user_video_twin_id` instead. Returns the
        task record once accepted; wait with `get` (or a webhook, for API-token callers). The
        result video is in `result_video_url`. Charges credits; failed tasks are refunded.

        Args:
            video_url: Public URL (URI) of the control video that supplies the motion.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            image_url: Public URL (URI) of the reference image of the person to animate. The catalog requires
                it; send it unless `user_video_twin_id` is sent instead.
            user_video_twin_id: Not in the catalog: a trained avatar (video twin) id that one public caller sends in
                place of `image_url`.
            positive_prompt: Positive prompt.
            negative_prompt: Negative prompt (features to avoid).
            timeout_: Processing timeout, in seconds.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["motion_transfer_start"],
            {
                "video_url": video_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "image_url": image_url,
                "user_video_twin_id": user_video_twin_id,
                "positive_prompt": positive_prompt,
                "negative_prompt": negative_prompt,
                "timeout_": timeout_,
            },
            models.MotionTransferTask.from_dict,
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
        video_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        user_video_twin_id: str | Unset = UNSET,
        positive_prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        timeout_: float | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[MotionTransferTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedMotionTransferTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            video_url=video_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            image_url=image_url,
            user_video_twin_id=user_video_twin_id,
            positive_prompt=positive_prompt,
            negative_prompt=negative_prompt,
            timeout_=timeout_,
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
    ) -> MotionTransferTaskPage:
        """List motion transfer tasks.

        The caller's motion transfer tasks, one page at a time.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["motion_transfer_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.MotionTransferTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[MotionTransferTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["motion_transfer_list"],
            {
                "page_size": page_size,
            },
            models.MotionTransferTask.from_dict,
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
    ) -> builtins.list[MotionTransferTask]:
        """Get several motion transfer tasks.

        Fetches several of the caller's motion transfer tasks by id in one call. Match results by `_id`,
        not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["motion_transfer_batch_detail"],
            {
                "ids": ids,
            },
            models.MotionTransferTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> MotionTransferTask:
        """Get a motion transfer task.

        One motion transfer task with its status and, once `completed`, the result video in
        `result_video_url`. Poll this to wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["motion_transfer_get"],
            {
                "id": id,
            },
            models.MotionTransferTask.from_dict,
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
        """Delete a motion transfer task.

        Removes a motion transfer task from the history; other generated videos are not affected.
        Whether a running task is cancelled is not documented; do not assume it.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["motion_transfer_delete"],
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
        on_update: Callable[[MotionTransferTask], object] | None = None,
    ) -> CompletedMotionTransferTask:
        """Wait until job `id` is done and return its finished record (polls `motion_transfer.get`).

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
            _OPS["motion_transfer_start"],
            id,
            models.MotionTransferTask.from_dict,
            models.CompletedMotionTransferTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[MotionTransferTask], object] | None = None,
    ) -> builtins.list[CompletedMotionTransferTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["motion_transfer_start"],
            builtins.list(ids),
            models.MotionTransferTask.from_dict,
            models.CompletedMotionTransferTask.from_dict,
            wait_timeout,
            on_update,
        )


class MotionTransferResourceWithRawResponse:
    """Like `MotionTransferResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: MotionTransferResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class MotionTransferQuotes:
    """What each job start of the motion_transfer group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        video_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        user_video_twin_id: str | Unset = UNSET,
        positive_prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        timeout_: float | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `motion_transfer.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["motion_transfer_start"],
            {
                "video_url": video_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "image_url": image_url,
                "user_video_twin_id": user_video_twin_id,
                "positive_prompt": positive_prompt,
                "negative_prompt": negative_prompt,
                "timeout_": timeout_,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
