from typing import Literal

NanoBananaStartBodyModel = Literal["nano-banana", "nano-banana-2", "nano-banana-2-lite", "nano-banana-pro"]

NANO_BANANA_START_BODY_MODEL_VALUES: set[NanoBananaStartBodyModel] = {
    "nano-banana",
    "nano-banana-2",
    "nano-banana-2-lite",
    "nano-banana-pro",
}


def check_nano_banana_start_body_model(value: str) -> NanoBananaStartBodyModel:
    if value in NANO_BANANA_START_BODY_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NANO_BANANA_START_BODY_MODEL_VALUES!r}")
