"""The avatar_videos group's asynchronous methods, generated from the spec."""

from __future__ import annotations

import builtins
import functools
import warnings
from collections.abc import AsyncIterator, Callable, Iterable
from typing import TYPE_CHECKING, Any

from ... import models
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    FileInput,
    NotGiven,
    Unset,
    parse_str,
)
from .. import (
    DEFAULT_WAIT_TIMEOUT,
    Body,
    Headers,
    Query,
    Timeout,
    async_raw_response,
)
from . import _OPS

if TYPE_CHECKING:
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
    )
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncAvatarVideosResource"]


class AsyncAvatarVideosResource:
    """Operations of the avatar_videos group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncAvatarVideosResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncAvatarVideosResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncAvatarVideosQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncAvatarVideosQuotes(self._runner)

    async def list_avatars(
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

        return await self._runner.call(
            _OPS["avatar_videos_list_avatars"],
            {
                "web_type": web_type,
            },
            models.AvatarVideoAnchor.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def list_characters(
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

        return await self._runner.call(
            _OPS["avatar_videos_list_characters"],
            {
                "type_": type_,
                "user_video_twin_id": user_video_twin_id,
            },
            models.AvatarVideoAnchor.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def generate(
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

        return await self._runner.call(
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

    async def generate_and_wait(
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
        started = await self.generate(
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
        return await self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    async def get(
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

        return await self._runner.call(
            _OPS["avatar_videos_get"],
            {
                "video_id": video_id,
            },
            models.AvatarVideoTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def get_status(
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

        return await self._runner.call(
            _OPS["avatar_videos_get_status"],
            {
                "id": id,
            },
            models.AvatarVideoTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def list(
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

        return await self._runner.call(
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
    ) -> AsyncIterator[AvatarVideoTask]:
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

    async def detect_language(
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

        return await self._runner.call(
            _OPS["avatar_videos_detect_language"],
            {
                "msg": msg,
            },
            parse_str,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def set_auto_public_pool(
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

        return await self._runner.call(
            _OPS["avatar_videos_set_auto_public_pool"],
            {
                "is_auto_to_public_pool": is_auto_to_public_pool,
            },
            models.AvatarVideoPublicPoolSetting.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def wait(
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
        return await self._runner.wait(
            _OPS["avatar_videos_generate"],
            id,
            models.AvatarVideoTask.from_dict,
            models.CompletedAvatarVideoTask.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
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
        return await self._runner.wait_many(
            _OPS["avatar_videos_generate"],
            builtins.list(ids),
            models.AvatarVideoTask.from_dict,
            models.CompletedAvatarVideoTask.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncAvatarVideosResourceWithRawResponse:
    """Like `AsyncAvatarVideosResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncAvatarVideosResource) -> None:
        self.list_avatars = async_raw_response(resource.list_avatars)
        self.list_characters = async_raw_response(resource.list_characters)
        self.generate = async_raw_response(resource.generate)
        self.get = async_raw_response(resource.get)
        self.get_status = async_raw_response(resource.get_status)
        self.list = async_raw_response(resource.list)
        self.detect_language = async_raw_response(resource.detect_language)
        self.set_auto_public_pool = async_raw_response(resource.set_auto_public_pool)


class AsyncAvatarVideosQuotes:
    """What each job start of the avatar_videos group would cost; nothing is started."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def generate(
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
        return await self._runner.quote(
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
