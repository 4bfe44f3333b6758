from typing import Literal

GrokStartBodyMode = Literal["fun", "normal", "spicy"]

GROK_START_BODY_MODE_VALUES: set[GrokStartBodyMode] = {
    "fun",
    "normal",
    "spicy",
}


def check_grok_start_body_mode(value: str) -> GrokStartBodyMode:
    if value in GROK_START_BODY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROK_START_BODY_MODE_VALUES!r}")
