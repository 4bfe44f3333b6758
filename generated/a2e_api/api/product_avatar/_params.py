"""The product_avatar group's start arguments as TypedDicts, for `client.product_avatar.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.product_avatar_rect import ProductAvatarRect

__all__ = ["ProductAvatarStartParams"]


class ProductAvatarStartParams(TypedDict, total=False):
    """The arguments of `product_avatar.start`, for `client.product_avatar.start(**params)`."""

    image_urls: Required[builtins.list[str | FileInput]]
    product_rect: Required[ProductAvatarRect | dict[str, Any]]
    webhook_url: str
    webhook_token: str
    name: str
    prompt: str
    timeout_: float
