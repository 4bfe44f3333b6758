"""The video_twin group's start arguments as TypedDicts, for `client.video_twin.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = [
    "VideoTwinStartParams",
    "VideoTwinContinueTrainingParams",
    "VideoTwinContinueTrainingLegacyParams",
    "VideoTwinRetryParams",
    "VideoTwinEyeContactParams",
    "VideoTwinTrainParams",
]


class VideoTwinStartParams(TypedDict, total=False):
    """The arguments of `video_twin.start`, for `client.video_twin.start(**params)`."""

    name: str
    image_url: str | FileInput
    video_url: str | FileInput
    video_backgroud_color: str
    video_backgroud_image: str | FileInput
    video_background_color: str
    video_background_image: str | FileInput
    gender: str
    model_version: str
    prompt: str
    negative_prompt: str
    skip_preview: bool
    is_transcoding: bool
    language: str


class VideoTwinContinueTrainingParams(TypedDict, total=False):
    """The arguments of `video_twin.continue_training`, for `client.video_twin.continue_training(**params)`."""

    id: Required[str]


class VideoTwinContinueTrainingLegacyParams(TypedDict, total=False):
    """The arguments of `video_twin.continue_training_legacy`, for `client.video_twin.continue_training_legacy(**params)`."""

    id: Required[str]


class VideoTwinRetryParams(TypedDict, total=False):
    """The arguments of `video_twin.retry`, for `client.video_twin.retry(**params)`."""

    id: Required[str]


class VideoTwinEyeContactParams(TypedDict, total=False):
    """The arguments of `video_twin.eye_contact`, for `client.video_twin.eye_contact(**params)`."""

    id: str


class VideoTwinTrainParams(TypedDict, total=False):
    """The arguments of `video_twin.train`, for `client.video_twin.train(**params)`."""
