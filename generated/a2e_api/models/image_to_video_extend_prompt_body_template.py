from typing import Literal

ImageToVideoExtendPromptBodyTemplate = Literal["cinematic", "default"]

IMAGE_TO_VIDEO_EXTEND_PROMPT_BODY_TEMPLATE_VALUES: set[ImageToVideoExtendPromptBodyTemplate] = {
    "cinematic",
    "default",
}


def check_image_to_video_extend_prompt_body_template(value: str) -> ImageToVideoExtendPromptBodyTemplate:
    if value in IMAGE_TO_VIDEO_EXTEND_PROMPT_BODY_TEMPLATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_TO_VIDEO_EXTEND_PROMPT_BODY_TEMPLATE_VALUES!r}"
    )
