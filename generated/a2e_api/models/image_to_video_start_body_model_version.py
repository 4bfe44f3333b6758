from typing import Literal

ImageToVideoStartBodyModelVersion = Literal["a2e", "a2e-v2", "a2e-v2-flash"]

IMAGE_TO_VIDEO_START_BODY_MODEL_VERSION_VALUES: set[ImageToVideoStartBodyModelVersion] = {
    "a2e",
    "a2e-v2",
    "a2e-v2-flash",
}


def check_image_to_video_start_body_model_version(value: str) -> ImageToVideoStartBodyModelVersion:
    if value in IMAGE_TO_VIDEO_START_BODY_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_TO_VIDEO_START_BODY_MODEL_VERSION_VALUES!r}")
