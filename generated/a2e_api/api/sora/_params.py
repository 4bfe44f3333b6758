"""The sora group's start arguments as TypedDicts, for `client.sora.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.sora_start_body_aspect_ratio import (
        SoraStartBodyAspectRatio,
    )
    from ...models.sora_start_body_duration_seconds import (
        SoraStartBodyDurationSeconds,
    )
    from ...models.sora_start_body_model_type import (
        SoraStartBodyModelType,
    )
    from ...models.sora_start_body_quality import (
        SoraStartBodyQuality,
    )

__all__ = ["SoraStartParams"]


class SoraStartParams(TypedDict, total=False):
    """The arguments of `sora.start`, for `client.sora.start(**params)`."""

    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    name: str
    model_type: SoraStartBodyModelType
    image_urls: builtins.list[str | FileInput]
    aspect_ratio: SoraStartBodyAspectRatio
    duration_seconds: SoraStartBodyDurationSeconds
    quality: SoraStartBodyQuality
