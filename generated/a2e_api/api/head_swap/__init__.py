"""The head_swap group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedHeadSwapTask, HeadSwapTask
    from ...models.head_swap_task import HeadSwapTask
    from ...models.head_swap_task_page import HeadSwapTaskPage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["HeadSwapResource", "HeadSwapStartParams"]


_OPS = Operations(
    {
        "head_swap_start": lambda: Operation(
            id="head_swap_start",
            group="head_swap",
            method="start",
            http_method="POST",
            path="/api/v1/headSwap/start",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="image_url",
                    wire="image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=True,
                ),
                Argument(
                    name="target_image_url",
                    wire="target_image_url",
                    where="body",
                    schema={"type": ["string"], "file": "media"},
                    required=True,
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
                "target_image_url",
            ),
            record_id=None,
            task=Task(
                detail="head_swap_get",
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
                files={"result_url": "image"},
                batch="head_swap_batch_detail",
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "head_swap_list": lambda: Operation(
            id="head_swap_list",
            group="head_swap",
            method="list",
            http_method="GET",
            path="/api/v1/headSwap/allRecords",
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
        "head_swap_batch_detail": lambda: Operation(
            id="head_swap_batch_detail",
            group="head_swap",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/headSwap/batchDetail",
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
        "head_swap_get": lambda: Operation(
            id="head_swap_get",
            group="head_swap",
            method="get",
            http_method="GET",
            path="/api/v1/headSwap/{id}",
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
        "head_swap_delete": lambda: Operation(
            id="head_swap_delete",
            group="head_swap",
            method="delete",
            http_method="DELETE",
            path="/api/v1/headSwap/{id}",
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
    from ._params import HeadSwapStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("HeadSwapStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class HeadSwapResource:
    """Operations of the head_swap group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> HeadSwapResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return HeadSwapResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> HeadSwapQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return HeadSwapQuotes(self._runner)

    def start(
        self,
        *,
        image_url: str | FileInput,
        target_image_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> HeadSwapTask:
        """Start a head swap task.

        Asynchronous: puts the head from `image_url` onto the person in `target_image_url`, which
        may be an image or a video of at most 15 s (a video target gives a video result). Returns
        the task record once accepted; wait with `get` (or a webhook). The task goes `initialized`,
        `sent` (queued to the algorithm service), `processing`, then `completed` or `failed`.
        Charges coins; failed tasks are refunded.

        Inputs are checked for minors: a suspected minor (age 10 to 14, code 1004) is refused with
        HTTP 403 unless `minor_suspected_skip` is `true`; a detected minor under 10 (code 1003) is
        always refused. Insufficient coins answer HTTP 400 here (the catalog lists no 402).

        Args:
            image_url: Public URL (URI) of the image with the source head.
            target_image_url: Public URL (URI) of the target body, an image or a video of at most 15 s; a video target
                gives a video result.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            minor_suspected_skip: Acknowledge a suspected minor (age 10 to 14, code 1004) and continue; a detected minor
                under 10 (code 1003) is always refused.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["head_swap_start"],
            {
                "image_url": image_url,
                "target_image_url": target_image_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "minor_suspected_skip": minor_suspected_skip,
            },
            models.HeadSwapTask.from_dict,
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
        image_url: str | FileInput,
        target_image_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[HeadSwapTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedHeadSwapTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            image_url=image_url,
            target_image_url=target_image_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
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
    ) -> HeadSwapTaskPage:
        """List head swap tasks.

        The caller's head swap tasks, newest first, one page at a time. Expired tasks are left out.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["head_swap_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.HeadSwapTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[HeadSwapTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["head_swap_list"],
            {
                "page_size": page_size,
            },
            models.HeadSwapTask.from_dict,
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
    ) -> builtins.list[HeadSwapTask]:
        """Get several head swap tasks.

        Fetches several of the caller's head swap tasks by id in one call. Match results by `_id`, not
        by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["head_swap_batch_detail"],
            {
                "ids": ids,
            },
            models.HeadSwapTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> HeadSwapTask:
        """Get a head swap task.

        One head swap task with its status and, once `completed`, its `result_url`. Poll this to wait
        for a task. A malformed id answers 400, an unknown one 404.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["head_swap_get"],
            {
                "id": id,
            },
            models.HeadSwapTask.from_dict,
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
        """Delete a head swap task.

        Deletes a head swap task. An `initialized` task is deleted and its coins refunded; a task
        that is `sent`, `pending` or `processing` cannot be deleted (HTTP 400); a `completed` or
        `failed` task is deleted without a refund.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["head_swap_delete"],
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
        on_update: Callable[[HeadSwapTask], object] | None = None,
    ) -> CompletedHeadSwapTask:
        """Wait until job `id` is done and return its finished record (polls `head_swap.get`).

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
            _OPS["head_swap_start"],
            id,
            models.HeadSwapTask.from_dict,
            models.CompletedHeadSwapTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[HeadSwapTask], object] | None = None,
    ) -> builtins.list[CompletedHeadSwapTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["head_swap_start"],
            builtins.list(ids),
            models.HeadSwapTask.from_dict,
            models.CompletedHeadSwapTask.from_dict,
            wait_timeout,
            on_update,
        )


class HeadSwapResourceWithRawResponse:
    """Like `HeadSwapResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: HeadSwapResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class HeadSwapQuotes:
    """What each job start of the head_swap group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        image_url: str | FileInput,
        target_image_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `head_swap.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["head_swap_start"],
            {
                "image_url": image_url,
                "target_image_url": target_image_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "minor_suspected_skip": minor_suspected_skip,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
