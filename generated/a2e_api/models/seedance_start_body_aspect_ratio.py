from typing import Literal

SeedanceStartBodyAspectRatio = Literal["16:9", "1:1", "9:16"]

SEEDANCE_START_BODY_ASPECT_RATIO_VALUES: set[SeedanceStartBodyAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_seedance_start_body_aspect_ratio(value: str) -> SeedanceStartBodyAspectRatio:
    if value in SEEDANCE_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_START_BODY_ASPECT_RATIO_VALUES!r}")
