from typing import Literal

KlingVideoStartBodyResolution = Literal["1080p", "720p"]

KLING_VIDEO_START_BODY_RESOLUTION_VALUES: set[KlingVideoStartBodyResolution] = {
    "1080p",
    "720p",
}


def check_kling_video_start_body_resolution(value: str) -> KlingVideoStartBodyResolution:
    if value in KLING_VIDEO_START_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_START_BODY_RESOLUTION_VALUES!r}")
