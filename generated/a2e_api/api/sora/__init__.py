"""The sora group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedSoraVideoTask, SoraVideoTask
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...models.sora_start_body_aspect_ratio import (
        SoraStartBodyAspectRatio,
        check_sora_start_body_aspect_ratio,
    )
    from ...models.sora_start_body_duration_seconds import (
        SoraStartBodyDurationSeconds,
        check_sora_start_body_duration_seconds,
    )
    from ...models.sora_start_body_model_type import (
        SoraStartBodyModelType,
        check_sora_start_body_model_type,
    )
    from ...models.sora_start_body_quality import (
        SoraStartBodyQuality,
        check_sora_start_body_quality,
    )
    from ...models.sora_video_task import SoraVideoTask
    from ...models.sora_video_task_page import SoraVideoTaskPage
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["SoraResource", "SoraStartParams"]


_OPS = Operations(
    {
        "sora_start": lambda: Operation(
            id="sora_start",
            group="sora",
            method="start",
            http_method="POST",
            path="/api/v1/soraVideo/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="model_type",
                    wire="model_type",
                    where="body",
                    schema={"type": ["string"], "enum": ["text-to-video", "image-to-video"]},
                    required=False,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="image_urls",
                    wire="image_urls",
                    where="body",
                    schema={"type": ["array"], "items": {"type": ["string"], "file": "image"}, "file": "image"},
                    required=False,
                ),
                Argument(
                    name="aspect_ratio",
                    wire="aspect_ratio",
                    where="body",
                    schema={"type": ["string"], "enum": ["portrait", "landscape"]},
                    required=False,
                ),
                Argument(
                    name="duration_seconds",
                    wire="duration_seconds",
                    where="body",
                    schema={"type": ["string"], "enum": ["5", "10", "15"]},
                    required=False,
                ),
                Argument(
                    name="quality",
                    wire="quality",
                    where="body",
                    schema={"type": ["string"], "enum": ["standard", "high"]},
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
            files=("image_urls",),
            record_id=None,
            task=Task(
                detail="sora_get",
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
                batch="sora_batch_detail",
                idempotency=Idempotency(field="name", list="sora_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "sora_list": lambda: Operation(
            id="sora_list",
            group="sora",
            method="list",
            http_method="GET",
            path="/api/v1/soraVideo/allRecords",
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
        "sora_batch_detail": lambda: Operation(
            id="sora_batch_detail",
            group="sora",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/soraVideo/batchDetail",
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
        "sora_get": lambda: Operation(
            id="sora_get",
            group="sora",
            method="get",
            http_method="GET",
            path="/api/v1/soraVideo/{id}",
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
        "sora_delete": lambda: Operation(
            id="sora_delete",
            group="sora",
            method="delete",
            http_method="DELETE",
            path="/api/v1/soraVideo/{id}",
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
    from ._params import SoraStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("SoraStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SoraResource:
    """Operations of the sora group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> SoraResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return SoraResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> SoraQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return SoraQuotes(self._runner)

    def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_type: SoraStartBodyModelType | Unset = UNSET,
        image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: SoraStartBodyAspectRatio | Unset = UNSET,
        duration_seconds: SoraStartBodyDurationSeconds | Unset = UNSET,
        quality: SoraStartBodyQuality | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SoraVideoTask:
        """Start a Sora 2 Pro video task.

        Asynchronous: creates a "Sora 2 Pro" video task of 5, 10 or 15 seconds, from a prompt
        (`text-to-video`) or from a prompt and images (`image-to-video`, the default, which needs
        `image_urls`). Despite the name, A2E runs these tasks on the Kling 3.0 official API.
        Returns the task record once accepted; wait with `get` (or a webhook). Charges credits.

        Args:
            prompt: Text prompt for the video.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            model_type: Generation mode.
            image_urls: Public URLs of the input images; needed when `model_type` is `image-to-video`.
            aspect_ratio: Orientation of the video.
            duration_seconds: Length in seconds, sent as a string.
            quality: Quality tier.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["sora_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "model_type": model_type,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
                "duration_seconds": duration_seconds,
                "quality": quality,
            },
            models.SoraVideoTask.from_dict,
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
        model_type: SoraStartBodyModelType | Unset = UNSET,
        image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: SoraStartBodyAspectRatio | Unset = UNSET,
        duration_seconds: SoraStartBodyDurationSeconds | Unset = UNSET,
        quality: SoraStartBodyQuality | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[SoraVideoTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedSoraVideoTask:
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
            model_type=model_type,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            duration_seconds=duration_seconds,
            quality=quality,
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
    ) -> SoraVideoTaskPage:
        """List Sora 2 Pro video tasks.

        The caller's Sora 2 Pro video tasks, one page at a time. Deleted tasks are hidden.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["sora_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.SoraVideoTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[SoraVideoTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["sora_list"],
            {
                "page_size": page_size,
            },
            models.SoraVideoTask.from_dict,
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
    ) -> builtins.list[SoraVideoTask]:
        """Get several Sora 2 Pro video tasks.

        Fetches several of the caller's tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["sora_batch_detail"],
            {
                "ids": ids,
            },
            models.SoraVideoTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> SoraVideoTask:
        """Get a Sora 2 Pro video task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["sora_get"],
            {
                "id": id,
            },
            models.SoraVideoTask.from_dict,
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
        """Delete a Sora 2 Pro video task.

        Soft-deletes a task: the record is kept but hidden from the task lists. Do not assume a running
        task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["sora_delete"],
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
        on_update: Callable[[SoraVideoTask], object] | None = None,
    ) -> CompletedSoraVideoTask:
        """Wait until job `id` is done and return its finished record (polls `sora.get`).

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
            _OPS["sora_start"],
            id,
            models.SoraVideoTask.from_dict,
            models.CompletedSoraVideoTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[SoraVideoTask], object] | None = None,
    ) -> builtins.list[CompletedSoraVideoTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["sora_start"],
            builtins.list(ids),
            models.SoraVideoTask.from_dict,
            models.CompletedSoraVideoTask.from_dict,
            wait_timeout,
            on_update,
        )


class SoraResourceWithRawResponse:
    """Like `SoraResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: SoraResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class SoraQuotes:
    """What each job start of the sora group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_type: SoraStartBodyModelType | Unset = UNSET,
        image_urls: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: SoraStartBodyAspectRatio | Unset = UNSET,
        duration_seconds: SoraStartBodyDurationSeconds | Unset = UNSET,
        quality: SoraStartBodyQuality | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `sora.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["sora_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "model_type": model_type,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
                "duration_seconds": duration_seconds,
                "quality": quality,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
