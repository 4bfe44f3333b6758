from typing import Literal

WanStartBodyRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

WAN_START_BODY_RATIO_VALUES: set[WanStartBodyRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_start_body_ratio(value: str) -> WanStartBodyRatio:
    if value in WAN_START_BODY_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_START_BODY_RATIO_VALUES!r}")
