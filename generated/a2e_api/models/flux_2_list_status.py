from typing import Literal

Flux2ListStatus = Literal["completed", "failed", "initialized", "processing"]

FLUX_2_LIST_STATUS_VALUES: set[Flux2ListStatus] = {
    "completed",
    "failed",
    "initialized",
    "processing",
}


def check_flux_2_list_status(value: str) -> Flux2ListStatus:
    if value in FLUX_2_LIST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_2_LIST_STATUS_VALUES!r}")
