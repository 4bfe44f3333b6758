"""The face_swap group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import (
        CompletedFaceSwapPreview,
        CompletedFaceSwapTask,
        FaceSwapPreview,
        FaceSwapTask,
    )
    from ...models.face_swap_image import FaceSwapImage
    from ...models.face_swap_preview import FaceSwapPreview
    from ...models.face_swap_start_body_model_version import (
        FaceSwapStartBodyModelVersion,
        check_face_swap_start_body_model_version,
    )
    from ...models.face_swap_task import FaceSwapTask
    from ...models.face_swap_task_page import FaceSwapTaskPage
    from ...models.face_swap_task_status import FaceSwapTaskStatus
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["FaceSwapResource", "FaceSwapPreviewParams", "FaceSwapStartParams"]


_OPS = Operations(
    {
        "face_swap_add_image": lambda: Operation(
            id="face_swap_add_image",
            group="face_swap",
            method="add_image",
            http_method="POST",
            path="/api/v1/userFaceSwapImage/add",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="face_url",
                    wire="face_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=True,
                ),
            ),
            files=("face_url",),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "face_swap_list_images": lambda: Operation(
            id="face_swap_list_images",
            group="face_swap",
            method="list_images",
            http_method="GET",
            path="/api/v1/userFaceSwapImage/records",
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
        "face_swap_delete_image": lambda: Operation(
            id="face_swap_delete_image",
            group="face_swap",
            method="delete_image",
            http_method="DELETE",
            path="/api/v1/userFaceSwapImage/{id}",
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
        "face_swap_preview": lambda: Operation(
            id="face_swap_preview",
            group="face_swap",
            method="preview",
            http_method="POST",
            path="/api/v1/userFaceSwapPreview/add",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="video_url",
                    wire="video_url",
                    where="body",
                    schema={"type": ["string"], "file": "media"},
                    required=True,
                ),
                Argument(
                    name="face_url",
                    wire="face_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=True,
                ),
            ),
            files=(
                "video_url",
                "face_url",
            ),
            record_id=None,
            task=Task(
                detail="face_swap_preview_status",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("faild_message",),
                code=("error_code",),
                result=("result_url",),
                files={"result_url": "image"},
                wait_method="wait_preview",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "face_swap_preview_status": lambda: Operation(
            id="face_swap_preview_status",
            group="face_swap",
            method="preview_status",
            http_method="GET",
            path="/api/v1/userFaceSwapPreview/status",
            path_params=(),
            query=(
                Argument(
                    name="id", wire="_id", where="query", schema={"type": ["string"], "min_length": 1}, required=False
                ),
            ),
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
        "face_swap_start": lambda: Operation(
            id="face_swap_start",
            group="face_swap",
            method="start",
            http_method="POST",
            path="/api/v1/userFaceSwapTask/add",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="video_url",
                    wire="video_url",
                    where="body",
                    schema={"type": ["string"], "file": "media"},
                    required=True,
                ),
                Argument(
                    name="face_url",
                    wire="face_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=True,
                ),
                Argument(
                    name="cover_url",
                    wire="cover_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="model_version",
                    wire="model_version",
                    where="body",
                    schema={"type": ["string"], "enum": ["v1", "v2"]},
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
                "video_url",
                "face_url",
                "cover_url",
            ),
            record_id=None,
            task=Task(
                detail="face_swap_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=(
                    "faild_message",
                    "failed_message",
                ),
                code=("error_code",),
                result=("result_url",),
                files={"result_url": "video"},
                batch="face_swap_batch_detail",
                idempotency=Idempotency(field="name", list="face_swap_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "face_swap_list": lambda: Operation(
            id="face_swap_list",
            group="face_swap",
            method="list",
            http_method="GET",
            path="/api/v1/userFaceSwapTask/records",
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
            pagination=Pagination(page="pageNum", size="pageSize", first=1, rows="rows", total="count"),
            all_method="list_all",
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "face_swap_status": lambda: Operation(
            id="face_swap_status",
            group="face_swap",
            method="status",
            http_method="GET",
            path="/api/v1/userFaceSwapTask/status",
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
        "face_swap_batch_detail": lambda: Operation(
            id="face_swap_batch_detail",
            group="face_swap",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userFaceSwapTask/batchDetail",
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
        "face_swap_get": lambda: Operation(
            id="face_swap_get",
            group="face_swap",
            method="get",
            http_method="GET",
            path="/api/v1/userFaceSwapTask/{id}",
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
        "face_swap_delete": lambda: Operation(
            id="face_swap_delete",
            group="face_swap",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userFaceSwapTask/{id}",
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
    from ._params import FaceSwapPreviewParams, FaceSwapStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in (
        "FaceSwapPreviewParams",
        "FaceSwapStartParams",
    ):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class FaceSwapResource:
    """Operations of the face_swap group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> FaceSwapResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return FaceSwapResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> FaceSwapQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return FaceSwapQuotes(self._runner)

    def add_image(
        self,
        *,
        face_url: str | FileInput,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[FaceSwapImage]:
        """Save a face image.

        Saves a face image (by URL) in the caller's face-swap library for reuse in previews and tasks.
        Synchronous. The reply's `data` is a LIST of face records (the docs example returns the whole
        library, not only the new entry); the server may re-host the URL, so match records by `_id`,
        not by comparing URLs.

        Args:
            face_url: Public URL of the face image to save.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["face_swap_add_image"],
            {
                "face_url": face_url,
            },
            models.FaceSwapImage.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list_images(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[FaceSwapImage]:
        """List saved face images.

        The caller's saved face images, whose `_id`s can be deleted with `delete_image`. Not paginated.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["face_swap_list_images"],
            {},
            models.FaceSwapImage.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def delete_image(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> None:
        """Delete a saved face image.

        Removes one face image from the caller's face-swap library. A malformed id answers 400. Answers
        no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["face_swap_delete_image"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def preview(
        self,
        *,
        video_url: str | FileInput,
        face_url: str | FileInput,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> FaceSwapPreview:
        """Start a face swap preview.

        Asynchronous: a quick face-swap preview of `face_url` on `video_url` (the target may be an
        image; the docs example uses a .jpeg), to check the result before a full task. Returns the
        preview record once accepted; wait with `preview_status`. No webhook fields.

        Args:
            video_url: Public URL of the target video (or image) whose face is replaced.
            face_url: Public URL of the face image to swap in.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["face_swap_preview"],
            {
                "video_url": video_url,
                "face_url": face_url,
            },
            models.FaceSwapPreview.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def preview_and_wait(
        self,
        *,
        video_url: str | FileInput,
        face_url: str | FileInput,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[FaceSwapPreview], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedFaceSwapPreview:
        """`preview`, then `wait_preview`: the finished record, result fields set.

        Takes the arguments of `preview`, plus `wait_timeout` and `on_update` as for
        `wait_preview`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.preview(
            video_url=video_url,
            face_url=face_url,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self.wait_preview(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def preview_status(
        self,
        id: str | Unset = UNSET,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> FaceSwapPreview:
        """Get a face swap preview.

        The status of one preview, by `_id` in the query; once `completed`, `result_url` holds the
        preview. Poll this to wait for a preview.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["face_swap_preview_status"],
            {
                "id": id,
            },
            models.FaceSwapPreview.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def start(
        self,
        *,
        name: str,
        video_url: str | FileInput,
        face_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        cover_url: str | FileInput | Unset = UNSET,
        model_version: FaceSwapStartBodyModelVersion | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> FaceSwapTask:
        """Start a face swap task.

        Asynchronous: replaces the face in `video_url` with `face_url`. Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
        `model_version` `v1` (the default per the catalog's text) is the JAH pipeline; `v2` runs on
        ComfyUI and works on images only.

        Args:
            name: Task name.
            video_url: Public URL of the video whose face is replaced (an image with `model_version` `v2`).
            face_url: Public URL of the face image to swap in.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            cover_url: Optional cover image URL.
            model_version: `v1`: JAH pipeline (the default per the catalog's text); `v2`: ComfyUI, images only.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["face_swap_start"],
            {
                "name": name,
                "video_url": video_url,
                "face_url": face_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "cover_url": cover_url,
                "model_version": model_version,
            },
            models.FaceSwapTask.from_dict,
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
        video_url: str | FileInput,
        face_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        cover_url: str | FileInput | Unset = UNSET,
        model_version: FaceSwapStartBodyModelVersion | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[FaceSwapTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedFaceSwapTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            name=name,
            video_url=video_url,
            face_url=face_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            cover_url=cover_url,
            model_version=model_version,
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
    ) -> FaceSwapTaskPage:
        """List face swap tasks.

        The caller's face swap tasks, one page at a time, with the total `count`. Invalid paging answers
        400.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["face_swap_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.FaceSwapTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[FaceSwapTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["face_swap_list"],
            {
                "page_size": page_size,
            },
            models.FaceSwapTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def status(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[FaceSwapTaskStatus]:
        """List the status of face swap tasks.

        Status entries of the caller's face swap tasks (the docs example shows one still
        `processing`); takes no task id. `data` is a LIST: find a task by `_id`, or use `get`.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["face_swap_status"],
            {},
            models.FaceSwapTaskStatus.list_from,
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
    ) -> builtins.list[FaceSwapTask]:
        """Get several face swap tasks.

        Fetches several tasks by id in one call (up to 200). Match results by `_id`, not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["face_swap_batch_detail"],
            {
                "ids": ids,
            },
            models.FaceSwapTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> FaceSwapTask:
        """Get a face swap task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task;
        the failure text is in `faild_message` (sic).

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["face_swap_get"],
            {
                "id": id,
            },
            models.FaceSwapTask.from_dict,
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
        """Delete a face swap task.

        Removes a task from the history. Do not assume a running task is cancelled. A malformed id
        answers 400. Answers no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["face_swap_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def wait_preview(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[FaceSwapPreview], object] | None = None,
    ) -> CompletedFaceSwapPreview:
        """Wait until job `id` is done and return its finished record (polls `face_swap.preview_status`).

        Polls with backoff (2 s growing to 30 s, with jitter) and retries transient errors of the
        poll; a status the spec does not list keeps the wait going. Never re-sends the start.

        Args:
            id: The job's id, from `preview` (or a webhook, or another process).
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
            _OPS["face_swap_preview"],
            id,
            models.FaceSwapPreview.from_dict,
            models.CompletedFaceSwapPreview.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_preview_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[FaceSwapPreview], object] | None = None,
    ) -> builtins.list[CompletedFaceSwapPreview | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls each job in turn, with the backoff
            of `wait_preview`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["face_swap_preview"],
            builtins.list(ids),
            models.FaceSwapPreview.from_dict,
            models.CompletedFaceSwapPreview.from_dict,
            wait_timeout,
            on_update,
        )

    def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[FaceSwapTask], object] | None = None,
    ) -> CompletedFaceSwapTask:
        """Wait until job `id` is done and return its finished record (polls `face_swap.get`).

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
            _OPS["face_swap_start"],
            id,
            models.FaceSwapTask.from_dict,
            models.CompletedFaceSwapTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[FaceSwapTask], object] | None = None,
    ) -> builtins.list[CompletedFaceSwapTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["face_swap_start"],
            builtins.list(ids),
            models.FaceSwapTask.from_dict,
            models.CompletedFaceSwapTask.from_dict,
            wait_timeout,
            on_update,
        )


class FaceSwapResourceWithRawResponse:
    """Like `FaceSwapResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: FaceSwapResource) -> None:
        self.add_image = raw_response(resource.add_image)
        self.list_images = raw_response(resource.list_images)
        self.delete_image = raw_response(resource.delete_image)
        self.preview = raw_response(resource.preview)
        self.preview_status = raw_response(resource.preview_status)
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.status = raw_response(resource.status)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class FaceSwapQuotes:
    """What each job start of the face_swap group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def preview(
        self,
        *,
        video_url: str | FileInput,
        face_url: str | FileInput,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `face_swap.preview` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `preview` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["face_swap_preview"],
            {
                "video_url": video_url,
                "face_url": face_url,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def start(
        self,
        *,
        name: str,
        video_url: str | FileInput,
        face_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        cover_url: str | FileInput | Unset = UNSET,
        model_version: FaceSwapStartBodyModelVersion | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `face_swap.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["face_swap_start"],
            {
                "name": name,
                "video_url": video_url,
                "face_url": face_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "cover_url": cover_url,
                "model_version": model_version,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
