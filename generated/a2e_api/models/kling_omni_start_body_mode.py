from typing import Literal

KlingOmniStartBodyMode = Literal["pro", "std"]

KLING_OMNI_START_BODY_MODE_VALUES: set[KlingOmniStartBodyMode] = {
    "pro",
    "std",
}


def check_kling_omni_start_body_mode(value: str) -> KlingOmniStartBodyMode:
    if value in KLING_OMNI_START_BODY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_OMNI_START_BODY_MODE_VALUES!r}")
