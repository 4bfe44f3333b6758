"""The virtual_try_on group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedVirtualTryOnTask, VirtualTryOnTask
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...models.virtual_try_on_task import VirtualTryOnTask
    from ...models.virtual_try_on_task_page import VirtualTryOnTaskPage
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["VirtualTryOnResource", "VirtualTryOnStartParams"]


_OPS = Operations(
    {
        "virtual_try_on_start": lambda: Operation(
            id="virtual_try_on_start",
            group="virtual_try_on",
            method="start",
            http_method="POST",
            path="/api/v1/virtualTryOn/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="image_urls",
                    wire="image_urls",
                    where="body",
                    schema={
                        "type": ["array"],
                        "min_items": 2,
                        "max_items": 4,
                        "items": {"type": ["string"], "file": "image"},
                        "file": "image",
                    },
                    required=True,
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
            files=("image_urls",),
            record_id=None,
            task=Task(
                detail="virtual_try_on_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_image_url",),
                files={"result_image_url": "image"},
                batch="virtual_try_on_batch_detail",
                idempotency=Idempotency(field="name", list="virtual_try_on_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "virtual_try_on_list": lambda: Operation(
            id="virtual_try_on_list",
            group="virtual_try_on",
            method="list",
            http_method="GET",
            path="/api/v1/virtualTryOn/allRecords",
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
        "virtual_try_on_batch_detail": lambda: Operation(
            id="virtual_try_on_batch_detail",
            group="virtual_try_on",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/virtualTryOn/batchDetail",
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
        "virtual_try_on_get": lambda: Operation(
            id="virtual_try_on_get",
            group="virtual_try_on",
            method="get",
            http_method="GET",
            path="/api/v1/virtualTryOn/{id}",
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
        "virtual_try_on_delete": lambda: Operation(
            id="virtual_try_on_delete",
            group="virtual_try_on",
            method="delete",
            http_method="DELETE",
            path="/api/v1/virtualTryOn/{id}",
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
    from ._params import VirtualTryOnStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("VirtualTryOnStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class VirtualTryOnResource:
    """Operations of the virtual_try_on group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> VirtualTryOnResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return VirtualTryOnResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> VirtualTryOnQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return VirtualTryOnQuotes(self._runner)

    def start(
        self,
        *,
        image_urls: builtins.list[str | FileInput],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout_: float | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VirtualTryOnTask:
        """Start a virtual try-on task.

        Asynchronous: dresses the person in a photo with a clothing image. `image_urls` holds 2 to
        4 image URLs: the catalog names `[0]` the person and `[1]` the clothing; public callers
        send exactly four, in the order person, person mask, clothing, clothing mask. Returns the
        task record once accepted; wait with `get` (or a webhook, for API-token callers). The
        result image is in `result_image_url`. Charges credits; failed tasks are refunded.

        Args:
            image_urls: Public image URLs: `[person, clothing]` per the catalog, or (as public callers send)
                `[person, person mask, clothing, clothing mask]`.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            timeout_: Processing timeout, in seconds.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["virtual_try_on_start"],
            {
                "image_urls": image_urls,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "timeout_": timeout_,
            },
            models.VirtualTryOnTask.from_dict,
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
        image_urls: builtins.list[str | FileInput],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout_: float | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VirtualTryOnTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedVirtualTryOnTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            image_urls=image_urls,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
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
    ) -> VirtualTryOnTaskPage:
        """List virtual try-on tasks.

        The caller's virtual try-on tasks, one page at a time.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["virtual_try_on_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.VirtualTryOnTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[VirtualTryOnTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["virtual_try_on_list"],
            {
                "page_size": page_size,
            },
            models.VirtualTryOnTask.from_dict,
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
    ) -> builtins.list[VirtualTryOnTask]:
        """Get several virtual try-on tasks.

        Fetches several of the caller's virtual try-on tasks by id in one call. Match results by `_id`,
        not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["virtual_try_on_batch_detail"],
            {
                "ids": ids,
            },
            models.VirtualTryOnTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> VirtualTryOnTask:
        """Get a virtual try-on task.

        One virtual try-on task with its status and, once `completed`, the result image in
        `result_image_url`. Poll this to wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["virtual_try_on_get"],
            {
                "id": id,
            },
            models.VirtualTryOnTask.from_dict,
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
        """Delete a virtual try-on task.

        Removes a virtual try-on task from the history; other try-on results are not affected. Do not
        assume a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["virtual_try_on_delete"],
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
        on_update: Callable[[VirtualTryOnTask], object] | None = None,
    ) -> CompletedVirtualTryOnTask:
        """Wait until job `id` is done and return its finished record (polls `virtual_try_on.get`).

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
            _OPS["virtual_try_on_start"],
            id,
            models.VirtualTryOnTask.from_dict,
            models.CompletedVirtualTryOnTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VirtualTryOnTask], object] | None = None,
    ) -> builtins.list[CompletedVirtualTryOnTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["virtual_try_on_start"],
            builtins.list(ids),
            models.VirtualTryOnTask.from_dict,
            models.CompletedVirtualTryOnTask.from_dict,
            wait_timeout,
            on_update,
        )


class VirtualTryOnResourceWithRawResponse:
    """Like `VirtualTryOnResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: VirtualTryOnResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class VirtualTryOnQuotes:
    """What each job start of the virtual_try_on group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        image_urls: builtins.list[str | FileInput],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout_: float | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `virtual_try_on.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["virtual_try_on_start"],
            {
                "image_urls": image_urls,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "timeout_": timeout_,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
