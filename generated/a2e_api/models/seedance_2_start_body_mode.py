from typing import Literal

Seedance2StartBodyMode = Literal["first-last-frames", "image-to-video", "reference", "text-to-video"]

SEEDANCE_2_START_BODY_MODE_VALUES: set[Seedance2StartBodyMode] = {
    "first-last-frames",
    "image-to-video",
    "reference",
    "text-to-video",
}


def check_seedance_2_start_body_mode(value: str) -> Seedance2StartBodyMode:
    if value in SEEDANCE_2_START_BODY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_2_START_BODY_MODE_VALUES!r}")
