from typing import Literal

KlingVideoStartBodyModelVersion = Literal["fast", "standard"]

KLING_VIDEO_START_BODY_MODEL_VERSION_VALUES: set[KlingVideoStartBodyModelVersion] = {
    "fast",
    "standard",
}


def check_kling_video_start_body_model_version(value: str) -> KlingVideoStartBodyModelVersion:
    if value in KLING_VIDEO_START_BODY_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_START_BODY_MODEL_VERSION_VALUES!r}")
