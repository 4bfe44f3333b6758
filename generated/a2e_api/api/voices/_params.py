"""The voices group's start arguments as TypedDicts, for `client.voices.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.voices_train_body_gender import (
        VoicesTrainBodyGender,
    )
    from ...models.voices_train_body_model import (
        VoicesTrainBodyModel,
    )

__all__ = ["VoicesTrainParams"]


class VoicesTrainParams(TypedDict, total=False):
    """The arguments of `voices.train`, for `client.voices.train(**params)`."""

    name: Required[str]
    voice_urls: Required[builtins.list[str | FileInput]]
    webhook_url: str
    webhook_token: str
    gender: VoicesTrainBodyGender
    denoise: bool
    enhance_voice_similarity: bool
    model: VoicesTrainBodyModel
    language: str
