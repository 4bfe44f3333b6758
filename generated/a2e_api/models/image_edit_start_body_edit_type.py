from typing import Literal

ImageEditStartBodyEditType = Literal["clothing", "product"]

IMAGE_EDIT_START_BODY_EDIT_TYPE_VALUES: set[ImageEditStartBodyEditType] = {
    "clothing",
    "product",
}


def check_image_edit_start_body_edit_type(value: str) -> ImageEditStartBodyEditType:
    if value in IMAGE_EDIT_START_BODY_EDIT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_START_BODY_EDIT_TYPE_VALUES!r}")
