from typing import Literal

KlingVideoStartBodyMode = Literal["image-to-video", "motion-control", "text-to-video"]

KLING_VIDEO_START_BODY_MODE_VALUES: set[KlingVideoStartBodyMode] = {
    "image-to-video",
    "motion-control",
    "text-to-video",
}


def check_kling_video_start_body_mode(value: str) -> KlingVideoStartBodyMode:
    if value in KLING_VIDEO_START_BODY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_START_BODY_MODE_VALUES!r}")
