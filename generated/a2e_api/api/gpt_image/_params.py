"""The gpt_image group's start arguments as TypedDicts, for `client.gpt_image.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.gpt_image_start_body_aspect_ratio import (
        GptImageStartBodyAspectRatio,
    )
    from ...models.gpt_image_start_body_model import (
        GptImageStartBodyModel,
    )
    from ...models.gpt_image_start_body_quality import (
        GptImageStartBodyQuality,
    )
    from ...models.gpt_image_start_body_resolution import (
        GptImageStartBodyResolution,
    )

__all__ = ["GptImageStartParams"]


class GptImageStartParams(TypedDict, total=False):
    """The arguments of `gpt_image.start`, for `client.gpt_image.start(**params)`."""

    name: Required[str]
    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    input_images: builtins.list[str | FileInput]
    model: GptImageStartBodyModel
    aspect_ratio: GptImageStartBodyAspectRatio
    quality: GptImageStartBodyQuality
    resolution: GptImageStartBodyResolution
    force_generate: bool
