from typing import Literal

KlingImageStartBodyAspectRatio = Literal["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"]

KLING_IMAGE_START_BODY_ASPECT_RATIO_VALUES: set[KlingImageStartBodyAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_kling_image_start_body_aspect_ratio(value: str) -> KlingImageStartBodyAspectRatio:
    if value in KLING_IMAGE_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_START_BODY_ASPECT_RATIO_VALUES!r}")
