"""The grok group's start arguments as TypedDicts, for `client.grok.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.grok_start_body_aspect_ratio import (
        GrokStartBodyAspectRatio,
    )
    from ...models.grok_start_body_duration import (
        GrokStartBodyDuration,
    )
    from ...models.grok_start_body_mode import (
        GrokStartBodyMode,
    )
    from ...models.grok_start_body_model_type import (
        GrokStartBodyModelType,
    )
    from ...models.grok_start_body_model_version import (
        GrokStartBodyModelVersion,
    )

__all__ = ["GrokStartParams"]


class GrokStartParams(TypedDict, total=False):
    """The arguments of `grok.start`, for `client.grok.start(**params)`."""

    webhook_url: str
    webhook_token: str
    name: str
    model_type: GrokStartBodyModelType
    model_version: GrokStartBodyModelVersion
    prompt: str
    mode: GrokStartBodyMode
    image_urls: builtins.list[str | FileInput]
    image_url: str | FileInput
    aspect_ratio: GrokStartBodyAspectRatio
    duration: GrokStartBodyDuration
    nsfw_checker: bool
