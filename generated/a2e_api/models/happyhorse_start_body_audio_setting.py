from typing import Literal

HappyhorseStartBodyAudioSetting = Literal["auto", "origin"]

HAPPYHORSE_START_BODY_AUDIO_SETTING_VALUES: set[HappyhorseStartBodyAudioSetting] = {
    "auto",
    "origin",
}


def check_happyhorse_start_body_audio_setting(value: str) -> HappyhorseStartBodyAudioSetting:
    if value in HAPPYHORSE_START_BODY_AUDIO_SETTING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_BODY_AUDIO_SETTING_VALUES!r}")
