"""The face_swap group's start arguments as TypedDicts, for `client.face_swap.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.face_swap_start_body_model_version import (
        FaceSwapStartBodyModelVersion,
    )

__all__ = ["FaceSwapPreviewParams", "FaceSwapStartParams"]


class FaceSwapPreviewParams(TypedDict, total=False):
    """The arguments of `face_swap.preview`, for `client.face_swap.preview(**params)`."""

    video_url: Required[str | FileInput]
    face_url: Required[str | FileInput]


class FaceSwapStartParams(TypedDict, total=False):
    """The arguments of `face_swap.start`, for `client.face_swap.start(**params)`."""

    name: Required[str]
    video_url: Required[str | FileInput]
    face_url: Required[str | FileInput]
    webhook_url: str
    webhook_token: str
    cover_url: str | FileInput
    model_version: FaceSwapStartBodyModelVersion
