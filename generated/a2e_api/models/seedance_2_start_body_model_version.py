from typing import Literal

Seedance2StartBodyModelVersion = Literal["2.5", "fast", "mini", "standard"]

SEEDANCE_2_START_BODY_MODEL_VERSION_VALUES: set[Seedance2StartBodyModelVersion] = {
    "2.5",
    "fast",
    "mini",
    "standard",
}


def check_seedance_2_start_body_model_version(value: str) -> Seedance2StartBodyModelVersion:
    if value in SEEDANCE_2_START_BODY_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_2_START_BODY_MODEL_VERSION_VALUES!r}")
