"""The talking_photo group's start arguments as TypedDicts, for `client.talking_photo.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = ["TalkingPhotoStartParams"]


class TalkingPhotoStartParams(TypedDict, total=False):
    """The arguments of `talking_photo.start`, for `client.talking_photo.start(**params)`."""

    name: Required[str]
    image_url: Required[str | FileInput]
    prompt: Required[str]
    negative_prompt: Required[str]
    webhook_url: str
    webhook_token: str
    audio_url: str | FileInput
    duration: int
