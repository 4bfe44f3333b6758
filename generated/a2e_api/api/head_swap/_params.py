"""The head_swap group's start arguments as TypedDicts, for `client.head_swap.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = ["HeadSwapStartParams"]


class HeadSwapStartParams(TypedDict, total=False):
    """The arguments of `head_swap.start`, for `client.head_swap.start(**params)`."""

    image_url: Required[str | FileInput]
    target_image_url: Required[str | FileInput]
    webhook_url: str
    webhook_token: str
    minor_suspected_skip: bool
