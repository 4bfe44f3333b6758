"""The kling_omni group's start arguments as TypedDicts, for `client.kling_omni.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.kling_omni_start_body_aspect_ratio import (
        KlingOmniStartBodyAspectRatio,
    )
    from ...models.kling_omni_start_body_mode import (
        KlingOmniStartBodyMode,
    )
    from ...models.kling_omni_start_body_multi_prompt_item import (
        KlingOmniStartBodyMultiPromptItem,
    )
    from ...models.kling_omni_start_body_shot_type import (
        KlingOmniStartBodyShotType,
    )

__all__ = ["KlingOmniStartParams"]


class KlingOmniStartParams(TypedDict, total=False):
    """The arguments of `kling_omni.start`, for `client.kling_omni.start(**params)`."""

    webhook_url: str
    webhook_token: str
    name: str
    prompt: str
    image_list: builtins.list[str | FileInput]
    mode: KlingOmniStartBodyMode
    duration: str
    aspect_ratio: KlingOmniStartBodyAspectRatio
    sound: bool
    multi_shot: bool
    shot_type: KlingOmniStartBodyShotType
    multi_prompt: builtins.list[KlingOmniStartBodyMultiPromptItem]
