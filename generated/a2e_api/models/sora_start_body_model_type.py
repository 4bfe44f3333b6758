from typing import Literal

SoraStartBodyModelType = Literal["image-to-video", "text-to-video"]

SORA_START_BODY_MODEL_TYPE_VALUES: set[SoraStartBodyModelType] = {
    "image-to-video",
    "text-to-video",
}


def check_sora_start_body_model_type(value: str) -> SoraStartBodyModelType:
    if value in SORA_START_BODY_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORA_START_BODY_MODEL_TYPE_VALUES!r}")
