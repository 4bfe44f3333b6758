"""The avatar_videos group's start arguments as TypedDicts, for `client.avatar_videos.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.avatar_videos_generate_body_caption_align import (
        AvatarVideosGenerateBodyCaptionAlign,
    )
    from ...models.avatar_videos_generate_body_gp_model import (
        AvatarVideosGenerateBodyGpModel,
    )

__all__ = ["AvatarVideosGenerateParams"]


class AvatarVideosGenerateParams(TypedDict, total=False):
    """The arguments of `avatar_videos.generate`, for `client.avatar_videos.generate(**params)`."""

    anchor_id: Required[str]
    anchor_type: Required[int]
    webhook_url: str
    webhook_token: str
    title: str
    audio_src: str | FileInput
    custom_voice: str | FileInput
    anchor_background_img: str | FileInput
    anchor_background_color: str
    back_id: str
    face_swap_id: str
    custom_back_id: str
    color: str
    wl_model: str
    is_skip_rs: bool
    web_bg_width: int
    web_bg_height: int
    web_people_width: int
    web_people_height: int
    web_people_x: int
    web_people_y: int
    web_dist_bg_width: int
    web_dist_bg_height: int
    web_dist_bg_x: int
    web_dist_bg_y: int
    resolution: int
    msg: str
    erode_factor: float
    is_skip_gp: bool
    is_caption_enabled: bool
    gp_model: AvatarVideosGenerateBodyGpModel | dict[str, Any]
    is_to_public_pool: bool
    lip_model: str
    caption_align: AvatarVideosGenerateBodyCaptionAlign | dict[str, Any]
