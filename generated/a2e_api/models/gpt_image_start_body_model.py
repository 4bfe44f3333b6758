from typing import Literal

GptImageStartBodyModel = Literal["gpt-image-1.5", "gpt-image-2"]

GPT_IMAGE_START_BODY_MODEL_VALUES: set[GptImageStartBodyModel] = {
    "gpt-image-1.5",
    "gpt-image-2",
}


def check_gpt_image_start_body_model(value: str) -> GptImageStartBodyModel:
    if value in GPT_IMAGE_START_BODY_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_START_BODY_MODEL_VALUES!r}")
