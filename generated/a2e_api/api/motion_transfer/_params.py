"""The motion_transfer group's start arguments as TypedDicts, for `client.motion_transfer.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = ["MotionTransferStartParams"]


class MotionTransferStartParams(TypedDict, total=False):
    """The arguments of `motion_transfer.start`, for `client.motion_transfer.start(**params)`."""

    video_url: Required[str | FileInput]
    webhook_url: str
    webhook_token: str
    name: str
    image_url: str | FileInput
    user_video_twin_id: str
    positive_prompt: str
    negative_prompt: str
    timeout_: float
