from typing import Literal

KlingVideoStartBodyDuration = Literal["10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"]

KLING_VIDEO_START_BODY_DURATION_VALUES: set[KlingVideoStartBodyDuration] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_kling_video_start_body_duration(value: str) -> KlingVideoStartBodyDuration:
    if value in KLING_VIDEO_START_BODY_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_START_BODY_DURATION_VALUES!r}")
