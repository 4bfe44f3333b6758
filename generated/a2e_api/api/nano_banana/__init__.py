"""The nano_banana group: typed methods generated from the spec (the async ones: `_async.py`)."""

from __future__ import annotations

import builtins
import functools
import warnings
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

    from ...models import CompletedNanoBananaTask, NanoBananaTask
    from ...models.nano_banana_list_status import (
        NanoBananaListStatus,
        check_nano_banana_list_status,
    )
    from ...models.nano_banana_start_body_aspect_ratio import (
        NanoBananaStartBodyAspectRatio,
        check_nano_banana_start_body_aspect_ratio,
    )
    from ...models.nano_banana_start_body_image_size import (
        NanoBananaStartBodyImageSize,
        check_nano_banana_start_body_image_size,
    )
    from ...models.nano_banana_start_body_model import (
        NanoBananaStartBodyModel,
        check_nano_banana_start_body_model,
    )
    from ...models.nano_banana_task import NanoBananaTask
    from ...models.nano_banana_task_page import NanoBananaTaskPage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["NanoBananaResource", "NanoBananaStartParams"]


_OPS = Operations(
    {
        "nano_banana_start": lambda: Operation(
            id="nano_banana_start",
            group="nano_banana",
            method="start",
            http_method="POST",
            path="/api/v1/userNanoBanana/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=True),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="model",
                    wire="model",
                    where="body",
                    schema={
                        "type": ["string"],
                        "enum": ["nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"],
                    },
                    required=False,
                ),
                Argument(
                    name="input_images",
                    wire="input_images",
                    where="body",
                    schema={"type": ["array"], "items": {"type": ["string"], "file": "image"}, "file": "image"},
                    required=False,
                ),
                Argument(
                    name="aspect_ratio",
                    wire="aspect_ratio",
                    where="body",
                    schema={
                        "type": ["string"],
                        "enum": ["auto", "16:9", "1:1", "9:16", "4:3", "3:4", "2:3", "3:2", "4:5", "5:4", "21:9"],
                    },
                    required=False,
                ),
                Argument(
                    name="image_size",
                    wire="image_size",
                    where="body",
                    schema={"type": ["string"], "enum": ["1K", "2K", "4K"]},
                    required=False,
                ),
                Argument(
                    name="google_search",
                    wire="google_search",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(
                    name="force_generate",
                    wire="force_generate",
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
            files=("input_images",),
            record_id=None,
            task=Task(
                detail="nano_banana_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                running=(
                    "initialized",
                    "processing",
                ),
                message=("failed_message",),
                code=("failed_code",),
                result=("image_urls",),
                files={"image_urls": "image"},
                batch="nano_banana_batch_detail",
                idempotency=Idempotency(field="name", list="nano_banana_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "nano_banana_list": lambda: Operation(
            id="nano_banana_list",
            group="nano_banana",
            method="list",
            http_method="GET",
            path="/api/v1/userNanoBanana/allRecords",
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
                Argument(
                    name="status",
                    wire="status",
                    where="query",
                    schema={"type": ["string"], "enum": ["initialized", "processing", "completed", "failed"]},
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
        "nano_banana_batch_detail": lambda: Operation(
            id="nano_banana_batch_detail",
            group="nano_banana",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userNanoBanana/batchDetail",
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
        "nano_banana_get": lambda: Operation(
            id="nano_banana_get",
            group="nano_banana",
            method="get",
            http_method="GET",
            path="/api/v1/userNanoBanana/detail/{id}",
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
        "nano_banana_delete": lambda: Operation(
            id="nano_banana_delete",
            group="nano_banana",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userNanoBanana/delete/{id}",
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
        "nano_banana_get_legacy": lambda: Operation(
            id="nano_banana_get_legacy",
            group="nano_banana",
            method="get_legacy",
            http_method="GET",
            path="/api/v1/userNanoBanana/{id}",
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
            deprecated="the catalog's detail route is `/detail/{id}`; use `get`",
        ),
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""

if TYPE_CHECKING:
    from ._params import NanoBananaStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("NanoBananaStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class NanoBananaResource:
    """Operations of the nano_banana group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> NanoBananaResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return NanoBananaResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> NanoBananaQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return NanoBananaQuotes(self._runner)

    def start(
        self,
        *,
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        model: NanoBananaStartBodyModel | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: NanoBananaStartBodyAspectRatio | Unset = UNSET,
        image_size: NanoBananaStartBodyImageSize | Unset = UNSET,
        google_search: bool | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> NanoBananaTask:
        """Start a Nano Banana image task.

        Asynchronous: generates an image from a prompt, or edits and composes `input_images`.
        `nano-banana` has no resolution control (and switches to edit mode when given images);
        `nano-banana-pro` and `nano-banana-2` honour `image_size`; `nano-banana-2-lite` is 1K only;
        `google_search` grounding works with `nano-banana-2` only. Returns the task record once
        accepted; wait with `get` (or `batch_detail`, or a webhook). Charges credits; failed tasks
        are refunded. A 200 may also report that NSFW content was detected (the prompt or images
        are pre-filtered); `force_generate` (default `true` for API tokens) generates anyway.

        Args:
            name: Task name.
            prompt: What to generate, or how to edit the input images.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            model: `nano-banana` has no resolution control; `nano-banana-pro` and `nano-banana-2` honour
                `image_size`; `nano-banana-2-lite` is 1K only.
            input_images: Input image URLs, for editing and composition.
            aspect_ratio: Output aspect ratio.
            image_size: Output size; honoured by `nano-banana-pro` and `nano-banana-2`, forced to 1K on `nano-
                banana-2-lite`.
            google_search: Ground the image in Google web search results; `nano-banana-2` only.
            force_generate: Generate even if NSFW content is detected (default `true` for API tokens, `false` in the
                web app).

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["nano_banana_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "model": model,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "google_search": google_search,
                "force_generate": force_generate,
            },
            models.NanoBananaTask.from_dict,
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
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        model: NanoBananaStartBodyModel | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: NanoBananaStartBodyAspectRatio | Unset = UNSET,
        image_size: NanoBananaStartBodyImageSize | Unset = UNSET,
        google_search: bool | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[NanoBananaTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedNanoBananaTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            model=model,
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            google_search=google_search,
            force_generate=force_generate,
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
        status: NanoBananaListStatus | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> NanoBananaTaskPage:
        """List Nano Banana tasks.

        The caller's Nano Banana tasks, one page at a time, optionally only those in one `status`.

        Args:
            page_num:
            page_size:
            status:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["nano_banana_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
                "status": status,
            },
            models.NanoBananaTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        status: NanoBananaListStatus | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[NanoBananaTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["nano_banana_list"],
            {
                "page_size": page_size,
                "status": status,
            },
            models.NanoBananaTask.from_dict,
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
    ) -> builtins.list[NanoBananaTask]:
        """Get several Nano Banana tasks.

        Fetches several of the caller's Nano Banana tasks by id in one call. Match results by `_id`, not
        by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["nano_banana_batch_detail"],
            {
                "ids": ids,
            },
            models.NanoBananaTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> NanoBananaTask:
        """Get a Nano Banana task.

        One Nano Banana task with its status and, once `completed`, its `image_urls`. Poll this to wait
        for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["nano_banana_get"],
            {
                "id": id,
            },
            models.NanoBananaTask.from_dict,
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
        """Delete a Nano Banana task.

        Soft-deletes one of the caller's Nano Banana tasks (kept, but hidden from the lists). Do not
        assume a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["nano_banana_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def get_legacy(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> NanoBananaTask:
        """Get a Nano Banana task (older route).

        Deprecated: the catalog's detail route is `/detail/{id}`; use `get`. Kept because public
        callers (P3) poll this route, but one caller (P6) reports that it answers HTTP 404 and looks
        tasks up in the list instead: expect `NotFoundError`. Would answer the same record as `get`.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        warnings.warn(
            "nano_banana.get_legacy is deprecated: the catalog's detail route is `/detail/{id}`; use `get`",
            DeprecationWarning,
            stacklevel=2,
        )

        return self._runner.call(
            _OPS["nano_banana_get_legacy"],
            {
                "id": id,
            },
            models.NanoBananaTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[NanoBananaTask], object] | None = None,
    ) -> CompletedNanoBananaTask:
        """Wait until job `id` is done and return its finished record (polls `nano_banana.get`).

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
            _OPS["nano_banana_start"],
            id,
            models.NanoBananaTask.from_dict,
            models.CompletedNanoBananaTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[NanoBananaTask], object] | None = None,
    ) -> builtins.list[CompletedNanoBananaTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["nano_banana_start"],
            builtins.list(ids),
            models.NanoBananaTask.from_dict,
            models.CompletedNanoBananaTask.from_dict,
            wait_timeout,
            on_update,
        )


class NanoBananaResourceWithRawResponse:
    """Like `NanoBananaResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: NanoBananaResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.get_legacy = raw_response(resource.get_legacy)


class NanoBananaQuotes:
    """What each job start of the nano_banana group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        model: NanoBananaStartBodyModel | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: NanoBananaStartBodyAspectRatio | Unset = UNSET,
        image_size: NanoBananaStartBodyImageSize | Unset = UNSET,
        google_search: bool | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `nano_banana.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["nano_banana_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "model": model,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "google_search": google_search,
                "force_generate": force_generate,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
