"""The upscale group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedUpscaleTask, UpscaleTask
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...models.upscale_task import UpscaleTask
    from ...models.upscale_task_page import UpscaleTaskPage
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["UpscaleResource", "UpscaleStartParams"]


_OPS = Operations(
    {
        "upscale_start": lambda: Operation(
            id="upscale_start",
            group="upscale",
            method="start",
            http_method="POST",
            path="/api/v1/userUpscale/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="source_url",
                    wire="source_url",
                    where="body",
                    schema={"type": ["string"], "file": "media"},
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
                detail="upscale_get",
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
                batch="upscale_batch_detail",
                idempotency=Idempotency(field="name", list="upscale_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "upscale_list": lambda: Operation(
            id="upscale_list",
            group="upscale",
            method="list",
            http_method="GET",
            path="/api/v1/userUpscale/allRecords",
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
            pagination=Pagination(page="pageNum", size="pageSize", rows="rows", total="count"),
            all_method="list_all",
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "upscale_batch_detail": lambda: Operation(
            id="upscale_batch_detail",
            group="upscale",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userUpscale/batchDetail",
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
        "upscale_get": lambda: Operation(
            id="upscale_get",
            group="upscale",
            method="get",
            http_method="GET",
            path="/api/v1/userUpscale/{id}",
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
        "upscale_delete": lambda: Operation(
            id="upscale_delete",
            group="upscale",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userUpscale/{id}",
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
    from ._params import UpscaleStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("UpscaleStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class UpscaleResource:
    """Operations of the upscale group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> UpscaleResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return UpscaleResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> UpscaleQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return UpscaleQuotes(self._runner)

    def start(
        self,
        *,
        source_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> UpscaleTask:
        """Start an upscale task.

        Asynchronous: upscales the image or video at `source_url`. Returns the task record once
        accepted; wait with `get` (or a webhook) until `current_status` is `completed` (the file
        is then in `result_url`) or `failed`.

        Args:
            source_url: Public URL of the source image or video.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["upscale_start"],
            {
                "source_url": source_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
            },
            models.UpscaleTask.from_dict,
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
        source_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[UpscaleTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedUpscaleTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            source_url=source_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
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
    ) -> UpscaleTaskPage:
        """List upscale tasks.

        The caller's upscale tasks, newest first, one page at a time.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["upscale_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.UpscaleTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[UpscaleTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["upscale_list"],
            {
                "page_size": page_size,
            },
            models.UpscaleTask.from_dict,
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
    ) -> builtins.list[UpscaleTask]:
        """Get several upscale tasks.

        Fetches several of the caller's upscale tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["upscale_batch_detail"],
            {
                "ids": ids,
            },
            models.UpscaleTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> UpscaleTask:
        """Get an upscale task.

        One upscale task with its status and, once `completed`, its `result_url`. Poll this after
        `start` until `current_status` is `completed` or `failed`.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["upscale_get"],
            {
                "id": id,
            },
            models.UpscaleTask.from_dict,
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
        """Delete an upscale task.

        Removes one of the caller's upscale tasks from the history; other records are unaffected. Do not
        assume a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["upscale_delete"],
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
        on_update: Callable[[UpscaleTask], object] | None = None,
    ) -> CompletedUpscaleTask:
        """Wait until job `id` is done and return its finished record (polls `upscale.get`).

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
            _OPS["upscale_start"],
            id,
            models.UpscaleTask.from_dict,
            models.CompletedUpscaleTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[UpscaleTask], object] | None = None,
    ) -> builtins.list[CompletedUpscaleTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["upscale_start"],
            builtins.list(ids),
            models.UpscaleTask.from_dict,
            models.CompletedUpscaleTask.from_dict,
            wait_timeout,
            on_update,
        )


class UpscaleResourceWithRawResponse:
    """Like `UpscaleResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: UpscaleResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class UpscaleQuotes:
    """What each job start of the upscale group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        source_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `upscale.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["upscale_start"],
            {
                "source_url": source_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
