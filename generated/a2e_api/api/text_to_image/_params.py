"""The text_to_image group's start arguments as TypedDicts, for `client.text_to_image.<start>(**params)`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    from ...models.text_to_image_start_body_aspect_ratio import (
        TextToImageStartBodyAspectRatio,
    )
    from ...models.text_to_image_start_body_model_type import (
        TextToImageStartBodyModelType,
    )
    from ...models.text_to_image_start_body_req_key import (
        TextToImageStartBodyReqKey,
    )
    from ...models.text_to_image_start_legacy_body_aspect_ratio import (
        TextToImageStartLegacyBodyAspectRatio,
    )
    from ...models.text_to_image_start_legacy_body_model_type import (
        TextToImageStartLegacyBodyModelType,
    )
    from ...models.text_to_image_start_legacy_body_req_key import (
        TextToImageStartLegacyBodyReqKey,
    )

__all__ = ["TextToImageStartParams", "TextToImageStartLegacyParams"]


class TextToImageStartParams(TypedDict, total=False):
    """The arguments of `text_to_image.start`, for `client.text_to_image.start(**params)`."""

    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    name: str
    width: int
    height: int
    model_type: TextToImageStartBodyModelType
    model_version: str
    req_key: TextToImageStartBodyReqKey
    input_images: builtins.list[str | FileInput]
    skip_face_enhance: bool
    aspect_ratio: TextToImageStartBodyAspectRatio
    max_images: int


class TextToImageStartLegacyParams(TypedDict, total=False):
    """The arguments of `text_to_image.start_legacy`, for `client.text_to_image.start_legacy(**params)`."""

    prompt: Required[str]
    webhook_url: str
    webhook_token: str
    name: str
    width: int
    height: int
    model_type: TextToImageStartLegacyBodyModelType
    model_version: str
    req_key: TextToImageStartLegacyBodyReqKey
    input_images: builtins.list[str | FileInput]
    skip_face_enhance: bool
    aspect_ratio: TextToImageStartLegacyBodyAspectRatio
    max_images: int
