"""The seedance group's start arguments as TypedDicts, for `client.seedance.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.seedance_start_body_aspect_ratio import (
        SeedanceStartBodyAspectRatio,
    )
    from ...models.seedance_start_body_duration import (
        SeedanceStartBodyDuration,
    )
    from ...models.seedance_start_body_mode import (
        SeedanceStartBodyMode,
    )
    from ...models.seedance_start_body_resolution import (
        SeedanceStartBodyResolution,
    )

__all__ = ["SeedanceStartParams"]


class SeedanceStartParams(TypedDict, total=False):
    """The arguments of `seedance.start`, for `client.seedance.start(**params)`."""

    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    name: str
    mode: SeedanceStartBodyMode
    image_url: str | FileInput
    end_image_url: str | FileInput
    duration: SeedanceStartBodyDuration
    aspect_ratio: SeedanceStartBodyAspectRatio
    resolution: SeedanceStartBodyResolution
    camera_fixed: bool
    generate_audio: bool
