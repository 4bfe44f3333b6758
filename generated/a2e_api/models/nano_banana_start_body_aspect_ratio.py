from typing import Literal

NanoBananaStartBodyAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]

NANO_BANANA_START_BODY_ASPECT_RATIO_VALUES: set[NanoBananaStartBodyAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "auto",
}


def check_nano_banana_start_body_aspect_ratio(value: str) -> NanoBananaStartBodyAspectRatio:
    if value in NANO_BANANA_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NANO_BANANA_START_BODY_ASPECT_RATIO_VALUES!r}")
