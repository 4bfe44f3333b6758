"""The image_edit group's start arguments as TypedDicts, for `client.image_edit.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.image_edit_start_body_edit_type import (
        ImageEditStartBodyEditType,
    )

__all__ = ["ImageEditStartParams"]


class ImageEditStartParams(TypedDict, total=False):
    """The arguments of `image_edit.start`, for `client.image_edit.start(**params)`."""

    edit_type: Required[ImageEditStartBodyEditType]
    image_urls: Required[builtins.list[str | FileInput]]
    webhook_url: str
    webhook_token: str
    name: str
    timeout_: float
