from typing import Literal

GptImageStartBodyAspectRatio = Literal["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "auto"]

GPT_IMAGE_START_BODY_ASPECT_RATIO_VALUES: set[GptImageStartBodyAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_gpt_image_start_body_aspect_ratio(value: str) -> GptImageStartBodyAspectRatio:
    if value in GPT_IMAGE_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_START_BODY_ASPECT_RATIO_VALUES!r}")
