"""The virtual_try_on group's start arguments as TypedDicts, for `client.virtual_try_on.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = ["VirtualTryOnStartParams"]


class VirtualTryOnStartParams(TypedDict, total=False):
    """The arguments of `virtual_try_on.start`, for `client.virtual_try_on.start(**params)`."""

    image_urls: Required[builtins.list[str | FileInput]]
    webhook_url: str
    webhook_token: str
    name: str
    timeout_: float
