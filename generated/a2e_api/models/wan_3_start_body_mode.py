from typing import Literal

Wan3StartBodyMode = Literal["first-frame", "first-last-frames", "reference", "text-to-video"]

WAN_3_START_BODY_MODE_VALUES: set[Wan3StartBodyMode] = {
    "first-frame",
    "first-last-frames",
    "reference",
    "text-to-video",
}


def check_wan_3_start_body_mode(value: str) -> Wan3StartBodyMode:
    if value in WAN_3_START_BODY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_3_START_BODY_MODE_VALUES!r}")
