from typing import Literal

HappyhorseStartBodyDuration = Literal["10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"]

HAPPYHORSE_START_BODY_DURATION_VALUES: set[HappyhorseStartBodyDuration] = {
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


def check_happyhorse_start_body_duration(value: str) -> HappyhorseStartBodyDuration:
    if value in HAPPYHORSE_START_BODY_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_BODY_DURATION_VALUES!r}")
