from typing import Literal

SoraStartBodyQuality = Literal["high", "standard"]

SORA_START_BODY_QUALITY_VALUES: set[SoraStartBodyQuality] = {
    "high",
    "standard",
}


def check_sora_start_body_quality(value: str) -> SoraStartBodyQuality:
    if value in SORA_START_BODY_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORA_START_BODY_QUALITY_VALUES!r}")
