from typing import Literal

WanStartBodyTaskType = Literal[
    "first_frame", "first_last_frame", "reference_image", "text_to_video", "video_edit", "video_extend"
]

WAN_START_BODY_TASK_TYPE_VALUES: set[WanStartBodyTaskType] = {
    "first_frame",
    "first_last_frame",
    "reference_image",
    "text_to_video",
    "video_edit",
    "video_extend",
}


def check_wan_start_body_task_type(value: str) -> WanStartBodyTaskType:
    if value in WAN_START_BODY_TASK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_START_BODY_TASK_TYPE_VALUES!r}")
