from typing import Literal

WanStartBodyResolution = Literal["1080p", "480p", "720p"]

WAN_START_BODY_RESOLUTION_VALUES: set[WanStartBodyResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_start_body_resolution(value: str) -> WanStartBodyResolution:
    if value in WAN_START_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_START_BODY_RESOLUTION_VALUES!r}")
