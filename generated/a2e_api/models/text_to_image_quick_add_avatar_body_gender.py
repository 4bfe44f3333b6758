from typing import Literal

TextToImageQuickAddAvatarBodyGender = Literal["female", "male"]

TEXT_TO_IMAGE_QUICK_ADD_AVATAR_BODY_GENDER_VALUES: set[TextToImageQuickAddAvatarBodyGender] = {
    "female",
    "male",
}


def check_text_to_image_quick_add_avatar_body_gender(value: str) -> TextToImageQuickAddAvatarBodyGender:
    if value in TEXT_TO_IMAGE_QUICK_ADD_AVATAR_BODY_GENDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_TO_IMAGE_QUICK_ADD_AVATAR_BODY_GENDER_VALUES!r}"
    )
