from typing import Literal

KlingVideoStartBodyQualityMode = Literal["4k", "pro", "std"]

KLING_VIDEO_START_BODY_QUALITY_MODE_VALUES: set[KlingVideoStartBodyQualityMode] = {
    "4k",
    "pro",
    "std",
}


def check_kling_video_start_body_quality_mode(value: str) -> KlingVideoStartBodyQualityMode:
    if value in KLING_VIDEO_START_BODY_QUALITY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_START_BODY_QUALITY_MODE_VALUES!r}")
