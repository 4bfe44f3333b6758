from typing import Literal

VoicesTtsBodyType = Literal["aliyun_captcha", "turnstile"]

VOICES_TTS_BODY_TYPE_VALUES: set[VoicesTtsBodyType] = {
    "aliyun_captcha",
    "turnstile",
}


def check_voices_tts_body_type(value: str) -> VoicesTtsBodyType:
    if value in VOICES_TTS_BODY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICES_TTS_BODY_TYPE_VALUES!r}")
