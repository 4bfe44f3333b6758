from typing import Literal

KlingVideoStartBodyAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_START_BODY_ASPECT_RATIO_VALUES: set[KlingVideoStartBodyAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_start_body_aspect_ratio(value: str) -> KlingVideoStartBodyAspectRatio:
    if value in KLING_VIDEO_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_START_BODY_ASPECT_RATIO_VALUES!r}")
