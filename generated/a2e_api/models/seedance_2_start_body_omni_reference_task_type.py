from typing import Literal

Seedance2StartBodyOmniReferenceTaskType = Literal["edit", "extend", "reference"]

SEEDANCE_2_START_BODY_OMNI_REFERENCE_TASK_TYPE_VALUES: set[Seedance2StartBodyOmniReferenceTaskType] = {
    "edit",
    "extend",
    "reference",
}


def check_seedance_2_start_body_omni_reference_task_type(value: str) -> Seedance2StartBodyOmniReferenceTaskType:
    if value in SEEDANCE_2_START_BODY_OMNI_REFERENCE_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_2_START_BODY_OMNI_REFERENCE_TASK_TYPE_VALUES!r}"
    )
