"""The avatar_videos group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models import AvatarVideoTask, CompletedAvatarVideoTask
    from ...models.avatar_video_anchor import AvatarVideoAnchor
    from ...models.avatar_video_job import AvatarVideoJob
    from ...models.avatar_video_public_pool_setting import AvatarVideoPublicPoolSetting
    from ...models.avatar_video_task import AvatarVideoTask
    from ...models.avatar_video_task_page import AvatarVideoTaskPage
    from ...models.avatar_videos_generate_body_caption_align import (
        AvatarVideosGenerateBodyCaptionAlign,
    )
    from ...models.avatar_videos_generate_body_gp_model import (
        AvatarVideosGenerateBodyGpModel,
    )
    from ...models.avatar_videos_list_avatars_body_web_type import (
        AvatarVideosListAvatarsBodyWebType,
        check_avatar_videos_list_avatars_body_web_type,
    )
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["AvatarVideosResource", "AvatarVideosGenerateParams"]


_OPS = Operations(
    {
        "avatar_videos_list_avatars": lambda: Operation(
            id="avatar_videos_list_avatars",
            group="avatar_videos",
            method="list_avatars",
            http_method="POST",
            path="/api/v1/anchor/list",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="web_type",
                    wire="web_type",
                    where="body",
                    schema={"type": ["string"], "enum": ["a2e", "tyzn"]},
                    required=False,
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
        "avatar_videos_list_characters": lambda: Operation(
            id="avatar_videos_list_characters",
            group="avatar_videos",
            method="list_characters",
            http_method="GET",
            path="/api/v1/anchor/character_list",
            path_params=(),
            query=(
                Argument(name="type_", wire="type", where="query", schema={"type": ["string"]}, required=False),
                Argument(
                    name="user_video_twin_id",
                    wire="user_video_twin_id",
                    where="query",
                    schema={"type": ["string"]},
                    required=False,
                ),
            ),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated="A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list)",
        ),
        "avatar_videos_generate": lambda: Operation(
            id="avatar_videos_generate",
            group="avatar_videos",
            method="generate",
            http_method="POST",
            path="/api/v1/video/generate",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="title",
                    wire="title",
                    where="body",
                    schema={"type": ["string"], "max_length": 40},
                    required=False,
                ),
                Argument(
                    name="audio_src",
                    wire="audioSrc",
                    where="body",
                    schema={"type": ["string"], "file": "audio"},
                    required=False,
                ),
                Argument(
                    name="custom_voice",
                    wire="custom_voice",
                    where="body",
                    schema={"type": ["string"], "file": "audio"},
                    required=False,
                ),
                Argument(name="anchor_id", wire="anchor_id", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="anchor_type", wire="anchor_type", where="body", schema={"type": ["integer"]}, required=True
                ),
                Argument(
                    name="anchor_background_img",
                    wire="anchor_background_img",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=False,
                ),
                Argument(
                    name="anchor_background_color",
                    wire="anchor_background_color",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(name="back_id", wire="back_id", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="face_swap_id", wire="face_swap_id", where="body", schema={"type": ["string"]}, required=False
                ),
                Argument(
                    name="custom_back_id",
                    wire="custom_back_id",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(name="color", wire="color", where="body", schema={"type": ["string"]}, required=False),
                Argument(name="wl_model", wire="wl_model", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="is_skip_rs", wire="isSkipRs", where="body", schema={"type": ["boolean"]}, required=False
                ),
                Argument(
                    name="web_bg_width", wire="web_bg_width", where="body", schema={"type": ["integer"]}, required=False
                ),
                Argument(
                    name="web_bg_height",
                    wire="web_bg_height",
                    where="body",
                    schema={"type": ["integer"]},
                    required=False,
                ),
                Argument(
                    name="web_people_width",
                    wire="web_people_width",
                    where="body",
                    schema={"type": ["integer"]},
                    required=False,
                ),
                Argument(
                    name="web_people_height",
                    wire="web_people_height",
                    where="body",
                    schema={"type": ["integer"]},
                    required=False,
                ),
                Argument(
                    name="web_people_x", wire="web_people_x", where="body", schema={"type": ["integer"]}, required=False
                ),
                Argument(
                    name="web_people_y", wire="web_people_y", where="body", schema={"type": ["integer"]}, required=False
                ),
                Argument(
                    name="web_dist_bg_width",
                    wire="web_dist_bg_width",
                    where="body",
                    schema={"type": ["integer"]},
                    required=False,
                ),
                Argument(
                    name="web_dist_bg_height",
                    wire="web_dist_bg_height",
                    where="body",
                    schema={"type": ["integer"]},
                    required=False,
                ),
                Argument(
                    name="web_dist_bg_x",
                    wire="web_dist_bg_x",
                    where="body",
                    schema={"type": ["integer"]},
                    required=False,
                ),
                Argument(
                    name="web_dist_bg_y",
                    wire="web_dist_bg_y",
                    where="body",
                    schema={"type": ["integer"]},
                    required=False,
                ),
                Argument(
                    name="resolution", wire="resolution", where="body", schema={"type": ["integer"]}, required=False
                ),
                Argument(name="msg", wire="msg", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="erode_factor", wire="erode_factor", where="body", schema={"type": ["number"]}, required=False
                ),
                Argument(
                    name="is_skip_gp", wire="isSkipGp", where="body", schema={"type": ["boolean"]}, required=False
                ),
                Argument(
                    name="is_caption_enabled",
                    wire="isCaptionEnabled",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(name="gp_model", wire="gp_model", where="body", schema={"type": ["object"]}, required=False),
                Argument(
                    name="is_to_public_pool",
                    wire="isToPublicPool",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(name="lip_model", wire="lip_model", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="caption_align",
                    wire="captionAlign",
                    where="body",
                    schema={
                        "type": ["object"],
                        "properties": {
                            "language": {"type": ["string"]},
                            "PrimaryColour": {"type": ["string"]},
                            "OutlineColour": {"type": ["string"]},
                            "BorderStyle": {"type": ["integer"]},
                            "BackColour": {"type": ["string"]},
                            "FontName": {"type": ["string"]},
                            "Fontsize": {"type": ["integer"]},
                            "subtitle_position": {"type": ["number"]},
                        },
                        "required": [],
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
            files=(
                "audio_src",
                "custom_voice",
                "anchor_background_img",
            ),
            record_id=None,
            task=Task(
                detail="avatar_videos_get_status",
                id="_id",
                status="status",
                done=("success",),
                failed=("fail",),
                message=("msg",),
                result=("result",),
                files={"result": "video"},
                detail_list=True,
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "avatar_videos_get": lambda: Operation(
            id="avatar_videos_get",
            group="avatar_videos",
            method="get",
            http_method="GET",
            path="/api/v1/video/detail",
            path_params=(),
            query=(
                Argument(
                    name="video_id",
                    wire="video_id",
                    where="query",
                    schema={"type": ["string"], "min_length": 1},
                    required=True,
                ),
            ),
            body=None,
            files=(),
            record_id="video_id",
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "avatar_videos_get_status": lambda: Operation(
            id="avatar_videos_get_status",
            group="avatar_videos",
            method="get_status",
            http_method="POST",
            path="/api/v1/video/awsResult",
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
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated="A2E's current catalog replaces it with `get` (GET /api/v1/video/detail)",
        ),
        "avatar_videos_list": lambda: Operation(
            id="avatar_videos_list",
            group="avatar_videos",
            method="list",
            http_method="GET",
            path="/api/v1/video/awsList",
            path_params=(),
            query=(
                Argument(
                    name="current",
                    wire="current",
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
            pagination=Pagination(page="current", size="pageSize", first=1, rows="data", total="total"),
            all_method="list_all",
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "avatar_videos_detect_language": lambda: Operation(
            id="avatar_videos_detect_language",
            group="avatar_videos",
            method="detect_language",
            http_method="POST",
            path="/api/v1/video/lang_classify",
            path_params=(),
            query=(),
            body=(Argument(name="msg", wire="msg", where="body", schema={"type": ["string"]}, required=True),),
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
        "avatar_videos_set_auto_public_pool": lambda: Operation(
            id="avatar_videos_set_auto_public_pool",
            group="avatar_videos",
            method="set_auto_public_pool",
            http_method="POST",
            path="/api/v1/video/auto-public-pool",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="is_auto_to_public_pool",
                    wire="isAutoToPublicPool",
                    where="body",
                    schema={"type": ["boolean"]},
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
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""

if TYPE_CHECKING:
    from ._params import AvatarVideosGenerateParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("AvatarVideosGenerateParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class AvatarVideosResource:
    """Operations of the avatar_videos group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AvatarVideosResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AvatarVideosResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AvatarVideosQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AvatarVideosQuotes(self._runner)

    def list_avatars(
        self,
        *,
        web_type: AvatarVideosListAvatarsBodyWebType | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[AvatarVideoAnchor]:
        """List the avatars.

        Lists the avatars the caller can use: their own custom avatars and, with `web_type`, the
        default system avatars. Pass an avatar's `_id` as `anchor_id` to `generate`, with
        `anchor_type` 0 for a system avatar and 1 for a custom one. This replaces the older
        `list_characters` (GET /api/v1/anchor/character_list).

        Args:
            web_type: Client type; `a2e` or `tyzn` adds the default system avatars to the caller's own.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["avatar_videos_list_avatars"],
            {
                "web_type": web_type,
            },
            models.AvatarVideoAnchor.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list_characters(
        self,
        *,
        type_: str | Unset = UNSET,
        user_video_twin_id: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[AvatarVideoAnchor]:
        """List one or all avatars (older call).

        Deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list).
        Kept because many public callers still use it. Lists avatars (anchors): system ones
        (`type` `default`) and the caller's custom ones (`type` `custom`); with `user_video_twin_id`,
        the anchors made from one trained custom avatar. Each anchor's `_id` is an `anchor_id` for
        `generate`.

        Args:
            type_:
            user_video_twin_id:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        warnings.warn(
            "avatar_videos.list_characters is deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list)",
            DeprecationWarning,
            stacklevel=2,
        )

        return self._runner.call(
            _OPS["avatar_videos_list_characters"],
            {
                "type_": type_,
                "user_video_twin_id": user_video_twin_id,
            },
            models.AvatarVideoAnchor.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def generate(
        self,
        *,
        anchor_id: str,
        anchor_type: int,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        title: str | Unset = UNSET,
        audio_src: str | FileInput | Unset = UNSET,
        custom_voice: str | FileInput | Unset = UNSET,
        anchor_background_img: str | FileInput | Unset = UNSET,
        anchor_background_color: str | Unset = UNSET,
        back_id: str | Unset = UNSET,
        face_swap_id: str | Unset = UNSET,
        custom_back_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        wl_model: str | Unset = UNSET,
        is_skip_rs: bool | Unset = UNSET,
        web_bg_width: int | Unset = UNSET,
        web_bg_height: int | Unset = UNSET,
        web_people_width: int | Unset = UNSET,
        web_people_height: int | Unset = UNSET,
        web_people_x: int | Unset = UNSET,
        web_people_y: int | Unset = UNSET,
        web_dist_bg_width: int | Unset = UNSET,
        web_dist_bg_height: int | Unset = UNSET,
        web_dist_bg_x: int | Unset = UNSET,
        web_dist_bg_y: int | Unset = UNSET,
        resolution: int | Unset = UNSET,
        msg: str | Unset = UNSET,
        erode_factor: float | Unset = UNSET,
        is_skip_gp: bool | Unset = UNSET,
        is_caption_enabled: bool | Unset = UNSET,
        gp_model: AvatarVideosGenerateBodyGpModel | dict[str, Any] | Unset = UNSET,
        is_to_public_pool: bool | Unset = UNSET,
        lip_model: str | Unset = UNSET,
        caption_align: AvatarVideosGenerateBodyCaptionAlign | dict[str, Any] | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AvatarVideoJob:
        """Generate an avatar video.

        Asynchronous: renders a lip-synced video of an avatar (`anchor_id` from `list_avatars`)
        speaking an audio track (`audioSrc`, e.g. from text-to-speech, or `custom_voice`; one of
        the two is needed). Returns the video's `_id` once accepted; wait with `get_status` (or
        `get`, or a webhook). Charges credits; failed tasks are refunded.

        Background replacement: pass `back_id` (a system background) or `custom_back_id` (from
        `backgrounds.add`), never both (error code 30005), or `color`; then the layout fields
        `web_bg_width`, `web_bg_height`, `web_people_width`, `web_people_height` are needed, and the
        avatar's original background must be known (stored, or sent as `anchor_background_img` /
        `anchor_background_color`). Set the canvas size to 0 when not replacing the background.

        Args:
            anchor_id: The avatar (anchor) `_id`, from `list_avatars`.
            anchor_type: 0 = system avatar, 1 = custom avatar.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            title: Video title.
            audio_src: Public URL of the speech audio; needed unless `custom_voice` is given.
            custom_voice: Public URL of a custom voice audio; needed unless `audioSrc` is given.
            anchor_background_img: The avatar's original background image; needed for background replacement when the
                avatar has no stored background.
            anchor_background_color: The avatar's original background colour as RGBA, e.g. `rgba(255,255,255,1)`; needed for
                replacement when the avatar has no stored background.
            back_id: A system background's `_id`; not together with `custom_back_id` (error code 30005).
            face_swap_id: A face swap template's `_id`.
            custom_back_id: A custom background's `_id` from `backgrounds.add`; not together with `back_id` (error
                code 30005).
            color: Background colour as RGBA, e.g. `rgba(0,0,0,1)` (older docs show `rgb(133,137,132)`).
            wl_model: Watermark/logo model setting.
            is_skip_rs: Smart Motion Adjustment switch of the web UI (more natural motion, much slower
                rendering); the docs do not say which value turns it on.
            web_bg_width: Output canvas width; needed with `back_id`, `custom_back_id` or `color`, otherwise 0.
            web_bg_height: Output canvas height; needed with `back_id`, `custom_back_id` or `color`, otherwise 0.
            web_people_width: Avatar width in the layout; needed with `back_id`, `custom_back_id` or `color`.
            web_people_height: Avatar height in the layout; needed with `back_id`, `custom_back_id` or `color`.
            web_people_x: Avatar x position in the layout.
            web_people_y: Avatar y position in the layout.
            web_dist_bg_width: Distributed background width.
            web_dist_bg_height: Distributed background height.
            web_dist_bg_x: Distributed background x position.
            web_dist_bg_y: Distributed background y position.
            resolution: Output height in pixels (callers use 720 and 1080).
            msg: Free-form note.
            erode_factor: Erosion factor for the matting.
            is_skip_gp: Skip green-screen processing.
            is_caption_enabled: Burn in captions.
            gp_model: Green-screen processing model settings (fields not documented).
            is_to_public_pool: For dedicated-line customers whose lines are busy, run this job on the shared public
                pool at once instead of waiting.
            lip_model: Lip-sync model choice.
            caption_align: Caption style (fields not documented; these are what callers send).

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["avatar_videos_generate"],
            {
                "anchor_id": anchor_id,
                "anchor_type": anchor_type,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "title": title,
                "audio_src": audio_src,
                "custom_voice": custom_voice,
                "anchor_background_img": anchor_background_img,
                "anchor_background_color": anchor_background_color,
                "back_id": back_id,
                "face_swap_id": face_swap_id,
                "custom_back_id": custom_back_id,
                "color": color,
                "wl_model": wl_model,
                "is_skip_rs": is_skip_rs,
                "web_bg_width": web_bg_width,
                "web_bg_height": web_bg_height,
                "web_people_width": web_people_width,
                "web_people_height": web_people_height,
                "web_people_x": web_people_x,
                "web_people_y": web_people_y,
                "web_dist_bg_width": web_dist_bg_width,
                "web_dist_bg_height": web_dist_bg_height,
                "web_dist_bg_x": web_dist_bg_x,
                "web_dist_bg_y": web_dist_bg_y,
                "resolution": resolution,
                "msg": msg,
                "erode_factor": erode_factor,
                "is_skip_gp": is_skip_gp,
                "is_caption_enabled": is_caption_enabled,
                "gp_model": gp_model,
                "is_to_public_pool": is_to_public_pool,
                "lip_model": lip_model,
                "caption_align": caption_align,
            },
            models.AvatarVideoJob.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def generate_and_wait(
        self,
        *,
        anchor_id: str,
        anchor_type: int,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        title: str | Unset = UNSET,
        audio_src: str | FileInput | Unset = UNSET,
        custom_voice: str | FileInput | Unset = UNSET,
        anchor_background_img: str | FileInput | Unset = UNSET,
        anchor_background_color: str | Unset = UNSET,
        back_id: str | Unset = UNSET,
        face_swap_id: str | Unset = UNSET,
        custom_back_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        wl_model: str | Unset = UNSET,
        is_skip_rs: bool | Unset = UNSET,
        web_bg_width: int | Unset = UNSET,
        web_bg_height: int | Unset = UNSET,
        web_people_width: int | Unset = UNSET,
        web_people_height: int | Unset = UNSET,
        web_people_x: int | Unset = UNSET,
        web_people_y: int | Unset = UNSET,
        web_dist_bg_width: int | Unset = UNSET,
        web_dist_bg_height: int | Unset = UNSET,
        web_dist_bg_x: int | Unset = UNSET,
        web_dist_bg_y: int | Unset = UNSET,
        resolution: int | Unset = UNSET,
        msg: str | Unset = UNSET,
        erode_factor: float | Unset = UNSET,
        is_skip_gp: bool | Unset = UNSET,
        is_caption_enabled: bool | Unset = UNSET,
        gp_model: AvatarVideosGenerateBodyGpModel | dict[str, Any] | Unset = UNSET,
        is_to_public_pool: bool | Unset = UNSET,
        lip_model: str | Unset = UNSET,
        caption_align: AvatarVideosGenerateBodyCaptionAlign | dict[str, Any] | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[AvatarVideoTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedAvatarVideoTask:
        """`generate`, then `wait`: the finished record, result fields set.

        Takes the arguments of `generate`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.generate(
            anchor_id=anchor_id,
            anchor_type=anchor_type,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            title=title,
            audio_src=audio_src,
            custom_voice=custom_voice,
            anchor_background_img=anchor_background_img,
            anchor_background_color=anchor_background_color,
            back_id=back_id,
            face_swap_id=face_swap_id,
            custom_back_id=custom_back_id,
            color=color,
            wl_model=wl_model,
            is_skip_rs=is_skip_rs,
            web_bg_width=web_bg_width,
            web_bg_height=web_bg_height,
            web_people_width=web_people_width,
            web_people_height=web_people_height,
            web_people_x=web_people_x,
            web_people_y=web_people_y,
            web_dist_bg_width=web_dist_bg_width,
            web_dist_bg_height=web_dist_bg_height,
            web_dist_bg_x=web_dist_bg_x,
            web_dist_bg_y=web_dist_bg_y,
            resolution=resolution,
            msg=msg,
            erode_factor=erode_factor,
            is_skip_gp=is_skip_gp,
            is_caption_enabled=is_caption_enabled,
            gp_model=gp_model,
            is_to_public_pool=is_to_public_pool,
            lip_model=lip_model,
            caption_align=caption_align,
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
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AvatarVideoTask:
        """Get an avatar video.

        One avatar video job by its id (the `_id` from `generate`): its `status` and, once
        `success`, the video URL in `result`. A2E's current catalog names this as the way to poll
        `generate` and as the replacement of `get_status`; its reply is not documented yet.

        Args:
            video_id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["avatar_videos_get"],
            {
                "video_id": video_id,
            },
            models.AvatarVideoTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def get_status(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[AvatarVideoTask]:
        """Get the status of an avatar video (older call).

        Deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail). Kept
        because many public callers poll it, and it is the only status call whose reply is
        documented. `data` is a list even for one id: take the row whose `_id` matches (callers
        use the first row). `status` runs `init` → `start` → `pending` → `process` → `copy` →
        `success` (URL in `result`) or `fail` (reason in `msg`); poll every 3 to 5 s.

        Args:
            id: The video job's `_id`, from `generate`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        warnings.warn(
            "avatar_videos.get_status is deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail)",
            DeprecationWarning,
            stacklevel=2,
        )

        return self._runner.call(
            _OPS["avatar_videos_get_status"],
            {
                "id": id,
            },
            models.AvatarVideoTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list(
        self,
        *,
        current: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AvatarVideoTaskPage:
        """List the result videos.

        The caller's avatar video jobs, newest first, one page at a time (`current` is the page
        number). Some callers poll a job by finding its `_id` here.

        Args:
            current:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["avatar_videos_list"],
            {
                "current": current,
                "page_size": page_size,
            },
            models.AvatarVideoTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[AvatarVideoTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["avatar_videos_list"],
            {
                "page_size": page_size,
            },
            models.AvatarVideoTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def detect_language(
        self,
        *,
        msg: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> str:
        """Detect the language of a text.

        Detects which language a text is in (e.g. to pick a text-to-speech voice or the caption
        language); `data` is the language as a string.

        Args:
            msg: The text to classify.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["avatar_videos_detect_language"],
            {
                "msg": msg,
            },
            parse_str,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def set_auto_public_pool(
        self,
        *,
        is_auto_to_public_pool: bool,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AvatarVideoPublicPoolSetting:
        """Switch automatic use of the public computing pool.

        For dedicated-line customers: when on, jobs that find all the account's lines busy run on
        A2E's shared public pool at once instead of waiting (the per-job switch is
        `isToPublicPool` on `generate`). Whether public-pool use costs extra is not documented.

        Args:
            is_auto_to_public_pool: `true` to send jobs to the public pool when the dedicated lines are busy.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["avatar_videos_set_auto_public_pool"],
            {
                "is_auto_to_public_pool": is_auto_to_public_pool,
            },
            models.AvatarVideoPublicPoolSetting.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[AvatarVideoTask], object] | None = None,
    ) -> CompletedAvatarVideoTask:
        """Wait until job `id` is done and return its finished record (polls `avatar_videos.get_status`).

        Polls with backoff (2 s growing to 30 s, with jitter) and retries transient errors of the
        poll; a status the spec does not list keeps the wait going. Never re-sends the start.

        Args:
            id: The job's id, from `generate` (or a webhook, or another process).
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
            _OPS["avatar_videos_generate"],
            id,
            models.AvatarVideoTask.from_dict,
            models.CompletedAvatarVideoTask.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[AvatarVideoTask], object] | None = None,
    ) -> builtins.list[CompletedAvatarVideoTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls each job in turn, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["avatar_videos_generate"],
            builtins.list(ids),
            models.AvatarVideoTask.from_dict,
            models.CompletedAvatarVideoTask.from_dict,
            wait_timeout,
            on_update,
        )


class AvatarVideosResourceWithRawResponse:
    """Like `AvatarVideosResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AvatarVideosResource) -> None:
        self.list_avatars = raw_response(resource.list_avatars)
        self.list_characters = raw_response(resource.list_characters)
        self.generate = raw_response(resource.generate)
        self.get = raw_response(resource.get)
        self.get_status = raw_response(resource.get_status)
        self.list = raw_response(resource.list)
        self.detect_language = raw_response(resource.detect_language)
        self.set_auto_public_pool = raw_response(resource.set_auto_public_pool)


class AvatarVideosQuotes:
    """What each job start of the avatar_videos group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def generate(
        self,
        *,
        anchor_id: str,
        anchor_type: int,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        title: str | Unset = UNSET,
        audio_src: str | FileInput | Unset = UNSET,
        custom_voice: str | FileInput | Unset = UNSET,
        anchor_background_img: str | FileInput | Unset = UNSET,
        anchor_background_color: str | Unset = UNSET,
        back_id: str | Unset = UNSET,
        face_swap_id: str | Unset = UNSET,
        custom_back_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        wl_model: str | Unset = UNSET,
        is_skip_rs: bool | Unset = UNSET,
        web_bg_width: int | Unset = UNSET,
        web_bg_height: int | Unset = UNSET,
        web_people_width: int | Unset = UNSET,
        web_people_height: int | Unset = UNSET,
        web_people_x: int | Unset = UNSET,
        web_people_y: int | Unset = UNSET,
        web_dist_bg_width: int | Unset = UNSET,
        web_dist_bg_height: int | Unset = UNSET,
        web_dist_bg_x: int | Unset = UNSET,
        web_dist_bg_y: int | Unset = UNSET,
        resolution: int | Unset = UNSET,
        msg: str | Unset = UNSET,
        erode_factor: float | Unset = UNSET,
        is_skip_gp: bool | Unset = UNSET,
        is_caption_enabled: bool | Unset = UNSET,
        gp_model: AvatarVideosGenerateBodyGpModel | dict[str, Any] | Unset = UNSET,
        is_to_public_pool: bool | Unset = UNSET,
        lip_model: str | Unset = UNSET,
        caption_align: AvatarVideosGenerateBodyCaptionAlign | dict[str, Any] | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `avatar_videos.generate` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `generate` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["avatar_videos_generate"],
            {
                "anchor_id": anchor_id,
                "anchor_type": anchor_type,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "title": title,
                "audio_src": audio_src,
                "custom_voice": custom_voice,
                "anchor_background_img": anchor_background_img,
                "anchor_background_color": anchor_background_color,
                "back_id": back_id,
                "face_swap_id": face_swap_id,
                "custom_back_id": custom_back_id,
                "color": color,
                "wl_model": wl_model,
                "is_skip_rs": is_skip_rs,
                "web_bg_width": web_bg_width,
                "web_bg_height": web_bg_height,
                "web_people_width": web_people_width,
                "web_people_height": web_people_height,
                "web_people_x": web_people_x,
                "web_people_y": web_people_y,
                "web_dist_bg_width": web_dist_bg_width,
                "web_dist_bg_height": web_dist_bg_height,
                "web_dist_bg_x": web_dist_bg_x,
                "web_dist_bg_y": web_dist_bg_y,
                "resolution": resolution,
                "msg": msg,
                "erode_factor": erode_factor,
                "is_skip_gp": is_skip_gp,
                "is_caption_enabled": is_caption_enabled,
                "gp_model": gp_model,
                "is_to_public_pool": is_to_public_pool,
                "lip_model": lip_model,
                "caption_align": caption_align,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
