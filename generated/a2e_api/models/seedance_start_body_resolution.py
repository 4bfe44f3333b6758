from typing import Literal

SeedanceStartBodyResolution = Literal["480p", "720p"]

SEEDANCE_START_BODY_RESOLUTION_VALUES: set[SeedanceStartBodyResolution] = {
    "480p",
    "720p",
}


def check_seedance_start_body_resolution(value: str) -> SeedanceStartBodyResolution:
    if value in SEEDANCE_START_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_START_BODY_RESOLUTION_VALUES!r}")
