from typing import Literal

VideoTwinListStatus = Literal["completed", "failed", "pending", "processing"]

VIDEO_TWIN_LIST_STATUS_VALUES: set[VideoTwinListStatus] = {
    "completed",
    "failed",
    "pending",
    "processing",
}


def check_video_twin_list_status(value: str) -> VideoTwinListStatus:
    if value in VIDEO_TWIN_LIST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_TWIN_LIST_STATUS_VALUES!r}")
