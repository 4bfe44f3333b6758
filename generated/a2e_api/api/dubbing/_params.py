"""The dubbing group's start arguments as TypedDicts, for `client.dubbing.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = ["DubbingStartParams"]


class DubbingStartParams(TypedDict, total=False):
    """The arguments of `dubbing.start`, for `client.dubbing.start(**params)`."""

    webhook_url: str
    webhook_token: str
    name: str
    source_url: str | FileInput
    source_lang: str
    target_lang: str
    num_speakers: int
    drop_background_audio: bool
