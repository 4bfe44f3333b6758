from typing import Literal

HappyhorseStartBodyModelVersion = Literal["1.0", "1.1"]

HAPPYHORSE_START_BODY_MODEL_VERSION_VALUES: set[HappyhorseStartBodyModelVersion] = {
    "1.0",
    "1.1",
}


def check_happyhorse_start_body_model_version(value: str) -> HappyhorseStartBodyModelVersion:
    if value in HAPPYHORSE_START_BODY_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_BODY_MODEL_VERSION_VALUES!r}")
