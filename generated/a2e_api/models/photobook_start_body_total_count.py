from typing import Literal

PhotobookStartBodyTotalCount = Literal[4, 8, 12, 16]

PHOTOBOOK_START_BODY_TOTAL_COUNT_VALUES: set[PhotobookStartBodyTotalCount] = {
    4,
    8,
    12,
    16,
}


def check_photobook_start_body_total_count(value: int) -> PhotobookStartBodyTotalCount:
    if value in PHOTOBOOK_START_BODY_TOTAL_COUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHOTOBOOK_START_BODY_TOTAL_COUNT_VALUES!r}")
