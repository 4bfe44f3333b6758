"""The actor_swap group's start arguments as TypedDicts, for `client.actor_swap.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from ...types import (
    FileInput,
)

if TYPE_CHECKING:
    pass

__all__ = ["ActorSwapStartParams"]


class ActorSwapStartParams(TypedDict, total=False):
    """The arguments of `actor_swap.start`, for `client.actor_swap.start(**params)`."""

    image_url: Required[str | FileInput]
    video_url: Required[str | FileInput]
    webhook_url: str
    webhook_token: str
    name: str
    prompt: str
    negative_prompt: str
    timeout_: int
