from typing import Literal

Flux2StartBodyAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "custom", "match_input_image"]

FLUX_2_START_BODY_ASPECT_RATIO_VALUES: set[Flux2StartBodyAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "custom",
    "match_input_image",
}


def check_flux_2_start_body_aspect_ratio(value: str) -> Flux2StartBodyAspectRatio:
    if value in FLUX_2_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_2_START_BODY_ASPECT_RATIO_VALUES!r}")
