from typing import Literal

AvatarVideosListAvatarsBodyWebType = Literal["a2e", "tyzn"]

AVATAR_VIDEOS_LIST_AVATARS_BODY_WEB_TYPE_VALUES: set[AvatarVideosListAvatarsBodyWebType] = {
    "a2e",
    "tyzn",
}


def check_avatar_videos_list_avatars_body_web_type(value: str) -> AvatarVideosListAvatarsBodyWebType:
    if value in AVATAR_VIDEOS_LIST_AVATARS_BODY_WEB_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AVATAR_VIDEOS_LIST_AVATARS_BODY_WEB_TYPE_VALUES!r}")
