from typing import Literal

Seedance2StartBodyResolution = Literal["1080p", "480p", "4k", "720p"]

SEEDANCE_2_START_BODY_RESOLUTION_VALUES: set[Seedance2StartBodyResolution] = {
    "1080p",
    "480p",
    "4k",
    "720p",
}


def check_seedance_2_start_body_resolution(value: str) -> Seedance2StartBodyResolution:
    if value in SEEDANCE_2_START_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_2_START_BODY_RESOLUTION_VALUES!r}")
