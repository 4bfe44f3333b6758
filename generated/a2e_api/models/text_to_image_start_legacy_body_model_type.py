from typing import Literal

TextToImageStartLegacyBodyModelType = Literal["a2e", "seedream", "zimage"]

TEXT_TO_IMAGE_START_LEGACY_BODY_MODEL_TYPE_VALUES: set[TextToImageStartLegacyBodyModelType] = {
    "a2e",
    "seedream",
    "zimage",
}


def check_text_to_image_start_legacy_body_model_type(value: str) -> TextToImageStartLegacyBodyModelType:
    if value in TEXT_TO_IMAGE_START_LEGACY_BODY_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_TO_IMAGE_START_LEGACY_BODY_MODEL_TYPE_VALUES!r}"
    )
