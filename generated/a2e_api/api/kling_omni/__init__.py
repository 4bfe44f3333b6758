"""The kling_omni group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedKlingOmniTask, KlingOmniTask
    from ...models.kling_omni_start_body_aspect_ratio import (
        KlingOmniStartBodyAspectRatio,
        check_kling_omni_start_body_aspect_ratio,
    )
    from ...models.kling_omni_start_body_mode import (
        KlingOmniStartBodyMode,
        check_kling_omni_start_body_mode,
    )
    from ...models.kling_omni_start_body_multi_prompt_item import (
        KlingOmniStartBodyMultiPromptItem,
    )
    from ...models.kling_omni_start_body_shot_type import (
        KlingOmniStartBodyShotType,
        check_kling_omni_start_body_shot_type,
    )
    from ...models.kling_omni_task import KlingOmniTask
    from ...models.kling_omni_task_page import KlingOmniTaskPage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["KlingOmniResource", "KlingOmniStartParams"]


_OPS = Operations(
    {
        "kling_omni_start": lambda: Operation(
            id="kling_omni_start",
            group="kling_omni",
            method="start",
            http_method="POST",
            path="/api/v1/klingOmni/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="image_list",
                    wire="image_list",
                    where="body",
                    schema={"type": ["array"], "items": {"type": ["string"], "file": "image"}, "file": "image"},
                    required=False,
                ),
                Argument(
                    name="mode",
                    wire="mode",
                    where="body",
                    schema={"type": ["string"], "enum": ["std", "pro"]},
                    required=False,
                ),
                Argument(name="duration", wire="duration", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="aspect_ratio",
                    wire="aspect_ratio",
                    where="body",
                    schema={"type": ["string"], "enum": ["16:9", "9:16", "1:1"]},
                    required=False,
                ),
                Argument(name="sound", wire="sound", where="body", schema={"type": ["boolean"]}, required=False),
                Argument(
                    name="multi_shot", wire="multi_shot", where="body", schema={"type": ["boolean"]}, required=False
                ),
                Argument(
                    name="shot_type",
                    wire="shot_type",
                    where="body",
                    schema={"type": ["string"], "enum": ["intelligence", "customize"]},
                    required=False,
                ),
                Argument(
                    name="multi_prompt",
                    wire="multi_prompt",
                    where="body",
                    schema={
                        "type": ["array"],
                        "min_items": 1,
                        "max_items": 6,
                        "items": {
                            "type": ["object"],
                            "properties": {"prompt": {"type": ["string"]}, "duration": {"type": ["string"]}},
                            "required": [],
                        },
                    },
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
            files=("image_list",),
            record_id=None,
            task=Task(
                detail="kling_omni_get",
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
                batch="kling_omni_batch_detail",
                idempotency=Idempotency(field="name", list="kling_omni_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "kling_omni_list": lambda: Operation(
            id="kling_omni_list",
            group="kling_omni",
            method="list",
            http_method="GET",
            path="/api/v1/klingOmni/allRecords",
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
        "kling_omni_batch_detail": lambda: Operation(
            id="kling_omni_batch_detail",
            group="kling_omni",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/klingOmni/batchDetail",
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
        "kling_omni_get": lambda: Operation(
            id="kling_omni_get",
            group="kling_omni",
            method="get",
            http_method="GET",
            path="/api/v1/klingOmni/{id}",
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
        "kling_omni_update": lambda: Operation(
            id="kling_omni_update",
            group="kling_omni",
            method="update",
            http_method="PUT",
            path="/api/v1/klingOmni/{id}",
            path_params=(
                Argument(
                    name="id", wire="id", where="path", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            query=(),
            body=(Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=True),),
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
        "kling_omni_delete": lambda: Operation(
            id="kling_omni_delete",
            group="kling_omni",
            method="delete",
            http_method="DELETE",
            path="/api/v1/klingOmni/{id}",
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
    from ._params import KlingOmniStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("KlingOmniStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class KlingOmniResource:
    """Operations of the kling_omni group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> KlingOmniResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return KlingOmniResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> KlingOmniQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return KlingOmniQuotes(self._runner)

    def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_list: builtins.list[str | FileInput] | Unset = UNSET,
        mode: KlingOmniStartBodyMode | Unset = UNSET,
        duration: str | Unset = UNSET,
        aspect_ratio: KlingOmniStartBodyAspectRatio | Unset = UNSET,
        sound: bool | Unset = UNSET,
        multi_shot: bool | Unset = UNSET,
        shot_type: KlingOmniStartBodyShotType | Unset = UNSET,
        multi_prompt: builtins.list[KlingOmniStartBodyMultiPromptItem] | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> KlingOmniTask:
        """Start a Kling Omni video task.

        Asynchronous: creates a Kling Omni (`kling-v3-omni`) video task of 3 to 15 seconds through a
        simplified wrapper of Kling's official API. Reference images go in `image_list` (up to 7) and
        are named in the prompt as `<<<image_1>>>`, `<<<image_2>>>`, ... With `multi_shot` the video
        is a storyboard: `shot_type` `intelligence` lets the AI director split the prompt,
        `customize` takes the shots from `multi_prompt` (1 to 6 prompts whose durations add up to
        `duration`). `mode` `std` is 720p, `pro` 1080p. The server converts these fields to the
        official format (`image_list` to `[{image_url}]`, `sound` to on/off, an `index` on each
        `multi_prompt` item). Returns the task record once accepted; wait with `get` (or a
        webhook). Charges credits.

        Args:
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name (internal).
            prompt: What the video shows; name reference images with `<<<image_N>>>` tags. Needed when
                `multi_shot` is off or `shot_type` is `intelligence`.
            image_list: Up to 7 reference image URLs (jpg, jpeg or png, at most 10 MB each); the server converts
                them to the official format.
            mode: `std` is 720p, `pro` is 1080p.
            duration: Length in seconds (3 to 15), sent as a string.
            aspect_ratio: Aspect ratio.
            sound: Native sound; the server converts it to the official on/off.
            multi_shot: Multi-shot (storyboard) mode.
            shot_type: Needed when `multi_shot` is on; `intelligence` is the AI director, `customize` takes the
                shots from `multi_prompt`.
            multi_prompt: Manual storyboard for `customize`, 1 to 6 shots whose durations add up to `duration`;
                the server adds an `index` to each.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["kling_omni_start"],
            {
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "prompt": prompt,
                "image_list": image_list,
                "mode": mode,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "sound": sound,
                "multi_shot": multi_shot,
                "shot_type": shot_type,
                "multi_prompt": multi_prompt,
            },
            models.KlingOmniTask.from_dict,
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
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_list: builtins.list[str | FileInput] | Unset = UNSET,
        mode: KlingOmniStartBodyMode | Unset = UNSET,
        duration: str | Unset = UNSET,
        aspect_ratio: KlingOmniStartBodyAspectRatio | Unset = UNSET,
        sound: bool | Unset = UNSET,
        multi_shot: bool | Unset = UNSET,
        shot_type: KlingOmniStartBodyShotType | Unset = UNSET,
        multi_prompt: builtins.list[KlingOmniStartBodyMultiPromptItem] | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[KlingOmniTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedKlingOmniTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            image_list=image_list,
            mode=mode,
            duration=duration,
            aspect_ratio=aspect_ratio,
            sound=sound,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
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
    ) -> KlingOmniTaskPage:
        """List Kling Omni video tasks.

        The caller's Kling Omni video tasks, one page at a time (20 per page by default). Deleted tasks
        are hidden.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["kling_omni_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.KlingOmniTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[KlingOmniTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["kling_omni_list"],
            {
                "page_size": page_size,
            },
            models.KlingOmniTask.from_dict,
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
    ) -> builtins.list[KlingOmniTask]:
        """Get several Kling Omni video tasks.

        Fetches several of the caller's tasks by id in one call (at most 200). Match results by `_id`,
        not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["kling_omni_batch_detail"],
            {
                "ids": ids,
            },
            models.KlingOmniTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> KlingOmniTask:
        """Get a Kling Omni video task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task;
        an unknown id answers 404.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["kling_omni_get"],
            {
                "id": id,
            },
            models.KlingOmniTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def update(
        self,
        id: str,
        *,
        name: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Rename a Kling Omni video task.

        Changes a task's name; its settings, status and outputs stay as they are. An unknown id answers
        404.

        Args:
            id: The record's id.
            name: The new task name.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["kling_omni_update"],
            {
                "id": id,
                "name": name,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> None:
        """Delete a Kling Omni video task.

        Soft-deletes a task: the record is kept but hidden from the task lists. Do not assume a running
        task is cancelled. An unknown id answers 404.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["kling_omni_delete"],
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
        on_update: Callable[[KlingOmniTask], object] | None = None,
    ) -> CompletedKlingOmniTask:
        """Wait until job `id` is done and return its finished record (polls `kling_omni.get`).

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
            _OPS["kling_omni_start"],
            id,
            models.KlingOmniTask.from_dict,
            models.CompletedKlingOmniTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[KlingOmniTask], object] | None = None,
    ) -> builtins.list[CompletedKlingOmniTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["kling_omni_start"],
            builtins.list(ids),
            models.KlingOmniTask.from_dict,
            models.CompletedKlingOmniTask.from_dict,
            wait_timeout,
            on_update,
        )


class KlingOmniResourceWithRawResponse:
    """Like `KlingOmniResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: KlingOmniResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class KlingOmniQuotes:
    """What each job start of the kling_omni group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_list: builtins.list[str | FileInput] | Unset = UNSET,
        mode: KlingOmniStartBodyMode | Unset = UNSET,
        duration: str | Unset = UNSET,
        aspect_ratio: KlingOmniStartBodyAspectRatio | Unset = UNSET,
        sound: bool | Unset = UNSET,
        multi_shot: bool | Unset = UNSET,
        shot_type: KlingOmniStartBodyShotType | Unset = UNSET,
        multi_prompt: builtins.list[KlingOmniStartBodyMultiPromptItem] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `kling_omni.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["kling_omni_start"],
            {
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "prompt": prompt,
                "image_list": image_list,
                "mode": mode,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "sound": sound,
                "multi_shot": multi_shot,
                "shot_type": shot_type,
                "multi_prompt": multi_prompt,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
