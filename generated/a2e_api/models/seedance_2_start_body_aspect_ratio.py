from typing import Literal

Seedance2StartBodyAspectRatio = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"]

SEEDANCE_2_START_BODY_ASPECT_RATIO_VALUES: set[Seedance2StartBodyAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_seedance_2_start_body_aspect_ratio(value: str) -> Seedance2StartBodyAspectRatio:
    if value in SEEDANCE_2_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_2_START_BODY_ASPECT_RATIO_VALUES!r}")
