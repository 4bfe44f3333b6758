from typing import Literal

Flux2StartBodyResolution = Literal["1K", "2K"]

FLUX_2_START_BODY_RESOLUTION_VALUES: set[Flux2StartBodyResolution] = {
    "1K",
    "2K",
}


def check_flux_2_start_body_resolution(value: str) -> Flux2StartBodyResolution:
    if value in FLUX_2_START_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_2_START_BODY_RESOLUTION_VALUES!r}")
