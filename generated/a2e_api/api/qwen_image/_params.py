"""The qwen_image group's start arguments as TypedDicts, for `client.qwen_image.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.qwen_image_start_body_model import (
        QwenImageStartBodyModel,
    )
    from ...models.qwen_image_start_body_size import (
        QwenImageStartBodySize,
    )

__all__ = ["QwenImageStartParams"]


class QwenImageStartParams(TypedDict, total=False):
    """The arguments of `qwen_image.start`, for `client.qwen_image.start(**params)`."""

    name: Required[str]
    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    model: QwenImageStartBodyModel
    input_images: builtins.list[str | FileInput]
    size: QwenImageStartBodySize
