from typing import Literal

NanoBananaStartBodyImageSize = Literal["1K", "2K", "4K"]

NANO_BANANA_START_BODY_IMAGE_SIZE_VALUES: set[NanoBananaStartBodyImageSize] = {
    "1K",
    "2K",
    "4K",
}


def check_nano_banana_start_body_image_size(value: str) -> NanoBananaStartBodyImageSize:
    if value in NANO_BANANA_START_BODY_IMAGE_SIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NANO_BANANA_START_BODY_IMAGE_SIZE_VALUES!r}")
