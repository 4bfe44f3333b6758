from typing import Literal

HappyhorseStartBodyMode = Literal["i2v", "r2v", "t2v", "video-edit"]

HAPPYHORSE_START_BODY_MODE_VALUES: set[HappyhorseStartBodyMode] = {
    "i2v",
    "r2v",
    "t2v",
    "video-edit",
}


def check_happyhorse_start_body_mode(value: str) -> HappyhorseStartBodyMode:
    if value in HAPPYHORSE_START_BODY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_BODY_MODE_VALUES!r}")
