from typing import Literal

GrokStartBodyModelType = Literal["image-to-video", "text-to-video"]

GROK_START_BODY_MODEL_TYPE_VALUES: set[GrokStartBodyModelType] = {
    "image-to-video",
    "text-to-video",
}


def check_grok_start_body_model_type(value: str) -> GrokStartBodyModelType:
    if value in GROK_START_BODY_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROK_START_BODY_MODEL_TYPE_VALUES!r}")
