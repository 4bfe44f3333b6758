from typing import Literal

ImageToVideoStartBodyModelType = Literal["FLF2V", "GENERAL"]

IMAGE_TO_VIDEO_START_BODY_MODEL_TYPE_VALUES: set[ImageToVideoStartBodyModelType] = {
    "FLF2V",
    "GENERAL",
}


def check_image_to_video_start_body_model_type(value: str) -> ImageToVideoStartBodyModelType:
    if value in IMAGE_TO_VIDEO_START_BODY_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_TO_VIDEO_START_BODY_MODEL_TYPE_VALUES!r}")
