from typing import Literal

KlingVideoStartBodyCharacterOrientation = Literal["image", "video"]

KLING_VIDEO_START_BODY_CHARACTER_ORIENTATION_VALUES: set[KlingVideoStartBodyCharacterOrientation] = {
    "image",
    "video",
}


def check_kling_video_start_body_character_orientation(value: str) -> KlingVideoStartBodyCharacterOrientation:
    if value in KLING_VIDEO_START_BODY_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_START_BODY_CHARACTER_ORIENTATION_VALUES!r}"
    )
