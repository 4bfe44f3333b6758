"""The upscale group's start arguments as TypedDicts, for `client.upscale.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = ["UpscaleStartParams"]


class UpscaleStartParams(TypedDict, total=False):
    """The arguments of `upscale.start`, for `client.upscale.start(**params)`."""

    source_url: Required[str | FileInput]
    webhook_url: str
    webhook_token: str
    name: str
