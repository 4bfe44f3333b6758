"""The talking_video group's start arguments as TypedDicts, for `client.talking_video.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = ["TalkingVideoStartParams"]


class TalkingVideoStartParams(TypedDict, total=False):
    """The arguments of `talking_video.start`, for `client.talking_video.start(**params)`."""

    name: Required[str]
    video_url: Required[str | FileInput]
    prompt: Required[str]
    negative_prompt: Required[str]
    webhook_url: str
    webhook_token: str
    audio_url: str | FileInput
    duration: int
    user_video_twin_id: str
