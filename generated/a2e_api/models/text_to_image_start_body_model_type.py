from typing import Literal

TextToImageStartBodyModelType = Literal["a2e", "seedream", "zimage"]

TEXT_TO_IMAGE_START_BODY_MODEL_TYPE_VALUES: set[TextToImageStartBodyModelType] = {
    "a2e",
    "seedream",
    "zimage",
}


def check_text_to_image_start_body_model_type(value: str) -> TextToImageStartBodyModelType:
    if value in TEXT_TO_IMAGE_START_BODY_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_TO_IMAGE_START_BODY_MODEL_TYPE_VALUES!r}")
