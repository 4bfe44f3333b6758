from typing import Literal

NanoBananaListStatus = Literal["completed", "failed", "initialized", "processing"]

NANO_BANANA_LIST_STATUS_VALUES: set[NanoBananaListStatus] = {
    "completed",
    "failed",
    "initialized",
    "processing",
}


def check_nano_banana_list_status(value: str) -> NanoBananaListStatus:
    if value in NANO_BANANA_LIST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NANO_BANANA_LIST_STATUS_VALUES!r}")
