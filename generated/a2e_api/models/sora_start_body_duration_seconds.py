from typing import Literal

SoraStartBodyDurationSeconds = Literal["10", "15", "5"]

SORA_START_BODY_DURATION_SECONDS_VALUES: set[SoraStartBodyDurationSeconds] = {
    "10",
    "15",
    "5",
}


def check_sora_start_body_duration_seconds(value: str) -> SoraStartBodyDurationSeconds:
    if value in SORA_START_BODY_DURATION_SECONDS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORA_START_BODY_DURATION_SECONDS_VALUES!r}")
