"""The nano_banana group's start arguments as TypedDicts, for `client.nano_banana.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.nano_banana_start_body_aspect_ratio import (
        NanoBananaStartBodyAspectRatio,
    )
    from ...models.nano_banana_start_body_image_size import (
        NanoBananaStartBodyImageSize,
    )
    from ...models.nano_banana_start_body_model import (
        NanoBananaStartBodyModel,
    )

__all__ = ["NanoBananaStartParams"]


class NanoBananaStartParams(TypedDict, total=False):
    """The arguments of `nano_banana.start`, for `client.nano_banana.start(**params)`."""

    name: Required[str]
    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    model: NanoBananaStartBodyModel
    input_images: builtins.list[str | FileInput]
    aspect_ratio: NanoBananaStartBodyAspectRatio
    image_size: NanoBananaStartBodyImageSize
    google_search: bool
    force_generate: bool
