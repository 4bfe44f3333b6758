from typing import Literal

TextToImageStartLegacyBodyReqKey = Literal["high_aes", "high_aes_general_v21_L"]

TEXT_TO_IMAGE_START_LEGACY_BODY_REQ_KEY_VALUES: set[TextToImageStartLegacyBodyReqKey] = {
    "high_aes",
    "high_aes_general_v21_L",
}


def check_text_to_image_start_legacy_body_req_key(value: str) -> TextToImageStartLegacyBodyReqKey:
    if value in TEXT_TO_IMAGE_START_LEGACY_BODY_REQ_KEY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_TO_IMAGE_START_LEGACY_BODY_REQ_KEY_VALUES!r}")
