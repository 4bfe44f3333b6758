"""The caption_removal group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CaptionRemovalTask, CompletedCaptionRemovalTask
    from ...models.caption_removal_task import CaptionRemovalTask
    from ...models.caption_removal_task_page import CaptionRemovalTaskPage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["CaptionRemovalResource", "CaptionRemovalStartParams", "CaptionRemovalRetryParams"]


_OPS = Operations(
    {
        "caption_removal_start": lambda: Operation(
            id="caption_removal_start",
            group="caption_removal",
            method="start",
            http_method="POST",
            path="/api/v1/userCaptionRemoval/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="source_url",
                    wire="source_url",
                    where="body",
                    schema={"type": ["string"], "file": "video"},
                    required=True,
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
            files=("source_url",),
            record_id=None,
            task=Task(
                detail="caption_removal_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                batch="caption_removal_batch_detail",
                idempotency=Idempotency(field="name", list="caption_removal_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "caption_removal_list": lambda: Operation(
            id="caption_removal_list",
            group="caption_removal",
            method="list",
            http_method="GET",
            path="/api/v1/userCaptionRemoval/allRecords",
            path_params=(),
            query=(
                Argument(
                    name="page_num",
                    wire="pageNum",
                    where="query",
                    schema={"type": ["integer"], "minimum": 1},
                    required=False,
                ),
                Argument(
                    name="page_size",
                    wire="pageSize",
                    where="query",
                    schema={"type": ["integer"], "minimum": 1},
                    required=False,
                ),
            ),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=Pagination(page="pageNum", size="pageSize", first=1, rows="rows", total="count"),
            all_method="list_all",
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "caption_removal_list_processing": lambda: Operation(
            id="caption_removal_list_processing",
            group="caption_removal",
            method="list_processing",
            http_method="GET",
            path="/api/v1/userCaptionRemoval/allProcessing",
            path_params=(),
            query=(),
            body=None,
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
        "caption_removal_batch_detail": lambda: Operation(
            id="caption_removal_batch_detail",
            group="caption_removal",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userCaptionRemoval/batchDetail",
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
        "caption_removal_retry": lambda: Operation(
            id="caption_removal_retry",
            group="caption_removal",
            method="retry",
            http_method="POST",
            path="/api/v1/userCaptionRemoval/retry",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="id", wire="_id", where="body", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            files=(),
            record_id="id",
            task=Task(
                detail="caption_removal_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                batch="caption_removal_batch_detail",
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "caption_removal_get": lambda: Operation(
            id="caption_removal_get",
            group="caption_removal",
            method="get",
            http_method="GET",
            path="/api/v1/userCaptionRemoval/{id}",
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
        "caption_removal_delete": lambda: Operation(
            id="caption_removal_delete",
            group="caption_removal",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userCaptionRemoval/{id}",
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
    from ._params import CaptionRemovalRetryParams, CaptionRemovalStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in (
        "CaptionRemovalStartParams",
        "CaptionRemovalRetryParams",
    ):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class CaptionRemovalResource:
    """Operations of the caption_removal group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> CaptionRemovalResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return CaptionRemovalResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> CaptionRemovalQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return CaptionRemovalQuotes(self._runner)

    def start(
        self,
        *,
        name: str,
        source_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CaptionRemovalTask:
        """Start a caption removal task.

        Asynchronous: removes burned-in captions (on-screen text) from the video at `source_url`.
        Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
        failed tasks are refunded.

        Args:
            name: Task name.
            source_url: Public URL of the source video. (Some callers send `video_url`; the catalog's name is
                `source_url`.)
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["caption_removal_start"],
            {
                "name": name,
                "source_url": source_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
            models.CaptionRemovalTask.from_dict,
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
        name: str,
        source_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[CaptionRemovalTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedCaptionRemovalTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            name=name,
            source_url=source_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
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
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> CaptionRemovalTaskPage:
        """List caption removal tasks.

        The caller's caption removal tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["caption_removal_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.CaptionRemovalTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[CaptionRemovalTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["caption_removal_list"],
            {
                "page_size": page_size,
            },
            models.CaptionRemovalTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_processing(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[CaptionRemovalTask]:
        """List caption removal tasks in progress.

        The caller's caption removal tasks that are still in progress. Takes no parameters; not
        paginated.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["caption_removal_list_processing"],
            {},
            models.CaptionRemovalTask.list_from,
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
    ) -> builtins.list[CaptionRemovalTask]:
        """Get several caption removal tasks.

        Fetches several caption removal tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["caption_removal_batch_detail"],
            {
                "ids": ids,
            },
            models.CaptionRemovalTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def retry(
        self,
        id: str,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CaptionRemovalTask:
        """Retry a failed caption removal task.

        Asynchronous: asks for another attempt of an eligible failed caption removal task
        (eligibility and charging follow task-specific rules). The reply confirms acceptance and
        is modelled, by inference, as the task's record; keep polling `get` on the same `_id`. The
        catalog documents no request fields; `_id` is inferred from the sibling calls, and other
        fields pass through as given.

        Args:
            id: Inferred, not documented. The `_id` of the failed caption removal task.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["caption_removal_retry"],
            {
                "id": id,
            },
            models.CaptionRemovalTask.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def retry_and_wait(
        self,
        id: str,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[CaptionRemovalTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedCaptionRemovalTask:
        """`retry`, then `wait`: the finished record, result fields set.

        Takes the arguments of `retry`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.retry(
            id,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> CaptionRemovalTask:
        """Get a caption removal task.

        One caption removal task with its status and, once `completed`, its `result_url`. Poll this to
        wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["caption_removal_get"],
            {
                "id": id,
            },
            models.CaptionRemovalTask.from_dict,
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
        """Delete a caption removal task.

        Removes one caption removal task from the caller's history; other records are unaffected.
        Do not assume a running task is cancelled. An invalid id answers 400. Answers no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["caption_removal_delete"],
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
        on_update: Callable[[CaptionRemovalTask], object] | None = None,
    ) -> CompletedCaptionRemovalTask:
        """Wait until job `id` is done and return its finished record (polls `caption_removal.get`).

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
            _OPS["caption_removal_start"],
            id,
            models.CaptionRemovalTask.from_dict,
            models.CompletedCaptionRemovalTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[CaptionRemovalTask], object] | None = None,
    ) -> builtins.list[CompletedCaptionRemovalTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["caption_removal_start"],
            builtins.list(ids),
            models.CaptionRemovalTask.from_dict,
            models.CompletedCaptionRemovalTask.from_dict,
            wait_timeout,
            on_update,
        )


class CaptionRemovalResourceWithRawResponse:
    """Like `CaptionRemovalResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: CaptionRemovalResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.list_processing = raw_response(resource.list_processing)
        self.batch_detail = raw_response(resource.batch_detail)
        self.retry = raw_response(resource.retry)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class CaptionRemovalQuotes:
    """What each job start of the caption_removal group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        name: str,
        source_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `caption_removal.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["caption_removal_start"],
            {
                "name": name,
                "source_url": source_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def retry(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `caption_removal.retry` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `retry` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["caption_removal_retry"],
            {
                "id": id,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
