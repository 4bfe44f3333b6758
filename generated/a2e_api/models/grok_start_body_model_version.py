from typing import Literal

GrokStartBodyModelVersion = Literal["1.5", "legacy"]

GROK_START_BODY_MODEL_VERSION_VALUES: set[GrokStartBodyModelVersion] = {
    "1.5",
    "legacy",
}


def check_grok_start_body_model_version(value: str) -> GrokStartBodyModelVersion:
    if value in GROK_START_BODY_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROK_START_BODY_MODEL_VERSION_VALUES!r}")
