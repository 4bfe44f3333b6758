"""The caption_removal group's start arguments as TypedDicts, for `client.caption_removal.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = ["CaptionRemovalStartParams", "CaptionRemovalRetryParams"]


class CaptionRemovalStartParams(TypedDict, total=False):
    """The arguments of `caption_removal.start`, for `client.caption_removal.start(**params)`."""

    name: Required[str]
    source_url: Required[str | FileInput]
    webhook_url: str
    webhook_token: str


class CaptionRemovalRetryParams(TypedDict, total=False):
    """The arguments of `caption_removal.retry`, for `client.caption_removal.retry(**params)`."""

    id: Required[str]
