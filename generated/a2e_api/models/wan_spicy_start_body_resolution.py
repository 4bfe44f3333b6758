from typing import Literal

WanSpicyStartBodyResolution = Literal["1080p", "480p", "720p"]

WAN_SPICY_START_BODY_RESOLUTION_VALUES: set[WanSpicyStartBodyResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_spicy_start_body_resolution(value: str) -> WanSpicyStartBodyResolution:
    if value in WAN_SPICY_START_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_SPICY_START_BODY_RESOLUTION_VALUES!r}")
