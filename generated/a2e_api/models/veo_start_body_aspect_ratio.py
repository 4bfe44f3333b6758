from typing import Literal

VeoStartBodyAspectRatio = Literal["16:9", "9:16", "Auto"]

VEO_START_BODY_ASPECT_RATIO_VALUES: set[VeoStartBodyAspectRatio] = {
    "16:9",
    "9:16",
    "Auto",
}


def check_veo_start_body_aspect_ratio(value: str) -> VeoStartBodyAspectRatio:
    if value in VEO_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_START_BODY_ASPECT_RATIO_VALUES!r}")
