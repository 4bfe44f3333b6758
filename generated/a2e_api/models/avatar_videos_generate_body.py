from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_videos_generate_body_caption_align import (
        AvatarVideosGenerateBodyCaptionAlign,
    )
    from ..models.avatar_videos_generate_body_gp_model import (
        AvatarVideosGenerateBodyGpModel,
    )


T = TypeVar("T", bound="AvatarVideosGenerateBody")


@_attrs_define
class AvatarVideosGenerateBody:
    anchor_id: str
    """ The avatar (anchor) `_id`, from `list_avatars`. """
    anchor_type: int
    """ 0 = system avatar, 1 = custom avatar. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    title: str | Unset = UNSET
    """ Video title. """
    audio_src: str | Unset = UNSET
    """ Public URL of the speech audio; needed unless `custom_voice` is given. """
    custom_voice: str | Unset = UNSET
    """ Public URL of a custom voice audio; needed unless `audioSrc` is given. """
    anchor_background_img: str | Unset = UNSET
    """ The avatar's original background image; needed for background replacement when the avatar has no stored
    background. """
    anchor_background_color: str | Unset = UNSET
    """ The avatar's original background colour as RGBA, e.g. `rgba(255,255,255,1)`; needed for replacement when the
    avatar has no stored background. """
    back_id: str | Unset = UNSET
    """ A system background's `_id`; not together with `custom_back_id` (error code 30005). """
    face_swap_id: str | Unset = UNSET
    """ A face swap template's `_id`. """
    custom_back_id: str | Unset = UNSET
    """ A custom background's `_id` from `backgrounds.add`; not together with `back_id` (error code 30005). """
    color: str | Unset = UNSET
    """ Background colour as RGBA, e.g. `rgba(0,0,0,1)` (older docs show `rgb(133,137,132)`). """
    wl_model: str | Unset = UNSET
    """ Watermark/logo model setting. """
    is_skip_rs: bool | Unset = UNSET
    """ Smart Motion Adjustment switch of the web UI (more natural motion, much slower rendering); the docs do not
    say which value turns it on. """
    web_bg_width: int | Unset = 0
    """ Output canvas width; needed with `back_id`, `custom_back_id` or `color`, otherwise 0. """
    web_bg_height: int | Unset = 0
    """ Output canvas height; needed with `back_id`, `custom_back_id` or `color`, otherwise 0. """
    web_people_width: int | Unset = 0
    """ Avatar width in the layout; needed with `back_id`, `custom_back_id` or `color`. """
    web_people_height: int | Unset = 0
    """ Avatar height in the layout; needed with `back_id`, `custom_back_id` or `color`. """
    web_people_x: int | Unset = 0
    """ Avatar x position in the layout. """
    web_people_y: int | Unset = 0
    """ Avatar y position in the layout. """
    web_dist_bg_width: int | Unset = -1
    """ Distributed background width. """
    web_dist_bg_height: int | Unset = -1
    """ Distributed background height. """
    web_dist_bg_x: int | Unset = 0
    """ Distributed background x position. """
    web_dist_bg_y: int | Unset = 0
    """ Distributed background y position. """
    resolution: int | Unset = 1080
    """ Output height in pixels (callers use 720 and 1080). """
    msg: str | Unset = UNSET
    """ Free-form note. """
    erode_factor: float | Unset = UNSET
    """ Erosion factor for the matting. """
    is_skip_gp: bool | Unset = UNSET
    """ Skip green-screen processing. """
    is_caption_enabled: bool | Unset = UNSET
    """ Burn in captions. """
    gp_model: AvatarVideosGenerateBodyGpModel | Unset = UNSET
    """ Green-screen processing model settings (fields not documented). """
    is_to_public_pool: bool | Unset = UNSET
    """ For dedicated-line customers whose lines are busy, run this job on the shared public pool at once instead of
    waiting. """
    lip_model: str | Unset = UNSET
    """ Lip-sync model choice. """
    caption_align: AvatarVideosGenerateBodyCaptionAlign | Unset = UNSET
    """ Caption style (fields not documented; these are what callers send). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchor_id = self.anchor_id

        anchor_type = self.anchor_type

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        title = self.title

        audio_src = self.audio_src

        custom_voice = self.custom_voice

        anchor_background_img = self.anchor_background_img

        anchor_background_color = self.anchor_background_color

        back_id = self.back_id

        face_swap_id = self.face_swap_id

        custom_back_id = self.custom_back_id

        color = self.color

        wl_model = self.wl_model

        is_skip_rs = self.is_skip_rs

        web_bg_width = self.web_bg_width

        web_bg_height = self.web_bg_height

        web_people_width = self.web_people_width

        web_people_height = self.web_people_height

        web_people_x = self.web_people_x

        web_people_y = self.web_people_y

        web_dist_bg_width = self.web_dist_bg_width

        web_dist_bg_height = self.web_dist_bg_height

        web_dist_bg_x = self.web_dist_bg_x

        web_dist_bg_y = self.web_dist_bg_y

        resolution = self.resolution

        msg = self.msg

        erode_factor = self.erode_factor

        is_skip_gp = self.is_skip_gp

        is_caption_enabled = self.is_caption_enabled

        gp_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gp_model, Unset):
            gp_model = self.gp_model.to_dict()

        is_to_public_pool = self.is_to_public_pool

        lip_model = self.lip_model

        caption_align: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caption_align, Unset):
            caption_align = self.caption_align.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anchor_id": anchor_id,
                "anchor_type": anchor_type,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if title is not UNSET:
            field_dict["title"] = title
        if audio_src is not UNSET:
            field_dict["audioSrc"] = audio_src
        if custom_voice is not UNSET:
            field_dict["custom_voice"] = custom_voice
        if anchor_background_img is not UNSET:
            field_dict["anchor_background_img"] = anchor_background_img
        if anchor_background_color is not UNSET:
            field_dict["anchor_background_color"] = anchor_background_color
        if back_id is not UNSET:
            field_dict["back_id"] = back_id
        if face_swap_id is not UNSET:
            field_dict["face_swap_id"] = face_swap_id
        if custom_back_id is not UNSET:
            field_dict["custom_back_id"] = custom_back_id
        if color is not UNSET:
            field_dict["color"] = color
        if wl_model is not UNSET:
            field_dict["wl_model"] = wl_model
        if is_skip_rs is not UNSET:
            field_dict["isSkipRs"] = is_skip_rs
        if web_bg_width is not UNSET:
            field_dict["web_bg_width"] = web_bg_width
        if web_bg_height is not UNSET:
            field_dict["web_bg_height"] = web_bg_height
        if web_people_width is not UNSET:
            field_dict["web_people_width"] = web_people_width
        if web_people_height is not UNSET:
            field_dict["web_people_height"] = web_people_height
        if web_people_x is not UNSET:
            field_dict["web_people_x"] = web_people_x
        if web_people_y is not UNSET:
            field_dict["web_people_y"] = web_people_y
        if web_dist_bg_width is not UNSET:
            field_dict["web_dist_bg_width"] = web_dist_bg_width
        if web_dist_bg_height is not UNSET:
            field_dict["web_dist_bg_height"] = web_dist_bg_height
        if web_dist_bg_x is not UNSET:
            field_dict["web_dist_bg_x"] = web_dist_bg_x
        if web_dist_bg_y is not UNSET:
            field_dict["web_dist_bg_y"] = web_dist_bg_y
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if msg is not UNSET:
            field_dict["msg"] = msg
        if erode_factor is not UNSET:
            field_dict["erode_factor"] = erode_factor
        if is_skip_gp is not UNSET:
            field_dict["isSkipGp"] = is_skip_gp
        if is_caption_enabled is not UNSET:
            field_dict["isCaptionEnabled"] = is_caption_enabled
        if gp_model is not UNSET:
            field_dict["gp_model"] = gp_model
        if is_to_public_pool is not UNSET:
            field_dict["isToPublicPool"] = is_to_public_pool
        if lip_model is not UNSET:
            field_dict["lip_model"] = lip_model
        if caption_align is not UNSET:
            field_dict["captionAlign"] = caption_align

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar_videos_generate_body_caption_align import (
            AvatarVideosGenerateBodyCaptionAlign,  # noqa: PLC0415
        )
        from ..models.avatar_videos_generate_body_gp_model import (
            AvatarVideosGenerateBodyGpModel,  # noqa: PLC0415
        )

        d = dict(src_dict)
        anchor_id = d.pop("anchor_id")

        anchor_type = d.pop("anchor_type")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        title = d.pop("title", UNSET)

        audio_src = d.pop("audioSrc", UNSET)

        custom_voice = d.pop("custom_voice", UNSET)

        anchor_background_img = d.pop("anchor_background_img", UNSET)

        anchor_background_color = d.pop("anchor_background_color", UNSET)

        back_id = d.pop("back_id", UNSET)

        face_swap_id = d.pop("face_swap_id", UNSET)

        custom_back_id = d.pop("custom_back_id", UNSET)

        color = d.pop("color", UNSET)

        wl_model = d.pop("wl_model", UNSET)

        is_skip_rs = d.pop("isSkipRs", UNSET)

        web_bg_width = d.pop("web_bg_width", UNSET)

        web_bg_height = d.pop("web_bg_height", UNSET)

        web_people_width = d.pop("web_people_width", UNSET)

        web_people_height = d.pop("web_people_height", UNSET)

        web_people_x = d.pop("web_people_x", UNSET)

        web_people_y = d.pop("web_people_y", UNSET)

        web_dist_bg_width = d.pop("web_dist_bg_width", UNSET)

        web_dist_bg_height = d.pop("web_dist_bg_height", UNSET)

        web_dist_bg_x = d.pop("web_dist_bg_x", UNSET)

        web_dist_bg_y = d.pop("web_dist_bg_y", UNSET)

        resolution = d.pop("resolution", UNSET)

        msg = d.pop("msg", UNSET)

        erode_factor = d.pop("erode_factor", UNSET)

        is_skip_gp = d.pop("isSkipGp", UNSET)

        is_caption_enabled = d.pop("isCaptionEnabled", UNSET)

        _gp_model = d.pop("gp_model", UNSET)
        gp_model: AvatarVideosGenerateBodyGpModel | Unset
        if isinstance(_gp_model, Unset):
            gp_model = UNSET
        else:
            gp_model = AvatarVideosGenerateBodyGpModel.from_dict(_gp_model)

        is_to_public_pool = d.pop("isToPublicPool", UNSET)

        lip_model = d.pop("lip_model", UNSET)

        _caption_align = d.pop("captionAlign", UNSET)
        caption_align: AvatarVideosGenerateBodyCaptionAlign | Unset
        if isinstance(_caption_align, Unset):
            caption_align = UNSET
        else:
            caption_align = AvatarVideosGenerateBodyCaptionAlign.from_dict(_caption_align)

        avatar_videos_generate_body = cls(
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
        )

        avatar_videos_generate_body.additional_properties = d
        return avatar_videos_generate_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
