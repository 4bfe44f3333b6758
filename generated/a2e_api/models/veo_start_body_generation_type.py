from typing import Literal

VeoStartBodyGenerationType = Literal["FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO", "TEXT_2_VIDEO"]

VEO_START_BODY_GENERATION_TYPE_VALUES: set[VeoStartBodyGenerationType] = {
    "FIRST_AND_LAST_FRAMES_2_VIDEO",
    "REFERENCE_2_VIDEO",
    "TEXT_2_VIDEO",
}


def check_veo_start_body_generation_type(value: str) -> VeoStartBodyGenerationType:
    if value in VEO_START_BODY_GENERATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_START_BODY_GENERATION_TYPE_VALUES!r}")
