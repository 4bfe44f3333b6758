"""The kling_image group's start arguments as TypedDicts, for `client.kling_image.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.kling_image_start_body_aspect_ratio import (
        KlingImageStartBodyAspectRatio,
    )
    from ...models.kling_image_start_body_resolution import (
        KlingImageStartBodyResolution,
    )

__all__ = ["KlingImageStartParams"]


class KlingImageStartParams(TypedDict, total=False):
    """The arguments of `kling_image.start`, for `client.kling_image.start(**params)`."""

    name: Required[str]
    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    input_images: builtins.list[str | FileInput]
    aspect_ratio: KlingImageStartBodyAspectRatio
    resolution: KlingImageStartBodyResolution
    n: int
