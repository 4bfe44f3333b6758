from typing import Literal

Wan3StartBodyModel = Literal["wan3.0-video", "wan3.0-video-prime"]

WAN_3_START_BODY_MODEL_VALUES: set[Wan3StartBodyModel] = {
    "wan3.0-video",
    "wan3.0-video-prime",
}


def check_wan_3_start_body_model(value: str) -> Wan3StartBodyModel:
    if value in WAN_3_START_BODY_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_3_START_BODY_MODEL_VALUES!r}")
