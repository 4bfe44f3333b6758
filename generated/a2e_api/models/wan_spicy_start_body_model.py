from typing import Literal

WanSpicyStartBodyModel = Literal["wan2.2-i2v-spicy", "wan2.7-i2v-spicy"]

WAN_SPICY_START_BODY_MODEL_VALUES: set[WanSpicyStartBodyModel] = {
    "wan2.2-i2v-spicy",
    "wan2.7-i2v-spicy",
}


def check_wan_spicy_start_body_model(value: str) -> WanSpicyStartBodyModel:
    if value in WAN_SPICY_START_BODY_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_SPICY_START_BODY_MODEL_VALUES!r}")
