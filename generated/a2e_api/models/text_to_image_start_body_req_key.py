from typing import Literal

TextToImageStartBodyReqKey = Literal["high_aes", "high_aes_general_v21_L"]

TEXT_TO_IMAGE_START_BODY_REQ_KEY_VALUES: set[TextToImageStartBodyReqKey] = {
    "high_aes",
    "high_aes_general_v21_L",
}


def check_text_to_image_start_body_req_key(value: str) -> TextToImageStartBodyReqKey:
    if value in TEXT_TO_IMAGE_START_BODY_REQ_KEY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_TO_IMAGE_START_BODY_REQ_KEY_VALUES!r}")
