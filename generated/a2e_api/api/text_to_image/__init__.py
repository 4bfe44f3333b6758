"""The text_to_image group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedTextToImageTask, TextToImageTask
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...models.text_to_image_avatar import TextToImageAvatar
    from ...models.text_to_image_quick_add_avatar_body_gender import (
        TextToImageQuickAddAvatarBodyGender,
        check_text_to_image_quick_add_avatar_body_gender,
    )
    from ...models.text_to_image_quick_add_avatar_legacy_body_gender import (
        TextToImageQuickAddAvatarLegacyBodyGender,
        check_text_to_image_quick_add_avatar_legacy_body_gender,
    )
    from ...models.text_to_image_start_body_aspect_ratio import (
        TextToImageStartBodyAspectRatio,
        check_text_to_image_start_body_aspect_ratio,
    )
    from ...models.text_to_image_start_body_model_type import (
        TextToImageStartBodyModelType,
        check_text_to_image_start_body_model_type,
    )
    from ...models.text_to_image_start_body_req_key import (
        TextToImageStartBodyReqKey,
        check_text_to_image_start_body_req_key,
    )
    from ...models.text_to_image_start_legacy_body_aspect_ratio import (
        TextToImageStartLegacyBodyAspectRatio,
        check_text_to_image_start_legacy_body_aspect_ratio,
    )
    from ...models.text_to_image_start_legacy_body_model_type import (
        TextToImageStartLegacyBodyModelType,
        check_text_to_image_start_legacy_body_model_type,
    )
    from ...models.text_to_image_start_legacy_body_req_key import (
        TextToImageStartLegacyBodyReqKey,
        check_text_to_image_start_legacy_body_req_key,
    )
    from ...models.text_to_image_task import TextToImageTask
    from ...models.text_to_image_task_page import TextToImageTaskPage
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["TextToImageResource", "TextToImageStartParams", "TextToImageStartLegacyParams"]


_OPS = Operations(
    {
        "text_to_image_start": lambda: Operation(
            id="text_to_image_start",
            group="text_to_image",
            method="start",
            http_method="POST",
            path="/api/v1/userText2Image/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(name="width", wire="width", where="body", schema={"type": ["integer"]}, required=False),
                Argument(name="height", wire="height", where="body", schema={"type": ["integer"]}, required=False),
                Argument(
                    name="model_type",
                    wire="model_type",
                    where="body",
                    schema={"type": ["string"], "enum": ["a2e", "seedream", "zimage"]},
                    required=False,
                ),
                Argument(
                    name="model_version",
                    wire="model_version",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(
                    name="req_key",
                    wire="req_key",
                    where="body",
                    schema={"type": ["string"], "enum": ["high_aes_general_v21_L", "high_aes"]},
                    required=False,
                ),
                Argument(
                    name="input_images",
                    wire="input_images",
                    where="body",
                    schema={
                        "type": ["array"],
                        "max_items": 10,
                        "items": {"type": ["string"], "file": "image"},
                        "file": "image",
                    },
                    required=False,
                ),
                Argument(
                    name="skip_face_enhance",
                    wire="skip_face_enhance",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(
                    name="aspect_ratio",
                    wire="aspect_ratio",
                    where="body",
                    schema={"type": ["string"], "enum": ["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]},
                    required=False,
                ),
                Argument(
                    name="max_images",
                    wire="max_images",
                    where="body",
                    schema={"type": ["integer"], "minimum": 1, "maximum": 8},
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
                detail="text_to_image_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("image_urls",),
                files={"image_urls": "image"},
                batch="text_to_image_batch_detail",
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "text_to_image_list": lambda: Operation(
            id="text_to_image_list",
            group="text_to_image",
            method="list",
            http_method="GET",
            path="/api/v1/userText2Image/allRecords",
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
        "text_to_image_batch_detail": lambda: Operation(
            id="text_to_image_batch_detail",
            group="text_to_image",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userText2Image/batchDetail",
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
        "text_to_image_get": lambda: Operation(
            id="text_to_image_get",
            group="text_to_image",
            method="get",
            http_method="GET",
            path="/api/v1/userText2Image/{id}",
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
        "text_to_image_delete": lambda: Operation(
            id="text_to_image_delete",
            group="text_to_image",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userText2Image/{id}",
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
        "text_to_image_quick_add_avatar": lambda: Operation(
            id="text_to_image_quick_add_avatar",
            group="text_to_image",
            method="quick_add_avatar",
            http_method="POST",
            path="/api/v1/userText2Image/quickAddAvatar",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="id", wire="_id", where="body", schema={"type": ["string"], "min_length": 1}, required=True
                ),
                Argument(
                    name="gender",
                    wire="gender",
                    where="body",
                    schema={"type": ["string"], "enum": ["female", "male"]},
                    required=False,
                ),
            ),
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
        "text_to_image_start_legacy": lambda: Operation(
            id="text_to_image_start_legacy",
            group="text_to_image",
            method="start_legacy",
            http_method="POST",
            path="/api/v1/userText2image/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(name="width", wire="width", where="body", schema={"type": ["integer"]}, required=False),
                Argument(name="height", wire="height", where="body", schema={"type": ["integer"]}, required=False),
                Argument(
                    name="model_type",
                    wire="model_type",
                    where="body",
                    schema={"type": ["string"], "enum": ["a2e", "seedream", "zimage"]},
                    required=False,
                ),
                Argument(
                    name="model_version",
                    wire="model_version",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(
                    name="req_key",
                    wire="req_key",
                    where="body",
                    schema={"type": ["string"], "enum": ["high_aes_general_v21_L", "high_aes"]},
                    required=False,
                ),
                Argument(
                    name="input_images",
                    wire="input_images",
                    where="body",
                    schema={
                        "type": ["array"],
                        "max_items": 10,
                        "items": {"type": ["string"], "file": "image"},
                        "file": "image",
                    },
                    required=False,
                ),
                Argument(
                    name="skip_face_enhance",
                    wire="skip_face_enhance",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(
                    name="aspect_ratio",
                    wire="aspect_ratio",
                    where="body",
                    schema={"type": ["string"], "enum": ["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]},
                    required=False,
                ),
                Argument(
                    name="max_images",
                    wire="max_images",
                    where="body",
                    schema={"type": ["integer"], "minimum": 1, "maximum": 8},
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
                detail="text_to_image_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("image_urls",),
                files={"image_urls": "image"},
                batch="text_to_image_batch_detail",
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated="the catalog spells the path `userText2Image`; use `start`",
        ),
        "text_to_image_list_legacy": lambda: Operation(
            id="text_to_image_list_legacy",
            group="text_to_image",
            method="list_legacy",
            http_method="GET",
            path="/api/v1/userText2image/allRecords",
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
            all_method="list_legacy_all",
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated="the catalog spells the path `userText2Image`; use `list`",
        ),
        "text_to_image_get_legacy": lambda: Operation(
            id="text_to_image_get_legacy",
            group="text_to_image",
            method="get_legacy",
            http_method="GET",
            path="/api/v1/userText2image/{id}",
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
            deprecated="the catalog spells the path `userText2Image`; use `get`",
        ),
        "text_to_image_quick_add_avatar_legacy": lambda: Operation(
            id="text_to_image_quick_add_avatar_legacy",
            group="text_to_image",
            method="quick_add_avatar_legacy",
            http_method="POST",
            path="/api/v1/userText2image/quickAddAvatar",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="id", wire="_id", where="body", schema={"type": ["string"], "min_length": 1}, required=True
                ),
                Argument(
                    name="gender",
                    wire="gender",
                    where="body",
                    schema={"type": ["string"], "enum": ["female", "male"]},
                    required=False,
                ),
            ),
            files=(),
            record_id="id",
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated="the catalog spells the path `userText2Image`; use `quick_add_avatar`",
        ),
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""

if TYPE_CHECKING:
    from ._params import TextToImageStartLegacyParams, TextToImageStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in (
        "TextToImageStartParams",
        "TextToImageStartLegacyParams",
    ):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class TextToImageResource:
    """Operations of the text_to_image group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> TextToImageResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return TextToImageResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> TextToImageQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return TextToImageQuotes(self._runner)

    def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        model_type: TextToImageStartBodyModelType | Unset = UNSET,
        model_version: str | Unset = UNSET,
        req_key: TextToImageStartBodyReqKey | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        aspect_ratio: TextToImageStartBodyAspectRatio | Unset = UNSET,
        max_images: int | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[TextToImageTask]:
        """Start a text to image task.

        Asynchronous: generates images from a prompt with the `a2e` model (up to 2 reference
        images) or `seedream` (up to 10). Each requested image (`max_images`) becomes its own
        task, so `data` is a list of task records; wait for each with `get` (or `batch_detail`, or
        a webhook). Charges credits; failed tasks are refunded.

        Args:
            prompt: What the image should show.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name; generated when absent.
            width: Output width in pixels.
            height: Output height in pixels.
            model_type: The model. `zimage` is seen in public code, not in the catalog.
            model_version: Seedream generation (`4.5`, `5.0`, `5.0-pro`), as one public caller sends it; not in the
                catalog.
            req_key: Older model preset (`high_aes_general_v21_L` general, `high_aes` manga); replaced by
                `model_type`, still sent by callers.
            input_images: Reference image URLs; at most 2 for `a2e`, 10 for Seedream 5.0 Pro.
            skip_face_enhance: Turn off the face-similarity enhancement of A2E image editing.
            aspect_ratio: Aspect ratio (Seedream).
            max_images: How many images to generate; each becomes a separate task.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["text_to_image_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "width": width,
                "height": height,
                "model_type": model_type,
                "model_version": model_version,
                "req_key": req_key,
                "input_images": input_images,
                "skip_face_enhance": skip_face_enhance,
                "aspect_ratio": aspect_ratio,
                "max_images": max_images,
            },
            models.TextToImageTask.list_from,
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
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        model_type: TextToImageStartBodyModelType | Unset = UNSET,
        model_version: str | Unset = UNSET,
        req_key: TextToImageStartBodyReqKey | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        aspect_ratio: TextToImageStartBodyAspectRatio | Unset = UNSET,
        max_images: int | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[TextToImageTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[CompletedTextToImageTask]:
        """`start`, then `wait`: the finished records, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            width=width,
            height=height,
            model_type=model_type,
            model_version=model_version,
            req_key=req_key,
            input_images=input_images,
            skip_face_enhance=skip_face_enhance,
            aspect_ratio=aspect_ratio,
            max_images=max_images,
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
        page_num: int | Unset = 1,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> TextToImageTaskPage:
        """List text to image tasks.

        The caller's text to image tasks, one page at a time.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["text_to_image_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.TextToImageTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[TextToImageTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["text_to_image_list"],
            {
                "page_size": page_size,
            },
            models.TextToImageTask.from_dict,
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
    ) -> builtins.list[TextToImageTask]:
        """Get several text to image tasks.

        Fetches several of the caller's text to image tasks by id in one call. Match results by `_id`,
        not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["text_to_image_batch_detail"],
            {
                "ids": ids,
            },
            models.TextToImageTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> TextToImageTask:
        """Get a text to image task.

        One text to image task with its status and, once `completed`, its `image_urls`. Poll this to
        wait for a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["text_to_image_get"],
            {
                "id": id,
            },
            models.TextToImageTask.from_dict,
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
        """Delete a text to image task.

        Removes one of the caller's text to image tasks from the history; other records are not
        affected. Do not assume a running task is cancelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["text_to_image_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def quick_add_avatar(
        self,
        id: str,
        *,
        gender: TextToImageQuickAddAvatarBodyGender | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> TextToImageAvatar:
        """Create a custom avatar from a generated image.

        Creates a custom avatar directly from a completed text to image task. The reply's `data` carries
        the new avatar's `_id`.

        Args:
            id: The text to image task whose image becomes the avatar.
            gender: The avatar's gender.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["text_to_image_quick_add_avatar"],
            {
                "id": id,
                "gender": gender,
            },
            models.TextToImageAvatar.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def start_legacy(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        model_type: TextToImageStartLegacyBodyModelType | Unset = UNSET,
        model_version: str | Unset = UNSET,
        req_key: TextToImageStartLegacyBodyReqKey | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        aspect_ratio: TextToImageStartLegacyBodyAspectRatio | Unset = UNSET,
        max_images: int | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[TextToImageTask]:
        """Start a text to image task (lower-case path).

        Deprecated: the catalog spells the path `userText2Image`; use `start`. This is the older
        docs' and most public callers' spelling (`userText2image`), kept because they depend on
        it. Same body and reply as `start`: `data` is a list of task records, one per image.

        Args:
            prompt: What the image should show.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name; generated when absent.
            width: Output width in pixels.
            height: Output height in pixels.
            model_type: The model. `zimage` is seen in public code, not in the catalog.
            model_version: Seedream generation (`4.5`, `5.0`, `5.0-pro`), as one public caller sends it; not in the
                catalog.
            req_key: Older model preset (`high_aes_general_v21_L` general, `high_aes` manga); replaced by
                `model_type`, still sent by callers.
            input_images: Reference image URLs; at most 2 for `a2e`, 10 for Seedream 5.0 Pro.
            skip_face_enhance: Turn off the face-similarity enhancement of A2E image editing.
            aspect_ratio: Aspect ratio (Seedream).
            max_images: How many images to generate; each becomes a separate task.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        warnings.warn(
            "text_to_image.start_legacy is deprecated: the catalog spells the path `userText2Image`; use `start`",
            DeprecationWarning,
            stacklevel=2,
        )

        return self._runner.call(
            _OPS["text_to_image_start_legacy"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "width": width,
                "height": height,
                "model_type": model_type,
                "model_version": model_version,
                "req_key": req_key,
                "input_images": input_images,
                "skip_face_enhance": skip_face_enhance,
                "aspect_ratio": aspect_ratio,
                "max_images": max_images,
            },
            models.TextToImageTask.list_from,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def start_legacy_and_wait(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        model_type: TextToImageStartLegacyBodyModelType | Unset = UNSET,
        model_version: str | Unset = UNSET,
        req_key: TextToImageStartLegacyBodyReqKey | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        aspect_ratio: TextToImageStartLegacyBodyAspectRatio | Unset = UNSET,
        max_images: int | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[TextToImageTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[CompletedTextToImageTask]:
        """`start_legacy`, then `wait`: the finished records, result fields set.

        Takes the arguments of `start_legacy`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start_legacy(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            width=width,
            height=height,
            model_type=model_type,
            model_version=model_version,
            req_key=req_key,
            input_images=input_images,
            skip_face_enhance=skip_face_enhance,
            aspect_ratio=aspect_ratio,
            max_images=max_images,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return [self.wait(task.id, wait_timeout=wait_timeout, on_update=on_update) for task in started]

    def list_legacy(
        self,
        *,
        page_num: int | Unset = 1,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> TextToImageTaskPage:
        """List text to image tasks (lower-case path).

        Deprecated: the catalog spells the path `userText2Image`; use `list`. Kept because public
        callers page this spelling (P3 looks tasks up here when polling fails, P6). Same parameters and
        reply as `list`.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        warnings.warn(
            "text_to_image.list_legacy is deprecated: the catalog spells the path `userText2Image`; use `list`",
            DeprecationWarning,
            stacklevel=2,
        )

        return self._runner.call(
            _OPS["text_to_image_list_legacy"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.TextToImageTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_legacy_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[TextToImageTask]:
        """Every record of `list_legacy`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list_legacy`, the page size included.
        """
        return self._runner.paginate(
            _OPS["text_to_image_list_legacy"],
            {
                "page_size": page_size,
            },
            models.TextToImageTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def get_legacy(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> TextToImageTask:
        """Get a text to image task (lower-case path).

        Deprecated: the catalog spells the path `userText2Image`; use `get`. Kept because 7 public
        callers poll this spelling. Same reply as `get`.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        warnings.warn(
            "text_to_image.get_legacy is deprecated: the catalog spells the path `userText2Image`; use `get`",
            DeprecationWarning,
            stacklevel=2,
        )

        return self._runner.call(
            _OPS["text_to_image_get_legacy"],
            {
                "id": id,
            },
            models.TextToImageTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def quick_add_avatar_legacy(
        self,
        id: str,
        *,
        gender: TextToImageQuickAddAvatarLegacyBodyGender | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> TextToImageAvatar:
        """Create a custom avatar from a generated image (lower-case path).

        Deprecated: the catalog spells the path `userText2Image`; use `quick_add_avatar`. Kept because
        public callers (P3, P7) use this spelling. Same body and reply as `quick_add_avatar`.

        Args:
            id: The text to image task whose image becomes the avatar.
            gender: The avatar's gender.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        warnings.warn(
            "text_to_image.quick_add_avatar_legacy is deprecated: the catalog spells the path `userText2Image`; use `quick_add_avatar`",
            DeprecationWarning,
            stacklevel=2,
        )

        return self._runner.call(
            _OPS["text_to_image_quick_add_avatar_legacy"],
            {
                "id": id,
                "gender": gender,
            },
            models.TextToImageAvatar.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[TextToImageTask], object] | None = None,
    ) -> CompletedTextToImageTask:
        """Wait until job `id` is done and return its finished record (polls `text_to_image.get`).

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
            _OPS["text_to_image_start"],
            id,
            models.TextToImageTask.from_dict,
            models.CompletedTextToImageTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[TextToImageTask], object] | None = None,
    ) -> builtins.list[CompletedTextToImageTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["text_to_image_start"],
            builtins.list(ids),
            models.TextToImageTask.from_dict,
            models.CompletedTextToImageTask.from_dict,
            wait_timeout,
            on_update,
        )


class TextToImageResourceWithRawResponse:
    """Like `TextToImageResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: TextToImageResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.quick_add_avatar = raw_response(resource.quick_add_avatar)
        self.start_legacy = raw_response(resource.start_legacy)
        self.list_legacy = raw_response(resource.list_legacy)
        self.get_legacy = raw_response(resource.get_legacy)
        self.quick_add_avatar_legacy = raw_response(resource.quick_add_avatar_legacy)


class TextToImageQuotes:
    """What each job start of the text_to_image group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        model_type: TextToImageStartBodyModelType | Unset = UNSET,
        model_version: str | Unset = UNSET,
        req_key: TextToImageStartBodyReqKey | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        aspect_ratio: TextToImageStartBodyAspectRatio | Unset = UNSET,
        max_images: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `text_to_image.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["text_to_image_start"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "width": width,
                "height": height,
                "model_type": model_type,
                "model_version": model_version,
                "req_key": req_key,
                "input_images": input_images,
                "skip_face_enhance": skip_face_enhance,
                "aspect_ratio": aspect_ratio,
                "max_images": max_images,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def start_legacy(
        self,
        *,
        prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        model_type: TextToImageStartLegacyBodyModelType | Unset = UNSET,
        model_version: str | Unset = UNSET,
        req_key: TextToImageStartLegacyBodyReqKey | Unset = UNSET,
        input_images: builtins.list[str | FileInput] | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        aspect_ratio: TextToImageStartLegacyBodyAspectRatio | Unset = UNSET,
        max_images: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `text_to_image.start_legacy` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start_legacy` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["text_to_image_start_legacy"],
            {
                "prompt": prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "width": width,
                "height": height,
                "model_type": model_type,
                "model_version": model_version,
                "req_key": req_key,
                "input_images": input_images,
                "skip_face_enhance": skip_face_enhance,
                "aspect_ratio": aspect_ratio,
                "max_images": max_images,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
