from typing import Literal

WanStartBodyDuration = Literal["10", "11", "12", "13", "14", "15", "2", "3", "4", "5", "6", "7", "8", "9"]

WAN_START_BODY_DURATION_VALUES: set[WanStartBodyDuration] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_wan_start_body_duration(value: str) -> WanStartBodyDuration:
    if value in WAN_START_BODY_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_START_BODY_DURATION_VALUES!r}")
