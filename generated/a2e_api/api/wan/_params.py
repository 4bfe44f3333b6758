"""The wan group's start arguments as TypedDicts, for `client.wan.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.wan_start_body_duration import (
        WanStartBodyDuration,
    )
    from ...models.wan_start_body_model import (
        WanStartBodyModel,
    )
    from ...models.wan_start_body_ratio import (
        WanStartBodyRatio,
    )
    from ...models.wan_start_body_reference_media_item import (
        WanStartBodyReferenceMediaItem,
    )
    from ...models.wan_start_body_resolution import (
        WanStartBodyResolution,
    )
    from ...models.wan_start_body_task_type import (
        WanStartBodyTaskType,
    )

__all__ = ["WanStartParams"]


class WanStartParams(TypedDict, total=False):
    """The arguments of `wan.start`, for `client.wan.start(**params)`."""

    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    name: str
    image_url: str | FileInput
    negative_prompt: str
    duration: WanStartBodyDuration
    resolution: WanStartBodyResolution
    ratio: WanStartBodyRatio
    enable_prompt_expansion: bool
    multi_shots: bool
    model: WanStartBodyModel
    task_type: WanStartBodyTaskType
    last_frame_url: str | FileInput
    first_clip_url: str | FileInput
    edit_video_url: str | FileInput
    reference_image_urls: builtins.list[str | FileInput]
    reference_media: builtins.list[WanStartBodyReferenceMediaItem]
    seed: float
    audio: bool
    audio_url: str | FileInput
