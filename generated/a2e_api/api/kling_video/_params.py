"""The kling_video group's start arguments as TypedDicts, for `client.kling_video.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.kling_video_start_body_aspect_ratio import (
        KlingVideoStartBodyAspectRatio,
    )
    from ...models.kling_video_start_body_character_orientation import (
        KlingVideoStartBodyCharacterOrientation,
    )
    from ...models.kling_video_start_body_duration import (
        KlingVideoStartBodyDuration,
    )
    from ...models.kling_video_start_body_mode import (
        KlingVideoStartBodyMode,
    )
    from ...models.kling_video_start_body_model_version import (
        KlingVideoStartBodyModelVersion,
    )
    from ...models.kling_video_start_body_quality_mode import (
        KlingVideoStartBodyQualityMode,
    )
    from ...models.kling_video_start_body_resolution import (
        KlingVideoStartBodyResolution,
    )
    from ...models.kling_video_start_body_version import (
        KlingVideoStartBodyVersion,
    )

__all__ = ["KlingVideoStartParams"]


class KlingVideoStartParams(TypedDict, total=False):
    """The arguments of `kling_video.start`, for `client.kling_video.start(**params)`."""

    mode: Required[KlingVideoStartBodyMode]
    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    name: str
    version: KlingVideoStartBodyVersion
    model_version: KlingVideoStartBodyModelVersion
    resolution: KlingVideoStartBodyResolution
    quality_mode: KlingVideoStartBodyQualityMode
    duration: KlingVideoStartBodyDuration
    image_url: str | FileInput
    video_url: str | FileInput
    aspect_ratio: KlingVideoStartBodyAspectRatio
    sound: bool
    end_image_url: str | FileInput
    character_orientation: KlingVideoStartBodyCharacterOrientation
    negative_prompt: str
    seed: float
