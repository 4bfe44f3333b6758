from typing import Literal

GptImageStartBodyResolution = Literal["1K", "2K", "4K"]

GPT_IMAGE_START_BODY_RESOLUTION_VALUES: set[GptImageStartBodyResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_gpt_image_start_body_resolution(value: str) -> GptImageStartBodyResolution:
    if value in GPT_IMAGE_START_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_START_BODY_RESOLUTION_VALUES!r}")
