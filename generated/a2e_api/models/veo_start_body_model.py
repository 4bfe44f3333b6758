from typing import Literal

VeoStartBodyModel = Literal["veo3", "veo3_fast"]

VEO_START_BODY_MODEL_VALUES: set[VeoStartBodyModel] = {
    "veo3",
    "veo3_fast",
}


def check_veo_start_body_model(value: str) -> VeoStartBodyModel:
    if value in VEO_START_BODY_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_START_BODY_MODEL_VALUES!r}")
