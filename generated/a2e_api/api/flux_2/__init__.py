"""The flux_2 group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedFlux2Task, Flux2Task
    from ...models.flux_2_list_status import Flux2ListStatus, check_flux_2_list_status
    from ...models.flux_2_start_body_aspect_ratio import (
        Flux2StartBodyAspectRatio,
        check_flux_2_start_body_aspect_ratio,
    )
    from ...models.flux_2_start_body_resolution import (
        Flux2StartBodyResolution,
        check_flux_2_start_body_resolution,
    )
    from ...models.flux_2_task import Flux2Task
    from ...models.flux_2_task_page import Flux2TaskPage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["Flux2Resource", "Flux2StartParams"]


_OPS = Operations(
    {
        "flux_2_start": lambda: Operation(
            id="flux_2_start",
            group="flux_2",
            method="start",
            http_method="POST",
            path="/api/v1/userFlux2/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=True),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
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
                        "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "custom", "match_input_image"],
                    },
                    required=False,
                ),
                Argument(
                    name="resolution",
                    wire="resolution",
                    where="body",
                    schema={"type": ["string"], "enum": ["1K", "2K"]},
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
                detail="flux_2_get",
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
                batch="flux_2_batch_detail",
                idempotency=Idempotency(field="name", list="flux_2_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "flux_2_list": lambda: Operation(
            id="flux_2_list",
            group="flux_2",
            method="list",
            http_method="GET",
            path="/api/v1/userFlux2/list",
            path_params=(),
            query=(
                Argument(
                    name="page",
                    wire="page",
                    where="query",
                    schema={"type": ["integer"], "minimum": 1},
                    required=False,
                    default=1,
                ),
                Argument(
                    name="page_size",
                    wire="page_size",
                    where="query",
                    schema={"type": ["integer"], "minimum": 1, "maximum": 100},
                    required=False,
                    default=20,
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
            pagination=Pagination(page="page", size="page_size", rows="rows", total="count"),
            all_method="list_all",
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "flux_2_batch_detail": lambda: Operation(
            id="flux_2_batch_detail",
            group="flux_2",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userFlux2/batchDetail",
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
        "flux_2_get": lambda: Operation(
            id="flux_2_get",
            group="flux_2",
            method="get",
            http_method="GET",
            path="/api/v1/userFlux2/detail/{id}",
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
        "flux_2_delete": lambda: Operation(
            id="flux_2_delete",
            group="flux_2",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userFlux2/{id}",
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
    from ._params import Flux2StartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("Flux2StartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Flux2Resource:
    """Operations of the flux_2 group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> Flux2ResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return Flux2ResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> Flux2Quotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return Flux2Quotes(self._runner)

    def start(
        self,
        *,
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: Flux2StartBodyAspectRatio | Unset = UNSET,
        resolution: Flux2StartBodyResolution | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Flux2Task:
        """Start a Flux 2 Pro image task.

        Asynchronous: generates an image from a prompt; with `input_images` (up to 8) it switches to
        image-to-image mode for editing, composition and character consistency. Usually done in 20
        to 60 s. Returns the task record once accepted; wait with `get` (or `batch_detail`, or a
        webhook). Charges credits (402 when they are insufficient); failed tasks are refunded.
        Results are stored for 7 days. A 200 may also report that NSFW content was detected;
        `force_generate` (default `true` for API tokens) generates anyway.

        Args:
            name: Task name.
            prompt: What to generate, or the edit instruction.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            input_images: Up to 8 reference image URLs; giving any switches to image-to-image mode.
            aspect_ratio: Output aspect ratio.
            resolution: 1K is about 1 megapixel, 2K about 2 megapixels.
            force_generate: Generate even if NSFW content is detected (default `true` for API tokens, `false` in the
                web app).

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["flux_2_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "force_generate": force_generate,
            },
            models.Flux2Task.from_dict,
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
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: Flux2StartBodyAspectRatio | Unset = UNSET,
        resolution: Flux2StartBodyResolution | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[Flux2Task], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedFlux2Task:
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
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
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
        page: int | Unset = 1,
        page_size: int | Unset = 20,
        status: Flux2ListStatus | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Flux2TaskPage:
        """List Flux 2 Pro tasks.

        The caller's Flux 2 Pro tasks, newest first, one page at a time, optionally only those in one
        `status`. Only unexpired tasks (7 days) are listed. Pages are `page` and `page_size` (not
        `pageNum` and `pageSize`).

        Args:
            page:
            page_size:
            status:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["flux_2_list"],
            {
                "page": page,
                "page_size": page_size,
                "status": status,
            },
            models.Flux2TaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 20,
        status: Flux2ListStatus | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[Flux2Task]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["flux_2_list"],
            {
                "page_size": page_size,
                "status": status,
            },
            models.Flux2Task.from_dict,
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
    ) -> builtins.list[Flux2Task]:
        """Get several Flux 2 Pro tasks.

        Fetches several of the caller's Flux 2 Pro tasks by id in one call. Match results by `_id`, not
        by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["flux_2_batch_detail"],
            {
                "ids": ids,
            },
            models.Flux2Task.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Flux2Task:
        """Get a Flux 2 Pro task.

        One Flux 2 Pro task with its status and, once `completed`, its `image_urls`. Poll this to wait
        for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["flux_2_get"],
            {
                "id": id,
            },
            models.Flux2Task.from_dict,
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
        """Delete a Flux 2 Pro task.

        Soft-deletes one of the caller's Flux 2 Pro tasks (kept, but hidden from the list). Do not
        assume a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["flux_2_delete"],
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
        on_update: Callable[[Flux2Task], object] | None = None,
    ) -> CompletedFlux2Task:
        """Wait until job `id` is done and return its finished record (polls `flux_2.get`).

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
            _OPS["flux_2_start"],
            id,
            models.Flux2Task.from_dict,
            models.CompletedFlux2Task.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[Flux2Task], object] | None = None,
    ) -> builtins.list[CompletedFlux2Task | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["flux_2_start"],
            builtins.list(ids),
            models.Flux2Task.from_dict,
            models.CompletedFlux2Task.from_dict,
            wait_timeout,
            on_update,
        )


class Flux2ResourceWithRawResponse:
    """Like `Flux2Resource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: Flux2Resource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class Flux2Quotes:
    """What each job start of the flux_2 group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: Flux2StartBodyAspectRatio | Unset = UNSET,
        resolution: Flux2StartBodyResolution | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `flux_2.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["flux_2_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "force_generate": force_generate,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
