"""The seedance group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedSeedanceTask, SeedanceTask
    from ...models.quote import Quote
    from ...models.seedance_start_body_aspect_ratio import (
        SeedanceStartBodyAspectRatio,
        check_seedance_start_body_aspect_ratio,
    )
    from ...models.seedance_start_body_duration import (
        SeedanceStartBodyDuration,
        check_seedance_start_body_duration,
    )
    from ...models.seedance_start_body_mode import (
        SeedanceStartBodyMode,
        check_seedance_start_body_mode,
    )
    from ...models.seedance_start_body_resolution import (
        SeedanceStartBodyResolution,
        check_seedance_start_body_resolution,
    )
    from ...models.seedance_task import SeedanceTask
    from ...models.seedance_task_page import SeedanceTaskPage
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["SeedanceResource", "SeedanceStartParams"]


_OPS = Operations(
    {
        "seedance_start": lambda: Operation(
            id="seedance_start",
            group="seedance",
            method="start",
            http_method="POST",
            path="/api/v1/seedanceVideo/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="mode",
                    wire="mode",
                    where="body",
                    schema={"type": ["string"], "enum": ["text-to-video", "image-to-video"]},
                    required=False,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="image_url",
                    wire="image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="end_image_url",
                    wire="end_image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="duration",
                    wire="duration",
                    where="body",
                    schema={"type": ["string"], "enum": ["5", "10"]},
                    required=False,
                ),
                Argument(
                    name="aspect_ratio",
                    wire="aspect_ratio",
                    where="body",
                    schema={"type": ["string"], "enum": ["16:9", "9:16", "1:1"]},
                    required=False,
                ),
                Argument(
                    name="resolution",
                    wire="resolution",
                    where="body",
                    schema={"type": ["string"], "enum": ["480p", "720p"]},
                    required=False,
                ),
                Argument(
                    name="camera_fixed", wire="camera_fixed", where="body", schema={"type": ["boolean"]}, required=False
                ),
                Argument(
                    name="generate_audio",
                    wire="generate_audio",
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
                "end_image_url",
            ),
            record_id=None,
            task=Task(
                detail="seedance_list",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                idempotency=Idempotency(field="name", list="seedance_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "seedance_list": lambda: Operation(
            id="seedance_list",
            group="seedance",
            method="list",
            http_method="GET",
            path="/api/v1/seedanceVideo/allRecords",
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
                    default=20,
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
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""

if TYPE_CHECKING:
    from ._params import SeedanceStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("SeedanceStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SeedanceResource:
    """Operations of the seedance group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> SeedanceResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return SeedanceResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> SeedanceQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return SeedanceQuotes(self._runner)

    def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        mode: SeedanceStartBodyMode | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        end_image_url: str | FileInput | Unset = UNSET,
        duration: SeedanceStartBodyDuration | Unset = UNSET,
        aspect_ratio: SeedanceStartBodyAspectRatio | Unset = UNSET,
        resolution: SeedanceStartBodyResolution | Unset = UNSET,
        camera_fixed: bool | Unset = UNSET,
        generate_audio: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SeedanceTask:
        """Start a Seedance 1.5 Pro video task.

        Asynchronous: starts a Seedance 1.5 Pro video task, from text (`text-to-video`, the
        default) or from `image_url` (`image-to-video`); sending `end_image_url` too makes it a
        first-and-last-frames task (the server normalises the mode). Returns the task record once
        accepted. There is no detail operation: wait by reading `list` (lists are typically
        newest first) and picking the row whose `_id` is the task's, or use a webhook. Charges credits;
        failed
        tasks are refunded.

        Args:
            prompt: Description of the video.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            mode: For first and last frames send `image-to-video` with `image_url` and `end_image_url`;
                the server normalises it.
            image_url: Input image; required for `image-to-video`, the first frame with `end_image_url`.
            end_image_url: Last frame; with `image_url` the task becomes first-and-last-frames.
            duration: Seconds, as a string.
            aspect_ratio: Output aspect ratio.
            resolution: Output resolution.
            camera_fixed: Keep the camera static.
            generate_audio: Generate audio.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["seedance_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "mode": mode,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "camera_fixed": camera_fixed,
                "generate_audio": generate_audio,
            },
            models.SeedanceTask.from_dict,
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
        mode: SeedanceStartBodyMode | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        end_image_url: str | FileInput | Unset = UNSET,
        duration: SeedanceStartBodyDuration | Unset = UNSET,
        aspect_ratio: SeedanceStartBodyAspectRatio | Unset = UNSET,
        resolution: SeedanceStartBodyResolution | Unset = UNSET,
        camera_fixed: bool | Unset = UNSET,
        generate_audio: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[SeedanceTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedSeedanceTask:
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
            mode=mode,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            camera_fixed=camera_fixed,
            generate_audio=generate_audio,
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
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> SeedanceTaskPage:
        """List Seedance 1.5 Pro tasks.

        The caller's Seedance 1.5 Pro tasks, one page at a time. This family has no detail
        operation, so this list is also how a task is followed: find the row whose `_id` is the
        task's and read its `current_status` and, once `completed`, its `result_url`.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["seedance_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.SeedanceTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[SeedanceTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["seedance_list"],
            {
                "page_size": page_size,
            },
            models.SeedanceTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[SeedanceTask], object] | None = None,
    ) -> CompletedSeedanceTask:
        """Wait until job `id` is done and return its finished record (polls `seedance.list`).

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
            _OPS["seedance_start"],
            id,
            models.SeedanceTask.from_dict,
            models.CompletedSeedanceTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[SeedanceTask], object] | None = None,
    ) -> builtins.list[CompletedSeedanceTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls each job in turn, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["seedance_start"],
            builtins.list(ids),
            models.SeedanceTask.from_dict,
            models.CompletedSeedanceTask.from_dict,
            wait_timeout,
            on_update,
        )


class SeedanceResourceWithRawResponse:
    """Like `SeedanceResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: SeedanceResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)


class SeedanceQuotes:
    """What each job start of the seedance group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        mode: SeedanceStartBodyMode | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        end_image_url: str | FileInput | Unset = UNSET,
        duration: SeedanceStartBodyDuration | Unset = UNSET,
        aspect_ratio: SeedanceStartBodyAspectRatio | Unset = UNSET,
        resolution: SeedanceStartBodyResolution | Unset = UNSET,
        camera_fixed: bool | Unset = UNSET,
        generate_audio: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `seedance.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["seedance_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "mode": mode,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "camera_fixed": camera_fixed,
                "generate_audio": generate_audio,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
