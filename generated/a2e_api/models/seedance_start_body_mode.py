from typing import Literal

SeedanceStartBodyMode = Literal["image-to-video", "text-to-video"]

SEEDANCE_START_BODY_MODE_VALUES: set[SeedanceStartBodyMode] = {
    "image-to-video",
    "text-to-video",
}


def check_seedance_start_body_mode(value: str) -> SeedanceStartBodyMode:
    if value in SEEDANCE_START_BODY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_START_BODY_MODE_VALUES!r}")
