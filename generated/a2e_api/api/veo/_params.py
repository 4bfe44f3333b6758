"""The veo group's start arguments as TypedDicts, for `client.veo.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.veo_start_body_aspect_ratio import (
        VeoStartBodyAspectRatio,
    )
    from ...models.veo_start_body_generation_type import (
        VeoStartBodyGenerationType,
    )
    from ...models.veo_start_body_model import (
        VeoStartBodyModel,
    )

__all__ = ["VeoStartParams"]


class VeoStartParams(TypedDict, total=False):
    """The arguments of `veo.start`, for `client.veo.start(**params)`."""

    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    name: str
    generation_type: VeoStartBodyGenerationType
    image_urls: builtins.list[str | FileInput]
    model: VeoStartBodyModel
    aspect_ratio: VeoStartBodyAspectRatio
    watermark: str
    seeds: float
