from typing import Literal

WanStartBodyModel = Literal["wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"]

WAN_START_BODY_MODEL_VALUES: set[WanStartBodyModel] = {
    "wan2.5-i2v-preview",
    "wan2.6-i2v",
    "wan2.6-i2v-flash",
    "wan2.7-i2v",
}


def check_wan_start_body_model(value: str) -> WanStartBodyModel:
    if value in WAN_START_BODY_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_START_BODY_MODEL_VALUES!r}")
