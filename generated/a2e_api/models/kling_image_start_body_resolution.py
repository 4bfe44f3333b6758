from typing import Literal

KlingImageStartBodyResolution = Literal["1k", "2k"]

KLING_IMAGE_START_BODY_RESOLUTION_VALUES: set[KlingImageStartBodyResolution] = {
    "1k",
    "2k",
}


def check_kling_image_start_body_resolution(value: str) -> KlingImageStartBodyResolution:
    if value in KLING_IMAGE_START_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_START_BODY_RESOLUTION_VALUES!r}")
