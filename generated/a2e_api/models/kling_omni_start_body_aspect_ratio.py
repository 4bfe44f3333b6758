from typing import Literal

KlingOmniStartBodyAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_OMNI_START_BODY_ASPECT_RATIO_VALUES: set[KlingOmniStartBodyAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_omni_start_body_aspect_ratio(value: str) -> KlingOmniStartBodyAspectRatio:
    if value in KLING_OMNI_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_OMNI_START_BODY_ASPECT_RATIO_VALUES!r}")
