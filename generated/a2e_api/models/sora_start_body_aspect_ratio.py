from typing import Literal

SoraStartBodyAspectRatio = Literal["landscape", "portrait"]

SORA_START_BODY_ASPECT_RATIO_VALUES: set[SoraStartBodyAspectRatio] = {
    "landscape",
    "portrait",
}


def check_sora_start_body_aspect_ratio(value: str) -> SoraStartBodyAspectRatio:
    if value in SORA_START_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORA_START_BODY_ASPECT_RATIO_VALUES!r}")
