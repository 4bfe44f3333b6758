"""The flux_2 group's start arguments as TypedDicts, for `client.flux_2.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.flux_2_start_body_aspect_ratio import (
        Flux2StartBodyAspectRatio,
    )
    from ...models.flux_2_start_body_resolution import (
        Flux2StartBodyResolution,
    )

__all__ = ["Flux2StartParams"]


class Flux2StartParams(TypedDict, total=False):
    """The arguments of `flux_2.start`, for `client.flux_2.start(**params)`."""

    name: Required[str]
    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    input_images: builtins.list[str | FileInput]
    aspect_ratio: Flux2StartBodyAspectRatio
    resolution: Flux2StartBodyResolution
    force_generate: bool
