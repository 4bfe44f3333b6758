from typing import Literal

SeedanceStartBodyDuration = Literal["10", "5"]

SEEDANCE_START_BODY_DURATION_VALUES: set[SeedanceStartBodyDuration] = {
    "10",
    "5",
}


def check_seedance_start_body_duration(value: str) -> SeedanceStartBodyDuration:
    if value in SEEDANCE_START_BODY_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_START_BODY_DURATION_VALUES!r}")
