from typing import Literal

VoicesTrainBodyModel = Literal["a2e", "cartesia", "elevenlabs", "minimax"]

VOICES_TRAIN_BODY_MODEL_VALUES: set[VoicesTrainBodyModel] = {
    "a2e",
    "cartesia",
    "elevenlabs",
    "minimax",
}


def check_voices_train_body_model(value: str) -> VoicesTrainBodyModel:
    if value in VOICES_TRAIN_BODY_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICES_TRAIN_BODY_MODEL_VALUES!r}")
