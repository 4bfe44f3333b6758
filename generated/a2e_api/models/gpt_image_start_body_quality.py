from typing import Literal

GptImageStartBodyQuality = Literal["high", "medium"]

GPT_IMAGE_START_BODY_QUALITY_VALUES: set[GptImageStartBodyQuality] = {
    "high",
    "medium",
}


def check_gpt_image_start_body_quality(value: str) -> GptImageStartBodyQuality:
    if value in GPT_IMAGE_START_BODY_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_START_BODY_QUALITY_VALUES!r}")
