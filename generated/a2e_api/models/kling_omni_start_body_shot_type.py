from typing import Literal

KlingOmniStartBodyShotType = Literal["customize", "intelligence"]

KLING_OMNI_START_BODY_SHOT_TYPE_VALUES: set[KlingOmniStartBodyShotType] = {
    "customize",
    "intelligence",
}


def check_kling_omni_start_body_shot_type(value: str) -> KlingOmniStartBodyShotType:
    if value in KLING_OMNI_START_BODY_SHOT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_OMNI_START_BODY_SHOT_TYPE_VALUES!r}")
