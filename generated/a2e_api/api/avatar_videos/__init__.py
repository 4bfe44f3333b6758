"""The avatar_videos group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
import warnings
from typing import Any, cast

from ...models.avatar_video_anchor import AvatarVideoAnchor
from ...models.avatar_video_anchor_list_reply import AvatarVideoAnchorListReply
from ...models.avatar_video_job import AvatarVideoJob
from ...models.avatar_video_job_reply import AvatarVideoJobReply
from ...models.avatar_video_public_pool_setting import AvatarVideoPublicPoolSetting
from ...models.avatar_video_public_pool_setting_reply import (
    AvatarVideoPublicPoolSettingReply,
)
from ...models.avatar_video_task import AvatarVideoTask
from ...models.avatar_video_task_list_reply import AvatarVideoTaskListReply
from ...models.avatar_video_task_page import AvatarVideoTaskPage
from ...models.avatar_video_task_page_reply import AvatarVideoTaskPageReply
from ...models.avatar_video_task_reply import AvatarVideoTaskReply
from ...models.avatar_videos_detect_language_body import AvatarVideosDetectLanguageBody
from ...models.avatar_videos_detect_language_reply import (
    AvatarVideosDetectLanguageReply,
)
from ...models.avatar_videos_generate_body import AvatarVideosGenerateBody
from ...models.avatar_videos_generate_body_caption_align import (
    AvatarVideosGenerateBodyCaptionAlign,
)
from ...models.avatar_videos_generate_body_gp_model import (
    AvatarVideosGenerateBodyGpModel,
)
from ...models.avatar_videos_get_status_body import AvatarVideosGetStatusBody
from ...models.avatar_videos_list_avatars_body import AvatarVideosListAvatarsBody
from ...models.avatar_videos_list_avatars_body_web_type import (
    AvatarVideosListAvatarsBodyWebType,
    check_avatar_videos_list_avatars_body_web_type,
)
from ...models.avatar_videos_set_auto_public_pool_body import (
    AvatarVideosSetAutoPublicPoolBody,
)
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    avatar_videos_detect_language,
    avatar_videos_generate,
    avatar_videos_get,
    avatar_videos_get_status,
    avatar_videos_list,
    avatar_videos_list_avatars,
    avatar_videos_list_characters,
    avatar_videos_set_auto_public_pool,
)

__all__ = [
    "AsyncAvatarVideosResource",
    "AsyncAvatarVideosResourceWithRawResponse",
    "AvatarVideosResource",
    "AvatarVideosResourceWithRawResponse",
]


class AvatarVideosResource:
    """Operations of the avatar_videos group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AvatarVideosResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AvatarVideosResourceWithRawResponse(self._runner)

    def list_avatars(
        self,
        *,
        web_type: AvatarVideosListAvatarsBodyWebType | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """List the avatars.

        Lists the avatars the caller can use: their own custom avatars and, with `web_type`, the
        default system avatars. Pass an avatar's `_id` as `anchor_id` to `generate`, with
        `anchor_type` 0 for a system avatar and 1 for a custom one. This replaces the older
        `list_characters` (GET /api/v1/anchor/character_list).

        Args:
            web_type: Client type; `a2e` or `tyzn` adds the default system avatars to the caller's own.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = AvatarVideosListAvatarsBody(
            web_type=web_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_list_avatars._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, avatar_videos_list_avatars._parse_response, AvatarVideoAnchorListReply)
        return unset_to_none(raw.data.data)

    def list_characters(
        self,
        *,
        type_: str | Unset = UNSET,
        user_video_twin_id: str | Unset = UNSET,
    ) -> Any:
        """List one or all avatars (older call).

        Deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list).
        Kept because many public callers still use it. Lists avatars (anchors): system ones
        (`type` `default`) and the caller's custom ones (`type` `custom`); with `user_video_twin_id`,
        the anchors made from one trained custom avatar. Each anchor's `_id` is an `anchor_id` for
        `generate`.

        Args:
            type_:
            user_video_twin_id:

        Returns:
            The reply's `data`.
        """

        warnings.warn(
            "avatar_videos.list_characters is deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list)",
            DeprecationWarning,
            stacklevel=2,
        )

        request = avatar_videos_list_characters._get_kwargs(
            type_=type_,
            user_video_twin_id=user_video_twin_id,
        )

        raw = self._runner.run(request, avatar_videos_list_characters._parse_response, AvatarVideoAnchorListReply)
        return unset_to_none(raw.data.data)

    def generate(
        self,
        *,
        anchor_id: str,
        anchor_type: int,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        title: str | Unset = UNSET,
        audio_src: str | Unset = UNSET,
        custom_voice: str | Unset = UNSET,
        anchor_background_img: str | Unset = UNSET,
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
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = AvatarVideosGenerateBody(
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
            gp_model=AvatarVideosGenerateBodyGpModel.from_dict(gp_model) if isinstance(gp_model, dict) else gp_model,
            is_to_public_pool=is_to_public_pool,
            lip_model=lip_model,
            caption_align=AvatarVideosGenerateBodyCaptionAlign.from_dict(caption_align)
            if isinstance(caption_align, dict)
            else caption_align,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_generate._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, avatar_videos_generate._parse_response, AvatarVideoJobReply)
        return unset_to_none(raw.data.data)

    def get(
        self,
        *,
        video_id: str,
    ) -> Any:
        """Get an avatar video.

        One avatar video job by its id (the `_id` from `generate`): its `status` and, once
        `success`, the video URL in `result`. A2E's current catalog names this as the way to poll
        `generate` and as the replacement of `get_status`; its reply is not documented yet.

        Args:
            video_id:

        Returns:
            The reply's `data`.
        """

        request = avatar_videos_get._get_kwargs(
            video_id=video_id,
        )

        raw = self._runner.run(request, avatar_videos_get._parse_response, AvatarVideoTaskReply)
        return unset_to_none(raw.data.data)

    def get_status(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get the status of an avatar video (older call).

        Deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail). Kept
        because many public callers poll it, and it is the only status call whose reply is
        documented. `data` is a list even for one id: take the row whose `_id` matches (callers
        use the first row). `status` runs `init` → `start` → `pending` → `process` → `copy` →
        `success` (URL in `result`) or `fail` (reason in `msg`); poll every 3 to 5 s.

        Args:
            id: The video job's `_id`, from `generate`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        warnings.warn(
            "avatar_videos.get_status is deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail)",
            DeprecationWarning,
            stacklevel=2,
        )

        body = AvatarVideosGetStatusBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_get_status._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, avatar_videos_get_status._parse_response, AvatarVideoTaskListReply)
        return unset_to_none(raw.data.data)

    def list(
        self,
        *,
        current: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List the result videos.

        The caller's avatar video jobs, newest first, one page at a time (`current` is the page
        number). Some callers poll a job by finding its `_id` here.

        Args:
            current:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = avatar_videos_list._get_kwargs(
            current=current,
            page_size=page_size,
        )

        raw = self._runner.run(request, avatar_videos_list._parse_response, AvatarVideoTaskPageReply)
        return unset_to_none(raw.data.data)

    def detect_language(
        self,
        *,
        msg: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Detect the language of a text.

        Detects which language a text is in (e.g. to pick a text-to-speech voice or the caption
        language); `data` is the language as a string.

        Args:
            msg: The text to classify.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = AvatarVideosDetectLanguageBody(
            msg=msg,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_detect_language._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, avatar_videos_detect_language._parse_response, AvatarVideosDetectLanguageReply)
        return unset_to_none(raw.data.data)

    def set_auto_public_pool(
        self,
        *,
        is_auto_to_public_pool: bool,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Switch automatic use of the public computing pool.

        For dedicated-line customers: when on, jobs that find all the account's lines busy run on
        A2E's shared public pool at once instead of waiting (the per-job switch is
        `isToPublicPool` on `generate`). Whether public-pool use costs extra is not documented.

        Args:
            is_auto_to_public_pool: `true` to send jobs to the public pool when the dedicated lines are busy.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = AvatarVideosSetAutoPublicPoolBody(
            is_auto_to_public_pool=is_auto_to_public_pool,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_set_auto_public_pool._get_kwargs(
            body=body,
        )

        raw = self._runner.run(
            request, avatar_videos_set_auto_public_pool._parse_response, AvatarVideoPublicPoolSettingReply
        )
        return unset_to_none(raw.data.data)


class AvatarVideosResourceWithRawResponse:
    """Like `AvatarVideosResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_avatars(
        self,
        *,
        web_type: AvatarVideosListAvatarsBodyWebType | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """List the avatars.

        Lists the avatars the caller can use: their own custom avatars and, with `web_type`, the
        default system avatars. Pass an avatar's `_id` as `anchor_id` to `generate`, with
        `anchor_type` 0 for a system avatar and 1 for a custom one. This replaces the older
        `list_characters` (GET /api/v1/anchor/character_list).

        Args:
            web_type: Client type; `a2e` or `tyzn` adds the default system avatars to the caller's own.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = AvatarVideosListAvatarsBody(
            web_type=web_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_list_avatars._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, avatar_videos_list_avatars._parse_response, AvatarVideoAnchorListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_characters(
        self,
        *,
        type_: str | Unset = UNSET,
        user_video_twin_id: str | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List one or all avatars (older call).

        Deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list).
        Kept because many public callers still use it. Lists avatars (anchors): system ones
        (`type` `default`) and the caller's custom ones (`type` `custom`); with `user_video_twin_id`,
        the anchors made from one trained custom avatar. Each anchor's `_id` is an `anchor_id` for
        `generate`.

        Args:
            type_:
            user_video_twin_id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        warnings.warn(
            "avatar_videos.list_characters is deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list)",
            DeprecationWarning,
            stacklevel=2,
        )

        request = avatar_videos_list_characters._get_kwargs(
            type_=type_,
            user_video_twin_id=user_video_twin_id,
        )

        raw = self._runner.run(request, avatar_videos_list_characters._parse_response, AvatarVideoAnchorListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def generate(
        self,
        *,
        anchor_id: str,
        anchor_type: int,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        title: str | Unset = UNSET,
        audio_src: str | Unset = UNSET,
        custom_voice: str | Unset = UNSET,
        anchor_background_img: str | Unset = UNSET,
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
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = AvatarVideosGenerateBody(
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
            gp_model=AvatarVideosGenerateBodyGpModel.from_dict(gp_model) if isinstance(gp_model, dict) else gp_model,
            is_to_public_pool=is_to_public_pool,
            lip_model=lip_model,
            caption_align=AvatarVideosGenerateBodyCaptionAlign.from_dict(caption_align)
            if isinstance(caption_align, dict)
            else caption_align,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_generate._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, avatar_videos_generate._parse_response, AvatarVideoJobReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def get(
        self,
        *,
        video_id: str,
    ) -> RawResponse[Any]:
        """Get an avatar video.

        One avatar video job by its id (the `_id` from `generate`): its `status` and, once
        `success`, the video URL in `result`. A2E's current catalog names this as the way to poll
        `generate` and as the replacement of `get_status`; its reply is not documented yet.

        Args:
            video_id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = avatar_videos_get._get_kwargs(
            video_id=video_id,
        )

        raw = self._runner.run(request, avatar_videos_get._parse_response, AvatarVideoTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def get_status(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get the status of an avatar video (older call).

        Deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail). Kept
        because many public callers poll it, and it is the only status call whose reply is
        documented. `data` is a list even for one id: take the row whose `_id` matches (callers
        use the first row). `status` runs `init` → `start` → `pending` → `process` → `copy` →
        `success` (URL in `result`) or `fail` (reason in `msg`); poll every 3 to 5 s.

        Args:
            id: The video job's `_id`, from `generate`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        warnings.warn(
            "avatar_videos.get_status is deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail)",
            DeprecationWarning,
            stacklevel=2,
        )

        body = AvatarVideosGetStatusBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_get_status._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, avatar_videos_get_status._parse_response, AvatarVideoTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list(
        self,
        *,
        current: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List the result videos.

        The caller's avatar video jobs, newest first, one page at a time (`current` is the page
        number). Some callers poll a job by finding its `_id` here.

        Args:
            current:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = avatar_videos_list._get_kwargs(
            current=current,
            page_size=page_size,
        )

        raw = self._runner.run(request, avatar_videos_list._parse_response, AvatarVideoTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def detect_language(
        self,
        *,
        msg: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Detect the language of a text.

        Detects which language a text is in (e.g. to pick a text-to-speech voice or the caption
        language); `data` is the language as a string.

        Args:
            msg: The text to classify.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = AvatarVideosDetectLanguageBody(
            msg=msg,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_detect_language._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, avatar_videos_detect_language._parse_response, AvatarVideosDetectLanguageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def set_auto_public_pool(
        self,
        *,
        is_auto_to_public_pool: bool,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Switch automatic use of the public computing pool.

        For dedicated-line customers: when on, jobs that find all the account's lines busy run on
        A2E's shared public pool at once instead of waiting (the per-job switch is
        `isToPublicPool` on `generate`). Whether public-pool use costs extra is not documented.

        Args:
            is_auto_to_public_pool: `true` to send jobs to the public pool when the dedicated lines are busy.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = AvatarVideosSetAutoPublicPoolBody(
            is_auto_to_public_pool=is_auto_to_public_pool,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_set_auto_public_pool._get_kwargs(
            body=body,
        )

        raw = self._runner.run(
            request, avatar_videos_set_auto_public_pool._parse_response, AvatarVideoPublicPoolSettingReply
        )
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncAvatarVideosResource:
    """Operations of the avatar_videos group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncAvatarVideosResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncAvatarVideosResourceWithRawResponse(self._runner)

    async def list_avatars(
        self,
        *,
        web_type: AvatarVideosListAvatarsBodyWebType | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """List the avatars.

        Lists the avatars the caller can use: their own custom avatars and, with `web_type`, the
        default system avatars. Pass an avatar's `_id` as `anchor_id` to `generate`, with
        `anchor_type` 0 for a system avatar and 1 for a custom one. This replaces the older
        `list_characters` (GET /api/v1/anchor/character_list).

        Args:
            web_type: Client type; `a2e` or `tyzn` adds the default system avatars to the caller's own.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = AvatarVideosListAvatarsBody(
            web_type=web_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_list_avatars._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, avatar_videos_list_avatars._parse_response, AvatarVideoAnchorListReply)
        return unset_to_none(raw.data.data)

    async def list_characters(
        self,
        *,
        type_: str | Unset = UNSET,
        user_video_twin_id: str | Unset = UNSET,
    ) -> Any:
        """List one or all avatars (older call).

        Deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list).
        Kept because many public callers still use it. Lists avatars (anchors): system ones
        (`type` `default`) and the caller's custom ones (`type` `custom`); with `user_video_twin_id`,
        the anchors made from one trained custom avatar. Each anchor's `_id` is an `anchor_id` for
        `generate`.

        Args:
            type_:
            user_video_twin_id:

        Returns:
            The reply's `data`.
        """

        warnings.warn(
            "avatar_videos.list_characters is deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list)",
            DeprecationWarning,
            stacklevel=2,
        )

        request = avatar_videos_list_characters._get_kwargs(
            type_=type_,
            user_video_twin_id=user_video_twin_id,
        )

        raw = await self._runner.run(request, avatar_videos_list_characters._parse_response, AvatarVideoAnchorListReply)
        return unset_to_none(raw.data.data)

    async def generate(
        self,
        *,
        anchor_id: str,
        anchor_type: int,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        title: str | Unset = UNSET,
        audio_src: str | Unset = UNSET,
        custom_voice: str | Unset = UNSET,
        anchor_background_img: str | Unset = UNSET,
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
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = AvatarVideosGenerateBody(
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
            gp_model=AvatarVideosGenerateBodyGpModel.from_dict(gp_model) if isinstance(gp_model, dict) else gp_model,
            is_to_public_pool=is_to_public_pool,
            lip_model=lip_model,
            caption_align=AvatarVideosGenerateBodyCaptionAlign.from_dict(caption_align)
            if isinstance(caption_align, dict)
            else caption_align,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_generate._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, avatar_videos_generate._parse_response, AvatarVideoJobReply)
        return unset_to_none(raw.data.data)

    async def get(
        self,
        *,
        video_id: str,
    ) -> Any:
        """Get an avatar video.

        One avatar video job by its id (the `_id` from `generate`): its `status` and, once
        `success`, the video URL in `result`. A2E's current catalog names this as the way to poll
        `generate` and as the replacement of `get_status`; its reply is not documented yet.

        Args:
            video_id:

        Returns:
            The reply's `data`.
        """

        request = avatar_videos_get._get_kwargs(
            video_id=video_id,
        )

        raw = await self._runner.run(request, avatar_videos_get._parse_response, AvatarVideoTaskReply)
        return unset_to_none(raw.data.data)

    async def get_status(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get the status of an avatar video (older call).

        Deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail). Kept
        because many public callers poll it, and it is the only status call whose reply is
        documented. `data` is a list even for one id: take the row whose `_id` matches (callers
        use the first row). `status` runs `init` → `start` → `pending` → `process` → `copy` →
        `success` (URL in `result`) or `fail` (reason in `msg`); poll every 3 to 5 s.

        Args:
            id: The video job's `_id`, from `generate`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        warnings.warn(
            "avatar_videos.get_status is deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail)",
            DeprecationWarning,
            stacklevel=2,
        )

        body = AvatarVideosGetStatusBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_get_status._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, avatar_videos_get_status._parse_response, AvatarVideoTaskListReply)
        return unset_to_none(raw.data.data)

    async def list(
        self,
        *,
        current: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List the result videos.

        The caller's avatar video jobs, newest first, one page at a time (`current` is the page
        number). Some callers poll a job by finding its `_id` here.

        Args:
            current:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = avatar_videos_list._get_kwargs(
            current=current,
            page_size=page_size,
        )

        raw = await self._runner.run(request, avatar_videos_list._parse_response, AvatarVideoTaskPageReply)
        return unset_to_none(raw.data.data)

    async def detect_language(
        self,
        *,
        msg: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Detect the language of a text.

        Detects which language a text is in (e.g. to pick a text-to-speech voice or the caption
        language); `data` is the language as a string.

        Args:
            msg: The text to classify.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = AvatarVideosDetectLanguageBody(
            msg=msg,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_detect_language._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(
            request, avatar_videos_detect_language._parse_response, AvatarVideosDetectLanguageReply
        )
        return unset_to_none(raw.data.data)

    async def set_auto_public_pool(
        self,
        *,
        is_auto_to_public_pool: bool,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Switch automatic use of the public computing pool.

        For dedicated-line customers: when on, jobs that find all the account's lines busy run on
        A2E's shared public pool at once instead of waiting (the per-job switch is
        `isToPublicPool` on `generate`). Whether public-pool use costs extra is not documented.

        Args:
            is_auto_to_public_pool: `true` to send jobs to the public pool when the dedicated lines are busy.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = AvatarVideosSetAutoPublicPoolBody(
            is_auto_to_public_pool=is_auto_to_public_pool,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_set_auto_public_pool._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(
            request, avatar_videos_set_auto_public_pool._parse_response, AvatarVideoPublicPoolSettingReply
        )
        return unset_to_none(raw.data.data)


class AsyncAvatarVideosResourceWithRawResponse:
    """Like `AsyncAvatarVideosResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_avatars(
        self,
        *,
        web_type: AvatarVideosListAvatarsBodyWebType | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """List the avatars.

        Lists the avatars the caller can use: their own custom avatars and, with `web_type`, the
        default system avatars. Pass an avatar's `_id` as `anchor_id` to `generate`, with
        `anchor_type` 0 for a system avatar and 1 for a custom one. This replaces the older
        `list_characters` (GET /api/v1/anchor/character_list).

        Args:
            web_type: Client type; `a2e` or `tyzn` adds the default system avatars to the caller's own.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = AvatarVideosListAvatarsBody(
            web_type=web_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_list_avatars._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, avatar_videos_list_avatars._parse_response, AvatarVideoAnchorListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_characters(
        self,
        *,
        type_: str | Unset = UNSET,
        user_video_twin_id: str | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List one or all avatars (older call).

        Deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list).
        Kept because many public callers still use it. Lists avatars (anchors): system ones
        (`type` `default`) and the caller's custom ones (`type` `custom`); with `user_video_twin_id`,
        the anchors made from one trained custom avatar. Each anchor's `_id` is an `anchor_id` for
        `generate`.

        Args:
            type_:
            user_video_twin_id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        warnings.warn(
            "avatar_videos.list_characters is deprecated: A2E's current catalog replaces it with `list_avatars` (POST /api/v1/anchor/list)",
            DeprecationWarning,
            stacklevel=2,
        )

        request = avatar_videos_list_characters._get_kwargs(
            type_=type_,
            user_video_twin_id=user_video_twin_id,
        )

        raw = await self._runner.run(request, avatar_videos_list_characters._parse_response, AvatarVideoAnchorListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def generate(
        self,
        *,
        anchor_id: str,
        anchor_type: int,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        title: str | Unset = UNSET,
        audio_src: str | Unset = UNSET,
        custom_voice: str | Unset = UNSET,
        anchor_background_img: str | Unset = UNSET,
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
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = AvatarVideosGenerateBody(
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
            gp_model=AvatarVideosGenerateBodyGpModel.from_dict(gp_model) if isinstance(gp_model, dict) else gp_model,
            is_to_public_pool=is_to_public_pool,
            lip_model=lip_model,
            caption_align=AvatarVideosGenerateBodyCaptionAlign.from_dict(caption_align)
            if isinstance(caption_align, dict)
            else caption_align,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_generate._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, avatar_videos_generate._parse_response, AvatarVideoJobReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def get(
        self,
        *,
        video_id: str,
    ) -> RawResponse[Any]:
        """Get an avatar video.

        One avatar video job by its id (the `_id` from `generate`): its `status` and, once
        `success`, the video URL in `result`. A2E's current catalog names this as the way to poll
        `generate` and as the replacement of `get_status`; its reply is not documented yet.

        Args:
            video_id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = avatar_videos_get._get_kwargs(
            video_id=video_id,
        )

        raw = await self._runner.run(request, avatar_videos_get._parse_response, AvatarVideoTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def get_status(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get the status of an avatar video (older call).

        Deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail). Kept
        because many public callers poll it, and it is the only status call whose reply is
        documented. `data` is a list even for one id: take the row whose `_id` matches (callers
        use the first row). `status` runs `init` → `start` → `pending` → `process` → `copy` →
        `success` (URL in `result`) or `fail` (reason in `msg`); poll every 3 to 5 s.

        Args:
            id: The video job's `_id`, from `generate`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        warnings.warn(
            "avatar_videos.get_status is deprecated: A2E's current catalog replaces it with `get` (GET /api/v1/video/detail)",
            DeprecationWarning,
            stacklevel=2,
        )

        body = AvatarVideosGetStatusBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_get_status._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, avatar_videos_get_status._parse_response, AvatarVideoTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list(
        self,
        *,
        current: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List the result videos.

        The caller's avatar video jobs, newest first, one page at a time (`current` is the page
        number). Some callers poll a job by finding its `_id` here.

        Args:
            current:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = avatar_videos_list._get_kwargs(
            current=current,
            page_size=page_size,
        )

        raw = await self._runner.run(request, avatar_videos_list._parse_response, AvatarVideoTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def detect_language(
        self,
        *,
        msg: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Detect the language of a text.

        Detects which language a text is in (e.g. to pick a text-to-speech voice or the caption
        language); `data` is the language as a string.

        Args:
            msg: The text to classify.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = AvatarVideosDetectLanguageBody(
            msg=msg,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_detect_language._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(
            request, avatar_videos_detect_language._parse_response, AvatarVideosDetectLanguageReply
        )
        return raw.with_data(unset_to_none(raw.data.data))

    async def set_auto_public_pool(
        self,
        *,
        is_auto_to_public_pool: bool,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Switch automatic use of the public computing pool.

        For dedicated-line customers: when on, jobs that find all the account's lines busy run on
        A2E's shared public pool at once instead of waiting (the per-job switch is
        `isToPublicPool` on `generate`). Whether public-pool use costs extra is not documented.

        Args:
            is_auto_to_public_pool: `true` to send jobs to the public pool when the dedicated lines are busy.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = AvatarVideosSetAutoPublicPoolBody(
            is_auto_to_public_pool=is_auto_to_public_pool,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = avatar_videos_set_auto_public_pool._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(
            request, avatar_videos_set_auto_public_pool._parse_response, AvatarVideoPublicPoolSettingReply
        )
        return raw.with_data(unset_to_none(raw.data.data))
