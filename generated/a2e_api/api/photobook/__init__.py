"""The photobook group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedPhotobookTask, PhotobookTask
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.photobook_start_body_total_count import (
        PhotobookStartBodyTotalCount,
        check_photobook_start_body_total_count,
    )
    from ...models.photobook_task import PhotobookTask
    from ...models.photobook_task_page import PhotobookTaskPage
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["PhotobookResource", "PhotobookStartParams"]


_OPS = Operations(
    {
        "photobook_start": lambda: Operation(
            id="photobook_start",
            group="photobook",
            method="start",
            http_method="POST",
            path="/api/v1/userPhotobook/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="face_image_url",
                    wire="face_image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=True,
                ),
                Argument(name="location", wire="location", where="body", schema={"type": ["string"]}, required=False),
                Argument(name="clothing", wire="clothing", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="total_count",
                    wire="total_count",
                    where="body",
                    schema={"type": ["integer"], "enum": [4, 8, 12, 16]},
                    required=False,
                ),
            ),
            files=("face_image_url",),
            record_id=None,
            task=Task(
                detail="photobook_get",
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
                result=("image_urls",),
                files={"image_urls": "image"},
                batch="photobook_batch_detail",
                idempotency=Idempotency(field="name", list="photobook_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "photobook_list": lambda: Operation(
            id="photobook_list",
            group="photobook",
            method="list",
            http_method="GET",
            path="/api/v1/userPhotobook/allRecords",
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
        "photobook_batch_detail": lambda: Operation(
            id="photobook_batch_detail",
            group="photobook",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userPhotobook/batchDetail",
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
        "photobook_get": lambda: Operation(
            id="photobook_get",
            group="photobook",
            method="get",
            http_method="GET",
            path="/api/v1/userPhotobook/{id}",
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
        "photobook_delete": lambda: Operation(
            id="photobook_delete",
            group="photobook",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userPhotobook/{id}",
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
    from ._params import PhotobookStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("PhotobookStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class PhotobookResource:
    """Operations of the photobook group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> PhotobookResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return PhotobookResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> PhotobookQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return PhotobookQuotes(self._runner)

    def start(
        self,
        *,
        face_image_url: str | FileInput,
        name: str | Unset = UNSET,
        location: str | Unset = UNSET,
        clothing: str | Unset = UNSET,
        total_count: PhotobookStartBodyTotalCount | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> PhotobookTask:
        """Start a photobook task.

        Asynchronous: generates a photobook of `total_count` photos (4, 8, 12 or 16) of the face in
        `face_image_url`, optionally placed in a `location` and dressed in `clothing`. Returns the
        task record once accepted; wait with `get` until `current_status` is `completed` or
        `failed`. This start takes no webhook.

        Args:
            face_image_url: Public URL of the face image used for every photo.
            name: Display name of the photobook.
            location: Scene or location prompt (e.g. `Paris street cafe at golden hour`).
            clothing: Clothing prompt, used in the image edit step.
            total_count: How many photos to generate.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["photobook_start"],
            {
                "face_image_url": face_image_url,
                "name": name,
                "location": location,
                "clothing": clothing,
                "total_count": total_count,
            },
            models.PhotobookTask.from_dict,
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
        face_image_url: str | FileInput,
        name: str | Unset = UNSET,
        location: str | Unset = UNSET,
        clothing: str | Unset = UNSET,
        total_count: PhotobookStartBodyTotalCount | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[PhotobookTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedPhotobookTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            face_image_url=face_image_url,
            name=name,
            location=location,
            clothing=clothing,
            total_count=total_count,
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
    ) -> PhotobookTaskPage:
        """List photobook tasks.

        The caller's photobook tasks, newest first, one page at a time (20 per page unless told).

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["photobook_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.PhotobookTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[PhotobookTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["photobook_list"],
            {
                "page_size": page_size,
            },
            models.PhotobookTask.from_dict,
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
    ) -> builtins.list[PhotobookTask]:
        """Get several photobook tasks.

        Fetches several photobook tasks by id in one call; only the caller's own records are returned.
        Match results by `_id`, not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["photobook_batch_detail"],
            {
                "ids": ids,
            },
            models.PhotobookTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> PhotobookTask:
        """Get a photobook task.

        One photobook task with its status and, once `completed`, its photos. The server syncs the
        latest pipeline status before answering.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["photobook_get"],
            {
                "id": id,
            },
            models.PhotobookTask.from_dict,
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
        """Delete a photobook task.

        Deletes one of the caller's photobook records. Refused with 400 while the record is in a status
        that cannot be deleted (for example `processing`); 404 when it does not exist or is not the
        caller's.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["photobook_delete"],
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
        on_update: Callable[[PhotobookTask], object] | None = None,
    ) -> CompletedPhotobookTask:
        """Wait until job `id` is done and return its finished record (polls `photobook.get`).

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
            _OPS["photobook_start"],
            id,
            models.PhotobookTask.from_dict,
            models.CompletedPhotobookTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[PhotobookTask], object] | None = None,
    ) -> builtins.list[CompletedPhotobookTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["photobook_start"],
            builtins.list(ids),
            models.PhotobookTask.from_dict,
            models.CompletedPhotobookTask.from_dict,
            wait_timeout,
            on_update,
        )


class PhotobookResourceWithRawResponse:
    """Like `PhotobookResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: PhotobookResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class PhotobookQuotes:
    """What each job start of the photobook group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        face_image_url: str | FileInput,
        name: str | Unset = UNSET,
        location: str | Unset = UNSET,
        clothing: str | Unset = UNSET,
        total_count: PhotobookStartBodyTotalCount | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `photobook.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["photobook_start"],
            {
                "face_image_url": face_image_url,
                "name": name,
                "location": location,
                "clothing": clothing,
                "total_count": total_count,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
