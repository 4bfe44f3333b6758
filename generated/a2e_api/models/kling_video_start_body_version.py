from typing import Literal

KlingVideoStartBodyVersion = Literal["2.6", "3.0"]

KLING_VIDEO_START_BODY_VERSION_VALUES: set[KlingVideoStartBodyVersion] = {
    "2.6",
    "3.0",
}


def check_kling_video_start_body_version(value: str) -> KlingVideoStartBodyVersion:
    if value in KLING_VIDEO_START_BODY_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_START_BODY_VERSION_VALUES!r}")
