"""The image_to_video group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedImageToVideoTask, ImageToVideoTask
    from ...models.image_to_video_extend_prompt_body_template import (
        ImageToVideoExtendPromptBodyTemplate,
        check_image_to_video_extend_prompt_body_template,
    )
    from ...models.image_to_video_prompt_extension import ImageToVideoPromptExtension
    from ...models.image_to_video_start_body_model_type import (
        ImageToVideoStartBodyModelType,
        check_image_to_video_start_body_model_type,
    )
    from ...models.image_to_video_start_body_model_version import (
        ImageToVideoStartBodyModelVersion,
        check_image_to_video_start_body_model_version,
    )
    from ...models.image_to_video_task import ImageToVideoTask
    from ...models.image_to_video_task_page import ImageToVideoTaskPage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["ImageToVideoResource", "ImageToVideoStartParams"]


_OPS = Operations(
    {
        "image_to_video_start": lambda: Operation(
            id="image_to_video_start",
            group="image_to_video",
            method="start",
            http_method="POST",
            path="/api/v1/userImage2Video/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="image_url",
                    wire="image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=True,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="negative_prompt",
                    wire="negative_prompt",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(name="lora", wire="lora", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="model_type",
                    wire="model_type",
                    where="body",
                    schema={"type": ["string"], "enum": ["GENERAL", "FLF2V"]},
                    required=False,
                ),
                Argument(
                    name="model_version",
                    wire="model_version",
                    where="body",
                    schema={"type": ["string"], "enum": ["a2e", "a2e-v2", "a2e-v2-flash"]},
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
                    name="extend_prompt",
                    wire="extend_prompt",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(
                    name="number_of_images",
                    wire="number_of_images",
                    where="body",
                    schema={"type": ["integer"], "minimum": 1, "maximum": 8},
                    required=False,
                ),
                Argument(
                    name="video_time",
                    wire="video_time",
                    where="body",
                    schema={"type": ["integer"], "minimum": 5, "maximum": 20},
                    required=False,
                ),
                Argument(
                    name="video_length",
                    wire="video_length",
                    where="body",
                    schema={"type": ["integer"], "minimum": 1, "maximum": 1000},
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
                    name="mask_face", wire="mask_face", where="body", schema={"type": ["boolean"]}, required=False
                ),
                Argument(
                    name="minor_suspected_skip",
                    wire="minor_suspected_skip",
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
                detail="image_to_video_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                batch="image_to_video_batch_detail",
                idempotency=Idempotency(field="name", list="image_to_video_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "image_to_video_list": lambda: Operation(
            id="image_to_video_list",
            group="image_to_video",
            method="list",
            http_method="GET",
            path="/api/v1/userImage2Video/allRecords",
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
        "image_to_video_batch_detail": lambda: Operation(
            id="image_to_video_batch_detail",
            group="image_to_video",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userImage2Video/batchDetail",
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
        "image_to_video_avg_processing_time": lambda: Operation(
            id="image_to_video_avg_processing_time",
            group="image_to_video",
            method="avg_processing_time",
            http_method="GET",
            path="/api/v1/userImage2Video/avgProcessingTime",
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
        "image_to_video_queue_level": lambda: Operation(
            id="image_to_video_queue_level",
            group="image_to_video",
            method="queue_level",
            http_method="GET",
            path="/api/v1/userImage2Video/unlimitedQueueLevel",
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
        "image_to_video_mark_shared": lambda: Operation(
            id="image_to_video_mark_shared",
            group="image_to_video",
            method="mark_shared",
            http_method="POST",
            path="/api/v1/userImage2Video/{id}/markShared",
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
        "image_to_video_mark_downloaded": lambda: Operation(
            id="image_to_video_mark_downloaded",
            group="image_to_video",
            method="mark_downloaded",
            http_method="POST",
            path="/api/v1/userImage2Video/{id}/markDownloaded",
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
        "image_to_video_mark_copied": lambda: Operation(
            id="image_to_video_mark_copied",
            group="image_to_video",
            method="mark_copied",
            http_method="POST",
            path="/api/v1/userImage2Video/{id}/markCopied",
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
        "image_to_video_get": lambda: Operation(
            id="image_to_video_get",
            group="image_to_video",
            method="get",
            http_method="GET",
            path="/api/v1/userImage2Video/{id}",
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
        "image_to_video_delete": lambda: Operation(
            id="image_to_video_delete",
            group="image_to_video",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userImage2Video/{id}",
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
        "image_to_video_extend_prompt": lambda: Operation(
            id="image_to_video_extend_prompt",
            group="image_to_video",
            method="extend_prompt",
            http_method="POST",
            path="/api/v1/userImage2Video/prompt_extension",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="reference_id", wire="reference_id", where="body", schema={"type": ["string"]}, required=True
                ),
                Argument(
                    name="image_url",
                    wire="image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=True,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="negative_prompt",
                    wire="negative_prompt",
                    where="body",
                    schema={"type": ["string"]},
                    required=True,
                ),
                Argument(name="lang", wire="lang", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="max_length", wire="max_length", where="body", schema={"type": ["integer"]}, required=False
                ),
                Argument(name="stream", wire="stream", where="body", schema={"type": ["boolean"]}, required=False),
                Argument(
                    name="template",
                    wire="template",
                    where="body",
                    schema={"type": ["string"], "enum": ["default", "cinematic"]},
                    required=False,
                ),
                Argument(
                    name="shot_count", wire="shot_count", where="body", schema={"type": ["integer"]}, required=False
                ),
                Argument(
                    name="with_audio", wire="with_audio", where="body", schema={"type": ["boolean"]}, required=False
                ),
            ),
            files=("image_url",),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "image_to_video_extend_flf2v_prompt": lambda: Operation(
            id="image_to_video_extend_flf2v_prompt",
            group="image_to_video",
            method="extend_flf2v_prompt",
            http_method="POST",
            path="/api/v1/userImage2Video/flf2v_prompt_extension",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="reference_id", wire="reference_id", where="body", schema={"type": ["string"]}, required=True
                ),
                Argument(
                    name="image_url",
                    wire="image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=True,
                ),
                Argument(
                    name="end_image_url",
                    wire="end_image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=True,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="negative_prompt",
                    wire="negative_prompt",
                    where="body",
                    schema={"type": ["string"]},
                    required=True,
                ),
                Argument(name="lang", wire="lang", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="max_length", wire="max_length", where="body", schema={"type": ["integer"]}, required=False
                ),
                Argument(name="stream", wire="stream", where="body", schema={"type": ["boolean"]}, required=False),
            ),
            files=(
                "image_url",
                "end_image_url",
            ),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
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
    from ._params import ImageToVideoStartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("ImageToVideoStartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ImageToVideoResource:
    """Operations of the image_to_video group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> ImageToVideoResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return ImageToVideoResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> ImageToVideoQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return ImageToVideoQuotes(self._runner)

    def start(
        self,
        *,
        image_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        lora: str | Unset = UNSET,
        model_type: ImageToVideoStartBodyModelType | Unset = UNSET,
        model_version: ImageToVideoStartBodyModelVersion | Unset = UNSET,
        end_image_url: str | FileInput | Unset = UNSET,
        extend_prompt: bool | Unset = UNSET,
        number_of_images: int | Unset = UNSET,
        video_time: int | Unset = UNSET,
        video_length: int | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        mask_face: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ImageToVideoTask:
        """Start an image to video task.

        Asynchronous: animates an image into a short video (5 to 20 s) guided by a prompt and a
        negative prompt, or by a LoRA preset. With `model_type` `FLF2V` the video runs from
        `image_url` (first frame) to `end_image_url` (last frame). Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
        The older docs say a 5 s 720p video is usually ready within about 10 minutes when there
        is no queue. If the image URL may not be reachable, copy it into A2E storage first
        (`/api/v1/tos/transferToStorage`).

        Args:
            image_url: Public URL of the source image (the first frame for `FLF2V`).
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            prompt: Generation prompt (what should happen in the video). May be omitted when `lora` is set.
            negative_prompt: Features to avoid. Some callers send it misspelt as `negative_prmpt`; that spelling is
                passed through unchanged.
            lora: LoRA id; when set, the prompts may be omitted and the LoRA's preset overrides the
                prompt.
            model_type: `GENERAL` (one image) or `FLF2V` (first and last frame; needs `end_image_url`).
            model_version: Model version. Defaults to `a2e-v2` for Ultra users, otherwise `a2e`. The v2 models cost
                more, get no plan waivers and ignore `auto_add_audio`.
            end_image_url: Public URL of the last-frame image; needed for `FLF2V`.
            extend_prompt: Let A2E extend the prompt automatically.
            number_of_images: How many videos to generate in one call.
            video_time: Duration in seconds; documented values are 5, 10, 15 and 20.
            video_length: Deprecated frame count; use `video_time` instead.
            skip_face_enhance: Turn off the face-similarity enhancement (on by default).
            mask_face: Moderation preflight flag; set `true` only once the user agreed to mask a detected face.
            minor_suspected_skip: Acknowledge a suspected minor (age 10 to 14, error code 1004) and continue.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["image_to_video_start"],
            {
                "image_url": image_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "lora": lora,
                "model_type": model_type,
                "model_version": model_version,
                "end_image_url": end_image_url,
                "extend_prompt": extend_prompt,
                "number_of_images": number_of_images,
                "video_time": video_time,
                "video_length": video_length,
                "skip_face_enhance": skip_face_enhance,
                "mask_face": mask_face,
                "minor_suspected_skip": minor_suspected_skip,
            },
            models.ImageToVideoTask.from_dict,
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
        image_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        lora: str | Unset = UNSET,
        model_type: ImageToVideoStartBodyModelType | Unset = UNSET,
        model_version: ImageToVideoStartBodyModelVersion | Unset = UNSET,
        end_image_url: str | FileInput | Unset = UNSET,
        extend_prompt: bool | Unset = UNSET,
        number_of_images: int | Unset = UNSET,
        video_time: int | Unset = UNSET,
        video_length: int | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        mask_face: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[ImageToVideoTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedImageToVideoTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            image_url=image_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lora=lora,
            model_type=model_type,
            model_version=model_version,
            end_image_url=end_image_url,
            extend_prompt=extend_prompt,
            number_of_images=number_of_images,
            video_time=video_time,
            video_length=video_length,
            skip_face_enhance=skip_face_enhance,
            mask_face=mask_face,
            minor_suspected_skip=minor_suspected_skip,
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
    ) -> ImageToVideoTaskPage:
        """List image to video tasks.

        The caller's image to video tasks, one page at a time. Only records that have not expired are
        returned.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["image_to_video_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.ImageToVideoTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = 10,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[ImageToVideoTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["image_to_video_list"],
            {
                "page_size": page_size,
            },
            models.ImageToVideoTask.from_dict,
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
    ) -> builtins.list[ImageToVideoTask]:
        """Get several image to video tasks.

        Fetches several of the caller's tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["image_to_video_batch_detail"],
            {
                "ids": ids,
            },
            models.ImageToVideoTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def avg_processing_time(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Any:
        """Get the average processing time.

        The average time image to video tasks currently take, as a number (inferred shape; the unit is
        not documented, presumably seconds).

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["image_to_video_avg_processing_time"],
            {},
            parse_any,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def queue_level(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Any:
        """Get the unlimited-queue level.

        The caller's unlimited-queue level for image to video, as an integer (inferred shape). Its
        meaning is not documented beyond the name.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["image_to_video_queue_level"],
            {},
            parse_any,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def mark_shared(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> None:
        """Mark a task as shared.

        Records that the user shared this task's result. Does not change the media. Answers no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["image_to_video_mark_shared"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def mark_downloaded(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> None:
        """Mark a task as downloaded.

        Records that the user downloaded this task's result. Does not change the media. Answers no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["image_to_video_mark_downloaded"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def mark_copied(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> None:
        """Mark a task as copied.

        Records that the user copied this task's result. Does not change the media. Answers no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["image_to_video_mark_copied"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> ImageToVideoTask:
        """Get an image to video task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a
        task (the docs name the path `sent`, then `pending` once processing starts, then
        `completed`, usually within 10 minutes).

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["image_to_video_get"],
            {
                "id": id,
            },
            models.ImageToVideoTask.from_dict,
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
        """Delete an image to video task.

        Deletes a task. Only tasks in a final state (`initialized`, `completed`, `failed`) can be
        deleted; a task that is processing (any other state) is refused with 400. Deleting an
        `initialized` task refunds its credits. Answers no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["image_to_video_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | FileInput,
        prompt: str,
        negative_prompt: str,
        lang: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        stream: bool | Unset = UNSET,
        template: ImageToVideoExtendPromptBodyTemplate | Unset = UNSET,
        shot_count: int | Unset = UNSET,
        with_audio: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ImageToVideoPromptExtension:
        """Extend a prompt for image to video.

        Has an LLM rewrite a prompt and negative prompt for a general image to video task, from the
        image. Template `default` gives one rewrite; `cinematic` gives a scene bible and shots
        `SHOT 1..N` (`shot_count`) with an optional Audio section (`with_audio`). The reply is
        modelled, by inference, as the rewritten `prompt` and `negative_prompt`.

        With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
        `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
        `stream` unset or `false` when calling it through this client.

        Args:
            reference_id: Reference id; the catalog does not describe it (its example is a 24-hex id).
            image_url: Public URL of the source image.
            prompt: The prompt to extend.
            negative_prompt: The negative prompt to extend.
            lang: Language of the generated prompt.
            max_length: Hard cap on the generated prompt's characters (a limit, not a target).
            stream: `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this
                client does not parse.
            template: `default`: one rewrite; `cinematic`: scene bible, `SHOT 1..N` and an Audio section.
            shot_count: Number of shots for the `cinematic` template; clamped by the server to 1 to 4.
            with_audio: `cinematic` template only: append an Audio section.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["image_to_video_extend_prompt"],
            {
                "reference_id": reference_id,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "lang": lang,
                "max_length": max_length,
                "stream": stream,
                "template": template,
                "shot_count": shot_count,
                "with_audio": with_audio,
            },
            models.ImageToVideoPromptExtension.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def extend_flf2v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | FileInput,
        end_image_url: str | FileInput,
        prompt: str,
        negative_prompt: str,
        lang: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        stream: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ImageToVideoPromptExtension:
        """Extend a prompt for first/last-frame image to video.

        Has an LLM rewrite a prompt and negative prompt for a first/last-frame (`FLF2V`) task, from
        both frame images. The reply is modelled, by inference, as the rewritten `prompt` and
        `negative_prompt`.

        With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
        `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
        `stream` unset or `false` when calling it through this client.

        Args:
            reference_id: Reference id; the catalog does not describe it (its example is a 24-hex id).
            image_url: Public URL of the first-frame image.
            end_image_url: Public URL of the last-frame image.
            prompt: The prompt to extend.
            negative_prompt: The negative prompt to extend.
            lang: Language of the generated prompt.
            max_length: Hard cap on the generated prompt's characters (a limit, not a target).
            stream: `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this
                client does not parse.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["image_to_video_extend_flf2v_prompt"],
            {
                "reference_id": reference_id,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "lang": lang,
                "max_length": max_length,
                "stream": stream,
            },
            models.ImageToVideoPromptExtension.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[ImageToVideoTask], object] | None = None,
    ) -> CompletedImageToVideoTask:
        """Wait until job `id` is done and return its finished record (polls `image_to_video.get`).

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
            _OPS["image_to_video_start"],
            id,
            models.ImageToVideoTask.from_dict,
            models.CompletedImageToVideoTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[ImageToVideoTask], object] | None = None,
    ) -> builtins.list[CompletedImageToVideoTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["image_to_video_start"],
            builtins.list(ids),
            models.ImageToVideoTask.from_dict,
            models.CompletedImageToVideoTask.from_dict,
            wait_timeout,
            on_update,
        )


class ImageToVideoResourceWithRawResponse:
    """Like `ImageToVideoResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: ImageToVideoResource) -> None:
        self.start = raw_response(resource.start)
        self.list = raw_response(resource.list)
        self.batch_detail = raw_response(resource.batch_detail)
        self.avg_processing_time = raw_response(resource.avg_processing_time)
        self.queue_level = raw_response(resource.queue_level)
        self.mark_shared = raw_response(resource.mark_shared)
        self.mark_downloaded = raw_response(resource.mark_downloaded)
        self.mark_copied = raw_response(resource.mark_copied)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.extend_prompt = raw_response(resource.extend_prompt)
        self.extend_flf2v_prompt = raw_response(resource.extend_flf2v_prompt)


class ImageToVideoQuotes:
    """What each job start of the image_to_video group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        image_url: str | FileInput,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        lora: str | Unset = UNSET,
        model_type: ImageToVideoStartBodyModelType | Unset = UNSET,
        model_version: ImageToVideoStartBodyModelVersion | Unset = UNSET,
        end_image_url: str | FileInput | Unset = UNSET,
        extend_prompt: bool | Unset = UNSET,
        number_of_images: int | Unset = UNSET,
        video_time: int | Unset = UNSET,
        video_length: int | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        mask_face: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `image_to_video.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["image_to_video_start"],
            {
                "image_url": image_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "lora": lora,
                "model_type": model_type,
                "model_version": model_version,
                "end_image_url": end_image_url,
                "extend_prompt": extend_prompt,
                "number_of_images": number_of_images,
                "video_time": video_time,
                "video_length": video_length,
                "skip_face_enhance": skip_face_enhance,
                "mask_face": mask_face,
                "minor_suspected_skip": minor_suspected_skip,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
