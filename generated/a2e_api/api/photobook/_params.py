"""The photobook group's start arguments as TypedDicts, for `client.photobook.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.photobook_start_body_total_count import (
        PhotobookStartBodyTotalCount,
    )

__all__ = ["PhotobookStartParams"]


class PhotobookStartParams(TypedDict, total=False):
    """The arguments of `photobook.start`, for `client.photobook.start(**params)`."""

    face_image_url: Required[str | FileInput]
    name: str
    location: str
    clothing: str
    total_count: PhotobookStartBodyTotalCount
