"""The seedance_2 group's start arguments as TypedDicts, for `client.seedance_2.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.seedance_2_start_body_aspect_ratio import (
        Seedance2StartBodyAspectRatio,
    )
    from ...models.seedance_2_start_body_mode import (
        Seedance2StartBodyMode,
    )
    from ...models.seedance_2_start_body_model_version import (
        Seedance2StartBodyModelVersion,
    )
    from ...models.seedance_2_start_body_omni_reference_task_type import (
        Seedance2StartBodyOmniReferenceTaskType,
    )
    from ...models.seedance_2_start_body_resolution import (
        Seedance2StartBodyResolution,
    )

__all__ = ["Seedance2StartParams"]


class Seedance2StartParams(TypedDict, total=False):
    """The arguments of `seedance_2.start`, for `client.seedance_2.start(**params)`."""

    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    name: str
    mode: Seedance2StartBodyMode
    model_version: Seedance2StartBodyModelVersion
    omni_reference_task_type: Seedance2StartBodyOmniReferenceTaskType
    image_url: str | FileInput
    first_frame_url: str | FileInput
    last_frame_url: str | FileInput
    reference_urls: builtins.list[str | FileInput]
    video_urls: builtins.list[str | FileInput]
    audio_urls: builtins.list[str | FileInput]
    input_video_duration: float
    duration: int
    aspect_ratio: Seedance2StartBodyAspectRatio
    resolution: Seedance2StartBodyResolution
    generate_audio: bool
    minor_suspected_skip: bool
