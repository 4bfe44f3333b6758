from typing import Literal

QwenImageStartBodyModel = Literal["qwen-image-2.0", "qwen-image-2.0-pro", "qwen-image-3.0", "qwen-image-3.0-pro"]

QWEN_IMAGE_START_BODY_MODEL_VALUES: set[QwenImageStartBodyModel] = {
    "qwen-image-2.0",
    "qwen-image-2.0-pro",
    "qwen-image-3.0",
    "qwen-image-3.0-pro",
}


def check_qwen_image_start_body_model(value: str) -> QwenImageStartBodyModel:
    if value in QWEN_IMAGE_START_BODY_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_START_BODY_MODEL_VALUES!r}")
