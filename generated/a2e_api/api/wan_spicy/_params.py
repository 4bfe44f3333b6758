"""The wan_spicy group's start arguments as TypedDicts, for `client.wan_spicy.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.wan_spicy_start_body_model import (
        WanSpicyStartBodyModel,
    )
    from ...models.wan_spicy_start_body_resolution import (
        WanSpicyStartBodyResolution,
    )

__all__ = ["WanSpicyStartParams"]


class WanSpicyStartParams(TypedDict, total=False):
    """The arguments of `wan_spicy.start`, for `client.wan_spicy.start(**params)`."""

    prompt: Required[str]
    image_url: Required[str | FileInput]
    resolution: Required[WanSpicyStartBodyResolution]
    duration: Required[float]
    webhook_url: str
    webhook_token: str
    model: WanSpicyStartBodyModel
    name: str
    negative_prompt: str
    audio_url: str | FileInput
    prompt_extend: bool
    seed: int
    minor_suspected_skip: bool
