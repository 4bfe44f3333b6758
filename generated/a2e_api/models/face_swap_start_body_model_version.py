from typing import Literal

FaceSwapStartBodyModelVersion = Literal["v1", "v2"]

FACE_SWAP_START_BODY_MODEL_VERSION_VALUES: set[FaceSwapStartBodyModelVersion] = {
    "v1",
    "v2",
}


def check_face_swap_start_body_model_version(value: str) -> FaceSwapStartBodyModelVersion:
    if value in FACE_SWAP_START_BODY_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FACE_SWAP_START_BODY_MODEL_VERSION_VALUES!r}")
