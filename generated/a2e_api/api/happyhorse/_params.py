"""The happyhorse group's start arguments as TypedDicts, for `client.happyhorse.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.happyhorse_start_body_audio_setting import (
        HappyhorseStartBodyAudioSetting,
    )
    from ...models.happyhorse_start_body_duration import (
        HappyhorseStartBodyDuration,
    )
    from ...models.happyhorse_start_body_mode import (
        HappyhorseStartBodyMode,
    )
    from ...models.happyhorse_start_body_model_version import (
        HappyhorseStartBodyModelVersion,
    )
    from ...models.happyhorse_start_body_ratio import (
        HappyhorseStartBodyRatio,
    )
    from ...models.happyhorse_start_body_resolution import (
        HappyhorseStartBodyResolution,
    )

__all__ = ["HappyhorseStartParams"]


class HappyhorseStartParams(TypedDict, total=False):
    """The arguments of `happyhorse.start`, for `client.happyhorse.start(**params)`."""

    mode: Required[HappyhorseStartBodyMode]
    webhook_url: str
    webhook_token: str
    name: str
    model_version: HappyhorseStartBodyModelVersion
    prompt: str
    image_url: str | FileInput
    reference_image_urls: builtins.list[str | FileInput]
    edit_video_url: str | FileInput
    input_video_seconds: float
    duration: HappyhorseStartBodyDuration
    resolution: HappyhorseStartBodyResolution
    ratio: HappyhorseStartBodyRatio
    audio_setting: HappyhorseStartBodyAudioSetting
    seed: int
    watermark: bool
    minor_suspected_skip: bool
