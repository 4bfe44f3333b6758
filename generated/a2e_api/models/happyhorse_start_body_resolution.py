from typing import Literal

HappyhorseStartBodyResolution = Literal["1080P", "480P", "720P"]

HAPPYHORSE_START_BODY_RESOLUTION_VALUES: set[HappyhorseStartBodyResolution] = {
    "1080P",
    "480P",
    "720P",
}


def check_happyhorse_start_body_resolution(value: str) -> HappyhorseStartBodyResolution:
    if value in HAPPYHORSE_START_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_BODY_RESOLUTION_VALUES!r}")
