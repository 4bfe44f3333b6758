"""The dubbing group: typed methods generated from the spec (the async ones: `_async.py`)."""

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
    from a2e import JobFailedError

    from ...models import CompletedDubbingTask, DubbingTask
    from ...models.dubbing_task import DubbingTask
    from ...models.dubbing_task_page import DubbingTaskPage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["DubbingResource", "DubbingStartParams"]


_OPS = Operations(
    {
        "dubbing_start": lambda: Operation(
            id="dubbing_start",
            group="dubbing",
            method="start",
            http_method="POST",
            path="/api/v1/userDubbing/startDubbing",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="source_url",
                    wire="source_url",
                    where="body",
                    schema={"type": ["string"], "file": "media"},
                    required=False,
                ),
                Argument(
                    name="source_lang", wire="source_lang", where="body", schema={"type": ["string"]}, required=False
                ),
                Argument(
                    name="target_lang", wire="target_lang", where="body", schema={"type": ["string"]}, required=False
                ),
                Argument(
                    name="num_speakers", wire="num_speakers", where="body", schema={"type": ["integer"]}, required=False
                ),
                Argument(
                    name="drop_background_audio",
                    wire="drop_background_audio",
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
            files=("source_url",),
            record_id=None,
            task=Task(
                detail="dubbing_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                idempotency=Idempotency(field="name", list="dubbing_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "dubbing_list": lambda: Operation(
            id="dubbing_list",
            group="dubbing",
            method="list",
            http_method="GET",
            path="/api/v1/userDubbing/allRecords",
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
        "dubbing_list_processing": lambda: Operation(
            id="dubbing_list_processing",
            group="dubbing",
            method="list_processing",
            http_method="GET",
            path="/api/v1/userDubbing/allProcessing",
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
        "dubbing_get": lambda: Operation(
            id="dubbing_get",
            group="dubbing",
            method="get",
            http_method="GET",
            path="/api/v1/userDubbing/{id}",
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
        "dubbing_delete": lambda: Operation(
            id="dubbing_delete",
            group="dubbing",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userDubbing/{id}",
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
    from ._params import DubbingStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("DubbingStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class DubbingResource:
    """Operations of the dubbing group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> DubbingResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return DubbingResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> DubbingQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return DubbingQuotes(self._runner)

    def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | FileInput | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> DubbingTask:
        """Start a dubbing task.

        Asynchronous: dubs the speech of a source video or audio (`source_url`) from `source_lang`
        into `target_lang`. Returns the task record once accepted; wait with `get` (or a webhook).
        Charges credits; failed tasks are refunded. The catalog documents only the webhook fields
        of this body; the input fields below are the ones public callers send (`name`,
        `source_url`, `source_lang`, `target_lang`, `num_speakers`, `drop_background_audio`).
        None is required by the spec, since no source states which the server requires, but a
        task without `source_url` and `target_lang` has nothing to dub.

        Args:
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name. Observed in public callers (P3, P6, P7); not in the catalog.
            source_url: Public URL of the video or audio to dub. Observed in public callers (P3, P6, P7); not in
                the catalog.
            source_lang: Language code of the original speech, e.g. `zh`, `en`. Observed in public
                callers (P3, P6, P7); not in the catalog. P7 sends `auto` to have it detected,
                which no A2E source confirms.
            target_lang: Language code to dub into, e.g. `en`; a caller's reference lists zh, en, ar,
                ja, es, de, fr and more. Observed in public callers (P3, P6, P7); not in the catalog.
            num_speakers: Number of speakers in the source (callers send 1). Observed in public callers (P3, P6,
                P7); not in the catalog.
            drop_background_audio: Whether to leave out the source's background audio (callers send `false`). Observed in
                public callers (P3, P6, P7); not in the catalog.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["dubbing_start"],
            {
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "source_url": source_url,
                "source_lang": source_lang,
                "target_lang": target_lang,
                "num_speakers": num_speakers,
                "drop_background_audio": drop_background_audio,
            },
            models.DubbingTask.from_dict,
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
        source_url: str | FileInput | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[DubbingTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedDubbingTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            source_url=source_url,
            source_lang=source_lang,
            target_lang=target_lang,
            num_speakers=num_speakers,
            drop_background_audio=drop_background_audio,
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
    ) -> DubbingTaskPage:
        """List dubbing tasks.

        The caller's dubbing tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["dubbing_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.DubbingTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[DubbingTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["dubbing_list"],
            {
                "page_size": page_size,
            },
            models.DubbingTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_processing(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[DubbingTask]:
        """List dubbing tasks in progress.

        The caller's dubbing tasks that are still processing. Takes no parameters; not paginated.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["dubbing_list_processing"],
            {},
            models.DubbingTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> DubbingTask:
        """Get a dubbing task.

        One dubbing task with its status and, once `completed`, its `result_url`. Poll this to wait for
        a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["dubbing_get"],
            {
                "id": id,
            },
            models.DubbingTask.from_dict,
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
        """Delete a dubbing task.

        Removes one dubbing task from the caller's history; other records are unaffected. Do not
        assume a running task is cancelled. An invalid id answers 400. Answers no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["dubbing_delete"],
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
        on_update: Callable[[DubbingTask], object] | None = None,
    ) -> CompletedDubbingTask:
        """Wait until job `id` is done and return its finished record (polls `dubbing.get`).

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
            _OPS["dubbing_start"],
            id,
            models.DubbingTask.from_dict,
            models.CompletedDubbingTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[DubbingTask], object] | None = None,
    ) -> builtins.list[CompletedDubbingTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls each job in turn, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["dubbing_start"],
            builtins.list(ids),
            models.DubbingTask.from_dict,
            models.CompletedDubbingTask.from_dict,
            wait_timeout,
            on_update,
        )


class DubbingResourceWithRawResponse:
    """Like `DubbingResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: DubbingResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.list_processing = raw_response(resource.list_processing)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class DubbingQuotes:
    """What each job start of the dubbing group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | FileInput | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `dubbing.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["dubbing_start"],
            {
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "source_url": source_url,
                "source_lang": source_lang,
                "target_lang": target_lang,
                "num_speakers": num_speakers,
                "drop_background_audio": drop_background_audio,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
