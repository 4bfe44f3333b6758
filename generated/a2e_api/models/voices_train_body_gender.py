from typing import Literal

VoicesTrainBodyGender = Literal["female", "male"]

VOICES_TRAIN_BODY_GENDER_VALUES: set[VoicesTrainBodyGender] = {
    "female",
    "male",
}


def check_voices_train_body_gender(value: str) -> VoicesTrainBodyGender:
    if value in VOICES_TRAIN_BODY_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICES_TRAIN_BODY_GENDER_VALUES!r}")
