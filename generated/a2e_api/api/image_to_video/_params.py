"""The image_to_video group's start arguments as TypedDicts, for `client.image_to_video.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.image_to_video_start_body_model_type import (
        ImageToVideoStartBodyModelType,
    )
    from ...models.image_to_video_start_body_model_version import (
        ImageToVideoStartBodyModelVersion,
    )

__all__ = ["ImageToVideoStartParams"]


class ImageToVideoStartParams(TypedDict, total=False):
    """The arguments of `image_to_video.start`, for `client.image_to_video.start(**params)`."""

    image_url: Required[str | FileInput]
    webhook_url: str
    webhook_token: str
    name: str
    prompt: str
    negative_prompt: str
    lora: str
    model_type: ImageToVideoStartBodyModelType
    model_version: ImageToVideoStartBodyModelVersion
    end_image_url: str | FileInput
    extend_prompt: bool
    number_of_images: int
    video_time: int
    video_length: int
    skip_face_enhance: bool
    mask_face: bool
    minor_suspected_skip: bool
