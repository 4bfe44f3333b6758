"""The video_twin group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import CompletedVideoTwin, VideoTwin
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...models.video_twin import VideoTwin
    from ...models.video_twin_list_status import (
        VideoTwinListStatus,
        check_video_twin_list_status,
    )
    from ...models.video_twin_page import VideoTwinPage
    from ...models.video_twin_upload import VideoTwinUpload
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "VideoTwinResource",
    "VideoTwinStartParams",
    "VideoTwinContinueTrainingParams",
    "VideoTwinContinueTrainingLegacyParams",
    "VideoTwinRetryParams",
    "VideoTwinEyeContactParams",
    "VideoTwinTrainParams",
]


_OPS = Operations(
    {
        "video_twin_start": lambda: Operation(
            id="video_twin_start",
            group="video_twin",
            method="start",
            http_method="POST",
            path="/api/v1/userVideoTwin/startTraining",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="image_url",
                    wire="image_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="video_url",
                    wire="video_url",
                    where="body",
                    schema={"type": ["string"], "file": "video"},
                    required=False,
                ),
                Argument(
                    name="video_backgroud_color",
                    wire="video_backgroud_color",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(
                    name="video_backgroud_image",
                    wire="video_backgroud_image",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="video_background_color",
                    wire="video_background_color",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(
                    name="video_background_image",
                    wire="video_background_image",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(name="gender", wire="gender", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="model_version",
                    wire="model_version",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(name="prompt", wire="prompt", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="negative_prompt",
                    wire="negative_prompt",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(
                    name="skip_preview", wire="skipPreview", where="body", schema={"type": ["boolean"]}, required=False
                ),
                Argument(
                    name="is_transcoding",
                    wire="isTranscoding",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(name="language", wire="language", where="body", schema={"type": ["string"]}, required=False),
            ),
            files=(
                "image_url",
                "video_url",
                "video_backgroud_image",
                "video_background_image",
            ),
            record_id=None,
            task=Task(
                detail="video_twin_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=(
                    "anchor_id",
                    "preview_result_url",
                ),
                files={"preview_result_url": "video"},
                batch="video_twin_batch_detail",
                idempotency=Idempotency(field="name", list="video_twin_list", max_length=None),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "video_twin_continue_training": lambda: Operation(
            id="video_twin_continue_training",
            group="video_twin",
            method="continue_training",
            http_method="POST",
            path="/api/v1/userVideoTwin/continueTraining",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="id", wire="_id", where="body", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            files=(),
            record_id="id",
            task=Task(
                detail="video_twin_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=(
                    "anchor_id",
                    "preview_result_url",
                ),
                files={"preview_result_url": "video"},
                batch="video_twin_batch_detail",
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "video_twin_continue_training_legacy": lambda: Operation(
            id="video_twin_continue_training_legacy",
            group="video_twin",
            method="continue_training_legacy",
            http_method="POST",
            path="/api/v1/userVideoTwin/continueTranining",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="id", wire="_id", where="body", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            files=(),
            record_id="id",
            task=Task(
                detail="video_twin_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=(
                    "anchor_id",
                    "preview_result_url",
                ),
                files={"preview_result_url": "video"},
                batch="video_twin_batch_detail",
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated="use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the catalog's path",
        ),
        "video_twin_retry": lambda: Operation(
            id="video_twin_retry",
            group="video_twin",
            method="retry",
            http_method="POST",
            path="/api/v1/userVideoTwin/retry",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="id", wire="_id", where="body", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            files=(),
            record_id="id",
            task=Task(
                detail="video_twin_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=(
                    "anchor_id",
                    "preview_result_url",
                ),
                files={"preview_result_url": "video"},
                batch="video_twin_batch_detail",
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "video_twin_eye_contact": lambda: Operation(
            id="video_twin_eye_contact",
            group="video_twin",
            method="eye_contact",
            http_method="POST",
            path="/api/v1/userVideoTwin/eyeContact",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="id", wire="_id", where="body", schema={"type": ["string"], "min_length": 1}, required=False
                ),
            ),
            files=(),
            record_id="id",
            task=Task(
                detail="video_twin_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=(
                    "anchor_id",
                    "preview_result_url",
                ),
                files={"preview_result_url": "video"},
                batch="video_twin_batch_detail",
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "video_twin_get": lambda: Operation(
            id="video_twin_get",
            group="video_twin",
            method="get",
            http_method="GET",
            path="/api/v1/userVideoTwin/{id}",
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
        "video_twin_list": lambda: Operation(
            id="video_twin_list",
            group="video_twin",
            method="list",
            http_method="GET",
            path="/api/v1/userVideoTwin/records",
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
                Argument(
                    name="status",
                    wire="status",
                    where="query",
                    schema={"type": ["string"], "enum": ["pending", "processing", "completed", "failed"]},
                    required=False,
                ),
            ),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=Pagination(page="pageNum", size="pageSize", first=1, rows="rows", total="count"),
            all_method="iter_list",
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "video_twin_list_all": lambda: Operation(
            id="video_twin_list_all",
            group="video_twin",
            method="list_all",
            http_method="GET",
            path="/api/v1/userVideoTwin/userRecords",
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
        "video_twin_list_training": lambda: Operation(
            id="video_twin_list_training",
            group="video_twin",
            method="list_training",
            http_method="GET",
            path="/api/v1/userVideoTwin/trainingRecords",
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
        "video_twin_batch_detail": lambda: Operation(
            id="video_twin_batch_detail",
            group="video_twin",
            method="batch_detail",
            http_method="POST",
            path="/api/v1/userVideoTwin/batchDetail",
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
        "video_twin_delete": lambda: Operation(
            id="video_twin_delete",
            group="video_twin",
            method="delete",
            http_method="POST",
            path="/api/v1/userVideoTwin/remove",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="id", wire="_id", where="body", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
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
        "video_twin_upload": lambda: Operation(
            id="video_twin_upload",
            group="video_twin",
            method="upload",
            http_method="POST",
            path="/api/v1/userVideoTwin/upload",
            path_params=(),
            query=(),
            body=(),
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
        "video_twin_upload_status": lambda: Operation(
            id="video_twin_upload_status",
            group="video_twin",
            method="upload_status",
            http_method="GET",
            path="/api/v1/userVideoTwin/uploadStatus",
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
        "video_twin_train": lambda: Operation(
            id="video_twin_train",
            group="video_twin",
            method="train",
            http_method="POST",
            path="/api/v1/userVideoTwin/training",
            path_params=(),
            query=(),
            body=(),
            files=(),
            record_id=None,
            task=Task(
                detail="video_twin_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=(
                    "anchor_id",
                    "preview_result_url",
                ),
                files={"preview_result_url": "video"},
                batch="video_twin_batch_detail",
                wait_method="wait",
            ),
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
    from ._params import (
        VideoTwinContinueTrainingLegacyParams,
        VideoTwinContinueTrainingParams,
        VideoTwinEyeContactParams,
        VideoTwinRetryParams,
        VideoTwinStartParams,
        VideoTwinTrainParams,
    )


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in (
        "VideoTwinStartParams",
        "VideoTwinContinueTrainingParams",
        "VideoTwinContinueTrainingLegacyParams",
        "VideoTwinRetryParams",
        "VideoTwinEyeContactParams",
        "VideoTwinTrainParams",
    ):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class VideoTwinResource:
    """Operations of the video_twin group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> VideoTwinResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return VideoTwinResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> VideoTwinQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return VideoTwinQuotes(self._runner)

    def start(
        self,
        *,
        name: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        video_url: str | FileInput | Unset = UNSET,
        video_backgroud_color: str | Unset = UNSET,
        video_backgroud_image: str | FileInput | Unset = UNSET,
        video_background_color: str | Unset = UNSET,
        video_background_image: str | FileInput | Unset = UNSET,
        gender: str | Unset = UNSET,
        model_version: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        skip_preview: bool | Unset = UNSET,
        is_transcoding: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VideoTwin:
        """Create a custom avatar from a video or an image.

        Asynchronous: starts training a custom avatar ("video twin", the web app's "Quick Preview")
        from `video_url` (recommended: an MP4 or MOV of one clearly visible person, landscape or
        portrait, at least 10 s) or from `image_url` (beta; image mode is "version 2"). Returns the
        twin's record once accepted; wait with `get` until `current_status` is `completed` (public
        callers also stop as soon as `anchor_id` is set). The trained avatar then appears in
        `avatar_videos.list_characters` and is used with `anchor_type` 1 in `avatar_videos.generate`.
        Optionally train a personalised lip-sync model afterwards with `continue_training`.

        Billing (older docs): video mode is free; image mode costs 1 diamond per call (diamonds are
        exchanged from coins). URL rules: the file type is read from the URL's HTTP `Content-Type`,
        not its suffix; the URL must not contain spaces; redirects (3xx, e.g. http to https) are
        rejected; exactly one face must be visible.

        Some callers add the header `x-lang: en-US` (presumably for English error messages); it is
        optional and not modelled.

        Args:
            name: Name of the custom avatar.
            image_url: Image mode (beta, "version 2"; 1 diamond per call). Public URL of a photo showing
                exactly one face.
            video_url: Video mode (recommended, free). Public URL of an MP4 or MOV of the person, at least 10
                s, with a correct `Content-Type` and no redirect.
            video_backgroud_color: Background colour as RGBA, e.g. `rgba(255,255,255,1)`. A2E's own (misspelt) field name,
                sent by public callers; prefer it over `video_background_color`.
            video_backgroud_image: Public URL of a background image. A2E's own (misspelt) field name, sent by public
                callers; prefer it over `video_background_image`.
            video_background_color: The catalog's spelling of `video_backgroud_color` (background colour, RGBA). Public
                callers send the misspelt name.
            video_background_image: The catalog's spelling of `video_backgroud_image` (background image URL). Public callers
                send the misspelt name.
            gender: Gender of the person, `male` or `female` as public callers send it (not in the catalog).
            model_version: Image-mode model version (not in the catalog); public callers send `V2.0`, `V2.1` or
                `4.5`.
            prompt: Image mode: prompt for the generated motion (not in the catalog; sent by public
                callers).
            negative_prompt: Image mode: features to avoid (not in the catalog; sent by public callers).
            skip_preview: Skip the preview step (not in the catalog; public callers send `false`).
            is_transcoding: Let A2E transcode the source video first (not in the catalog; public callers send
                `true`).
            language: Language of the person's speech (not in the catalog; sent by one public caller).

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_start"],
            {
                "name": name,
                "image_url": image_url,
                "video_url": video_url,
                "video_backgroud_color": video_backgroud_color,
                "video_backgroud_image": video_backgroud_image,
                "video_background_color": video_background_color,
                "video_background_image": video_background_image,
                "gender": gender,
                "model_version": model_version,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "skip_preview": skip_preview,
                "is_transcoding": is_transcoding,
                "language": language,
            },
            models.VideoTwin.from_dict,
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
        name: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        video_url: str | FileInput | Unset = UNSET,
        video_backgroud_color: str | Unset = UNSET,
        video_backgroud_image: str | FileInput | Unset = UNSET,
        video_background_color: str | Unset = UNSET,
        video_background_image: str | FileInput | Unset = UNSET,
        gender: str | Unset = UNSET,
        model_version: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        skip_preview: bool | Unset = UNSET,
        is_transcoding: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VideoTwin], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedVideoTwin:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            name=name,
            image_url=image_url,
            video_url=video_url,
            video_backgroud_color=video_backgroud_color,
            video_backgroud_image=video_backgroud_image,
            video_background_color=video_background_color,
            video_background_image=video_background_image,
            gender=gender,
            model_version=model_version,
            prompt=prompt,
            negative_prompt=negative_prompt,
            skip_preview=skip_preview,
            is_transcoding=is_transcoding,
            language=language,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def continue_training(
        self,
        id: str,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VideoTwin:
        """Train a personalised lip-sync model.

        Asynchronous: "Continue Training" of an existing custom avatar, which trains its own
        lip-sync model for better lip-sync (about 2 hours; 1 diamond per run in video mode). Later
        videos of the avatar use the model automatically. Wait with `get` on the same `_id`.

        Args:
            id: The `_id` of the video twin whose training continues.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_continue_training"],
            {
                "id": id,
            },
            models.VideoTwin.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def continue_training_and_wait(
        self,
        id: str,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VideoTwin], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedVideoTwin:
        """`continue_training`, then `wait`: the finished record, result fields set.

        Takes the arguments of `continue_training`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.continue_training(
            id,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def continue_training_legacy(
        self,
        id: str,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VideoTwin:
        """Train a personalised lip-sync model (misspelt legacy path).

        Deprecated: use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the
        catalog's path. This is A2E's misspelt path ("Tranining"), which public callers use and which
        the server is known to answer; it takes the same `{_id}` body and starts the same job
        (about 2 hours, 1 diamond). Wait with `get` on the same `_id`. Callers send the header
        `x-lang: en-US` with it; that header is optional and not modelled.

        Args:
            id: The `_id` of the video twin whose training continues.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        warnings.warn(
            "video_twin.continue_training_legacy is deprecated: use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the catalog's path",
            DeprecationWarning,
            stacklevel=2,
        )

        return self._runner.call(
            _OPS["video_twin_continue_training_legacy"],
            {
                "id": id,
            },
            models.VideoTwin.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def continue_training_legacy_and_wait(
        self,
        id: str,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VideoTwin], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedVideoTwin:
        """`continue_training_legacy`, then `wait`: the finished record, result fields set.

        Takes the arguments of `continue_training_legacy`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.continue_training_legacy(
            id,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def retry(
        self,
        id: str,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VideoTwin:
        """Retry a failed video twin task.

        Asynchronous: asks for another processing attempt of an eligible failed video twin task.
        The reply confirms acceptance and is modelled, by inference, as the twin's record; keep
        polling `get` on the same `_id`. The catalog documents no request fields; `_id` is inferred
        from the sibling calls, and other fields pass through as given.

        Args:
            id: Inferred, not documented. The `_id` of the failed video twin task.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_retry"],
            {
                "id": id,
            },
            models.VideoTwin.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def retry_and_wait(
        self,
        id: str,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VideoTwin], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedVideoTwin:
        """`retry`, then `wait`: the finished record, result fields set.

        Takes the arguments of `retry`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.retry(
            id,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def eye_contact(
        self,
        id: str | Unset = UNSET,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VideoTwin:
        """Start eye-contact enhancement.

        Asynchronous: starts AI eye-contact enhancement of a video twin. The reply confirms
        acceptance and is modelled, by inference, as the twin's record; wait with `get` on the
        same `_id`.

        Args:
            id: The `_id` of the video twin to enhance.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_eye_contact"],
            {
                "id": id,
            },
            models.VideoTwin.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def eye_contact_and_wait(
        self,
        id: str | Unset = UNSET,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VideoTwin], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedVideoTwin:
        """`eye_contact`, then `wait`: the finished record, result fields set.

        Takes the arguments of `eye_contact`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.eye_contact(
            id,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> VideoTwin:
        """Get a video twin.

        One video twin (custom avatar) with its training status. Poll this to wait for `start`,
        `continue_training`, `retry` or `eye_contact` (public callers poll every 4 to 20 s). Done
        when `current_status` is `completed`; some callers also treat a non-empty `anchor_id` as
        done. On `failed` the reason is in `failed_message`. Some callers send the header
        `x-lang: en-US`; it is optional and not modelled.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_get"],
            {
                "id": id,
            },
            models.VideoTwin.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list(
        self,
        *,
        page_num: int | Unset = 1,
        page_size: int | Unset = 10,
        status: VideoTwinListStatus | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> VideoTwinPage:
        """List video twin tasks.

        The caller's video twins (custom avatar trainings) with their status, one page at a time,
        optionally filtered by status.

        Args:
            page_num:
            page_size:
            status:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
                "status": status,
            },
            models.VideoTwinPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def iter_list(
        self,
        *,
        page_size: int | Unset = 10,
        status: VideoTwinListStatus | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[VideoTwin]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["video_twin_list"],
            {
                "page_size": page_size,
                "status": status,
            },
            models.VideoTwin.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[VideoTwin]:
        """List all video twins.

        All of the caller's video twins with their training state and results, in one unpaginated list.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_list_all"],
            {},
            models.VideoTwin.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_training(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[VideoTwin]:
        """List ongoing training tasks.

        The caller's video twin trainings that are still running. Not paginated.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_list_training"],
            {},
            models.VideoTwin.list_from,
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
    ) -> builtins.list[VideoTwin]:
        """Get several video twins.

        Fetches several video twin records by id in one call (up to 200 ids). Match results by `_id`,
        not by position.

        Args:
            ids: Record ids (at most 200); results come in any order, match them by `_id`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_batch_detail"],
            {
                "ids": ids,
            },
            models.VideoTwin.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Remove a custom avatar.

        Removes one video twin (custom avatar) from the caller's collection. An invalid id answers 400.
        Answers no data.

        Args:
            id: The `_id` of the video twin to remove.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["video_twin_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def upload(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VideoTwinUpload:
        """Upload a file for a video twin.

        Uploads a file for video twin creation. The catalog documents neither the body fields nor
        the content type, so the body is open: send the fields through `extra_body`. To train from a
        local file the documented route is a URL: upload it with `/api/v1/r2/upload-presigned-url`
        (or copy a public URL in with `/api/v1/tos/transferToStorage`) and pass the URL to `start`.
        The reply is modelled, by inference, as the uploaded file's record (`_id`, `url`).

        Args:

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_upload"],
            {},
            models.VideoTwinUpload.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def upload_status(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[VideoTwinUpload]:
        """Get the video twin upload status.

        The upload status of the caller's video twin files (see `upload`), as a list of upload records
        with their `status` (inferred shape).

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_upload_status"],
            {},
            models.VideoTwinUpload.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def train(
        self,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VideoTwin:
        """Start training (undocumented variant).

        Starts video twin training through the catalog's second, undocumented training route. The
        catalog documents no request fields and points to `start` (POST
        /api/v1/userVideoTwin/startTraining) as the documented variant; prefer `start`. The body is
        open: send the fields through `extra_body`. Asynchronous like `start`: the reply is
        modelled, by inference, as the twin's record; wait with `get`.

        Args:

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["video_twin_train"],
            {},
            models.VideoTwin.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def train_and_wait(
        self,
        *,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VideoTwin], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedVideoTwin:
        """`train`, then `wait`: the finished record, result fields set.

        Takes the arguments of `train`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.train(
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VideoTwin], object] | None = None,
    ) -> CompletedVideoTwin:
        """Wait until job `id` is done and return its finished record (polls `video_twin.get`).

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
            _OPS["video_twin_start"],
            id,
            models.VideoTwin.from_dict,
            models.CompletedVideoTwin.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VideoTwin], object] | None = None,
    ) -> builtins.list[CompletedVideoTwin | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls `batch_detail` with up to 200 ids per request, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["video_twin_start"],
            builtins.list(ids),
            models.VideoTwin.from_dict,
            models.CompletedVideoTwin.from_dict,
            wait_timeout,
            on_update,
        )


class VideoTwinResourceWithRawResponse:
    """Like `VideoTwinResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: VideoTwinResource) -> None:
        self.start = raw_response(resource.start)
        self.continue_training = raw_response(resource.continue_training)
        self.continue_training_legacy = raw_response(resource.continue_training_legacy)
        self.retry = raw_response(resource.retry)
        self.eye_contact = raw_response(resource.eye_contact)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.list_all = raw_response(resource.list_all)
        self.list_training = raw_response(resource.list_training)
        self.batch_detail = raw_response(resource.batch_detail)
        self.delete = raw_response(resource.delete)
        self.upload = raw_response(resource.upload)
        self.upload_status = raw_response(resource.upload_status)
        self.train = raw_response(resource.train)


class VideoTwinQuotes:
    """What each job start of the video_twin group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        name: str | Unset = UNSET,
        image_url: str | FileInput | Unset = UNSET,
        video_url: str | FileInput | Unset = UNSET,
        video_backgroud_color: str | Unset = UNSET,
        video_backgroud_image: str | FileInput | Unset = UNSET,
        video_background_color: str | Unset = UNSET,
        video_background_image: str | FileInput | Unset = UNSET,
        gender: str | Unset = UNSET,
        model_version: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        skip_preview: bool | Unset = UNSET,
        is_transcoding: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `video_twin.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["video_twin_start"],
            {
                "name": name,
                "image_url": image_url,
                "video_url": video_url,
                "video_backgroud_color": video_backgroud_color,
                "video_backgroud_image": video_backgroud_image,
                "video_background_color": video_background_color,
                "video_background_image": video_background_image,
                "gender": gender,
                "model_version": model_version,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "skip_preview": skip_preview,
                "is_transcoding": is_transcoding,
                "language": language,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def continue_training(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `video_twin.continue_training` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `continue_training` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["video_twin_continue_training"],
            {
                "id": id,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def continue_training_legacy(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `video_twin.continue_training_legacy` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `continue_training_legacy` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["video_twin_continue_training_legacy"],
            {
                "id": id,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def retry(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `video_twin.retry` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `retry` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["video_twin_retry"],
            {
                "id": id,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def eye_contact(
        self,
        id: str | Unset = UNSET,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `video_twin.eye_contact` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `eye_contact` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["video_twin_eye_contact"],
            {
                "id": id,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def train(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `video_twin.train` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `train` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["video_twin_train"],
            {},
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
