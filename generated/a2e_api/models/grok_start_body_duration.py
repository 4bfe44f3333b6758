from typing import Literal

GrokStartBodyDuration = Literal["10", "15", "6"]

GROK_START_BODY_DURATION_VALUES: set[GrokStartBodyDuration] = {
    "10",
    "15",
    "6",
}


def check_grok_start_body_duration(value: str) -> GrokStartBodyDuration:
    if value in GROK_START_BODY_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROK_START_BODY_DURATION_VALUES!r}")
