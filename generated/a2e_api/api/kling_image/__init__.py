"""The kling_image group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedKlingImageTask, KlingImageTask
    from ...models.kling_image_start_body_aspect_ratio import (
        KlingImageStartBodyAspectRatio,
        check_kling_image_start_body_aspect_ratio,
    )
    from ...models.kling_image_start_body_resolution import (
        KlingImageStartBodyResolution,
        check_kling_image_start_body_resolution,
    )
    from ...models.kling_image_task import KlingImageTask
    from ...models.kling_image_task_page import KlingImageTaskPage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["KlingImageResource", "KlingImageStartParams"]


_OPS = Operations(
    {
        "kling_image_start": lambda: Operation(
            id="kling_image_start",
            group="kling_image",
            method="start",
            http_method="POST",
            path="/api/v1/userKlingImage/start",
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
                    schema={"type": ["string"], "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "2:3", "3:2", "21:9"]},
                    required=False,
                ),
                Argument(
                    name="resolution",
                    wire="resolution",
                    where="body",
                    schema={"type": ["string"], "enum": ["1k", "2k"]},
                    required=False,
                ),
                Argument(
                    name="n",
                    wire="n",
                    where="body",
                    schema={"type": ["integer"], "minimum": 1, "maximum": 9},
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
                detail="kling_image_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("image_urls",),
                files={"image_urls": "image"},
                batch="kling_image_batch_detail",
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "kling_image_list": lambda: Operation(
            id="kling_image_list",
            group="kling_image",
            method="list",
            http_method="GET",
            path="/api/v1/userKlingImage/list",
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
        "kling_image_batch_detail": lambda: Operation(
            id="kling_image_batch_detail",
            group="kling_image",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userKlingImage/batchDetail",
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
        "kling_image_get": lambda: Operation(
            id="kling_image_get",
            group="kling_image",
            method="get",
            http_method="GET",
            path="/api/v1/userKlingImage/detail/{id}",
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
        "kling_image_delete": lambda: Operation(
            id="kling_image_delete",
            group="kling_image",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userKlingImage/{id}",
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
    from ._params import KlingImageStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("KlingImageStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class KlingImageResource:
    """Operations of the kling_image group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> KlingImageResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return KlingImageResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> KlingImageQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return KlingImageQuotes(self._runner)

    def start(
        self,
        *,
        name: str,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        aspect_ratio: KlingImageStartBodyAspectRatio | Unset = UNSET,
        resolution: KlingImageStartBodyResolution | Unset = UNSET,
        n: int | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[KlingImageTask]:
        """Start Kling 3.0 image tasks.

        Asynchronous: generates `n` images (1 to 9) from a prompt and optional reference images.
        The catalog says a call creates one or more tasks, so `data` is a list of task records;
        wait for each with `get` (or `batch_detail`, or a webhook). `resolution` is written with a
        lower-case k (`1k`, `2k`), unlike the other image families. Charges credits; failed tasks
        are refunded.

        Args:
            name: Task name.
            prompt: What to generate.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            input_images: Public reference image URLs.
            aspect_ratio: Output aspect ratio.
            resolution: Output resolution, with a lower-case k.
            n: How many images to generate.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["kling_image_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "n": n,
            },
            models.KlingImageTask.list_from,
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
        aspect_ratio: KlingImageStartBodyAspectRatio | Unset = UNSET,
        resolution: KlingImageStartBodyResolution | Unset = UNSET,
        n: int | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[KlingImageTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[CompletedKlingImageTask]:
        """`start`, then `wait`: the finished records, result fields set.

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
            n=n,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return [self.wait(task.id, wait_timeout=wait_timeout, on_update=on_update) for task in started]

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> KlingImageTaskPage:
        """List Kling 3.0 image tasks.

        The caller's Kling 3.0 image tasks. The catalog calls the list paginated but documents no page
        parameters, so this client sends none.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["kling_image_list"],
            {},
            models.KlingImageTaskPage.from_dict,
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
    ) -> builtins.list[KlingImageTask]:
        """Get several Kling 3.0 image tasks.

        Fetches up to 200 of the caller's Kling 3.0 image tasks by id in one call. Match results by
        `_id`, not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["kling_image_batch_detail"],
            {
                "ids": ids,
            },
            models.KlingImageTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> KlingImageTask:
        """Get a Kling 3.0 image task.

        One Kling 3.0 image task with its status and, once `completed`, its `image_urls`. Poll this to
        wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["kling_image_get"],
            {
                "id": id,
            },
            models.KlingImageTask.from_dict,
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
        """Delete a Kling 3.0 image task.

        Soft-deletes one of the caller's Kling 3.0 image tasks (hidden from the list afterwards). Do not
        assume a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["kling_image_delete"],
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
        on_update: Callable[[KlingImageTask], object] | None = None,
    ) -> CompletedKlingImageTask:
        """Wait until job `id` is done and return its finished record (polls `kling_image.get`).

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
            _OPS["kling_image_start"],
            id,
            models.KlingImageTask.from_dict,
            models.CompletedKlingImageTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[KlingImageTask], object] | None = None,
    ) -> builtins.list[CompletedKlingImageTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["kling_image_start"],
            builtins.list(ids),
            models.KlingImageTask.from_dict,
            models.CompletedKlingImageTask.from_dict,
            wait_timeout,
            on_update,
        )


class KlingImageResourceWithRawResponse:
    """Like `KlingImageResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: KlingImageResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class KlingImageQuotes:
    """What each job start of the kling_image group would cost; nothing is started."""

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
        aspect_ratio: KlingImageStartBodyAspectRatio | Unset = UNSET,
        resolution: KlingImageStartBodyResolution | Unset = UNSET,
        n: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `kling_image.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["kling_image_start"],
            {
                "name": name,
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "n": n,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
