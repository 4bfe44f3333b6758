"""The product_avatar group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedProductAvatarTask, ProductAvatarTask
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.product_avatar_rect import ProductAvatarRect
    from ...models.product_avatar_task import ProductAvatarTask
    from ...models.product_avatar_task_page import ProductAvatarTaskPage
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["ProductAvatarResource", "ProductAvatarStartParams"]


_OPS = Operations(
    {
        "product_avatar_start": lambda: Operation(
            id="product_avatar_start",
            group="product_avatar",
            method="start",
            http_method="POST",
            path="/api/v1/productAvatar/start",
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
                        "max_items": 2,
                        "items": {"type": ["string"], "file": "image"},
                        "file": "image",
                    },
                    required=True,
                ),
                Argument(
                    name="product_rect",
                    wire="product_rect",
                    where="body",
                    schema={
                        "type": ["object"],
                        "properties": {
                            "x": {"type": ["number"]},
                            "y": {"type": ["number"]},
                            "width": {"type": ["number"]},
                            "height": {"type": ["number"]},
                            "rotation": {"type": ["number"]},
                            "scale": {"type": ["number"]},
                        },
                        "required": [],
                    },
                    required=True,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=False),
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
                detail="product_avatar_get",
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
                result=("result_image_url",),
                files={"result_image_url": "image"},
                batch="product_avatar_batch_detail",
                idempotency=Idempotency(field="name", list="product_avatar_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "product_avatar_list": lambda: Operation(
            id="product_avatar_list",
            group="product_avatar",
            method="list",
            http_method="GET",
            path="/api/v1/productAvatar/allRecords",
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
        "product_avatar_batch_detail": lambda: Operation(
            id="product_avatar_batch_detail",
            group="product_avatar",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/productAvatar/batchDetail",
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
        "product_avatar_get": lambda: Operation(
            id="product_avatar_get",
            group="product_avatar",
            method="get",
            http_method="GET",
            path="/api/v1/productAvatar/{id}",
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
        "product_avatar_delete": lambda: Operation(
            id="product_avatar_delete",
            group="product_avatar",
            method="delete",
            http_method="DELETE",
            path="/api/v1/productAvatar/{id}",
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
    from ._params import ProductAvatarStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("ProductAvatarStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ProductAvatarResource:
    """Operations of the product_avatar group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> ProductAvatarResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return ProductAvatarResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> ProductAvatarQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return ProductAvatarQuotes(self._runner)

    def start(
        self,
        *,
        image_urls: builtins.list[str | FileInput],
        product_rect: ProductAvatarRect | dict[str, Any],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        timeout_: float | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ProductAvatarTask:
        """Start a product avatar task.

        Asynchronous: composites a product image (`image_urls[0]`) into a person image
        (`image_urls[1]`), placed by `product_rect` and optionally guided by a prompt. Returns the
        task record once accepted; wait with `get` (or a webhook) until `current_status` is
        `completed` (the picture is then in `result_image_url`) or `failed` (the reason is in
        `failed_message`). The lifecycle is `initialized`, `sent`, `pending`, `processing`, then
        `completed` or `failed`; A2E suggests polling every 3 to 5 s. Tasks fail after 2 hours,
        and credits are refunded automatically on failure or timeout.

        Args:
            image_urls: Exactly two public image URLs, in this order, the product image then the person image.
            product_rect: Where and how the product is placed on the person image. The catalog gives no field
                table,
                only an example with these six numbers; units are not stated (pixels of the person image
                for the position and size presumably, degrees for `rotation`, a factor for `scale`:
                inferred). Any other key is kept.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Optional task name.
            prompt: Optional extra generation prompt.
            timeout_: Processing timeout in seconds.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["product_avatar_start"],
            {
                "image_urls": image_urls,
                "product_rect": product_rect,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "prompt": prompt,
                "timeout_": timeout_,
            },
            models.ProductAvatarTask.from_dict,
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
        product_rect: ProductAvatarRect | dict[str, Any],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        timeout_: float | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[ProductAvatarTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedProductAvatarTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            image_urls=image_urls,
            product_rect=product_rect,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
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
    ) -> ProductAvatarTaskPage:
        """List product avatar tasks.

        The caller's product avatar tasks, one page at a time, for monitoring progress and collecting
        results.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["product_avatar_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.ProductAvatarTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[ProductAvatarTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["product_avatar_list"],
            {
                "page_size": page_size,
            },
            models.ProductAvatarTask.from_dict,
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
    ) -> builtins.list[ProductAvatarTask]:
        """Get several product avatar tasks.

        Fetches several of the caller's product avatar tasks by id in one call. Match results by `_id`,
        not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["product_avatar_batch_detail"],
            {
                "ids": ids,
            },
            models.ProductAvatarTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> ProductAvatarTask:
        """Get a product avatar task.

        One task with its status and, once `completed`, its `result_image_url`; the failure reason is in
        `failed_message`. Poll this every 3 to 5 s after `start`.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["product_avatar_get"],
            {
                "id": id,
            },
            models.ProductAvatarTask.from_dict,
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
        """Delete a product avatar task.

        Soft-deletes a task (the record is flagged deleted and hidden, but kept by A2E). Do not assume a
        running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["product_avatar_delete"],
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
        on_update: Callable[[ProductAvatarTask], object] | None = None,
    ) -> CompletedProductAvatarTask:
        """Wait until job `id` is done and return its finished record (polls `product_avatar.get`).

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
            _OPS["product_avatar_start"],
            id,
            models.ProductAvatarTask.from_dict,
            models.CompletedProductAvatarTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[ProductAvatarTask], object] | None = None,
    ) -> builtins.list[CompletedProductAvatarTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["product_avatar_start"],
            builtins.list(ids),
            models.ProductAvatarTask.from_dict,
            models.CompletedProductAvatarTask.from_dict,
            wait_timeout,
            on_update,
        )


class ProductAvatarResourceWithRawResponse:
    """Like `ProductAvatarResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: ProductAvatarResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class ProductAvatarQuotes:
    """What each job start of the product_avatar group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        image_urls: builtins.list[str | FileInput],
        product_rect: ProductAvatarRect | dict[str, Any],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        timeout_: float | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `product_avatar.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["product_avatar_start"],
            {
                "image_urls": image_urls,
                "product_rect": product_rect,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "prompt": prompt,
                "timeout_": timeout_,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
