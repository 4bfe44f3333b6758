"""The thinksound group's start arguments as TypedDicts, for `client.thinksound.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = ["ThinksoundStartParams"]


class ThinksoundStartParams(TypedDict, total=False):
    """The arguments of `thinksound.start`, for `client.thinksound.start(**params)`."""

    video_url: Required[str | FileInput]
    webhook_url: str
    webhook_token: str
    name: str
    caption: str
    cot_description: str
    seed: float
