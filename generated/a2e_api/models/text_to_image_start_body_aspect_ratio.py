from typing import Literal

TextToImageStartBodyAspectRatio = Literal["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"]

TEXT_TO_IMAGE_START_BODY_ASPECT_RATIO_VALUES: set[TextToImageStartBodyAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_text_to_image_start_body_aspect_ratio(value: str) -> TextToImageStartBodyAspectRatio:
    if value in TEXT_TO_IMAGE_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_TO_IMAGE_START_BODY_ASPECT_RATIO_VALUES!r}")
