"""Typed resources over the endpoint functions: `Resources().<group>.<method>(...)`.

Generated from the spec's tags by the templates in `overlays/templates/`. Each method builds the
request with its endpoint module and hands it to a runner (the `a2e` package provides one), which
sends it, turns error envelopes into exceptions and parses the success envelope.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx
from attrs import define

from ..types import Unset

if TYPE_CHECKING:
    from .account import AccountResource, AsyncAccountResource
    from .avatar_videos import AsyncAvatarVideosResource, AvatarVideosResource
    from .backgrounds import AsyncBackgroundsResource, BackgroundsResource
    from .caption_removal import AsyncCaptionRemovalResource, CaptionRemovalResource
    from .credits_ import AsyncCreditsResource, CreditsResource
    from .custom_avatars import AsyncCustomAvatarsResource, CustomAvatarsResource
    from .dubbing import AsyncDubbingResource, DubbingResource
    from .face_swap import AsyncFaceSwapResource, FaceSwapResource
    from .image_to_video import AsyncImageToVideoResource, ImageToVideoResource
    from .storage import AsyncStorageResource, StorageResource
    from .streaming_avatar import AsyncStreamingAvatarResource, StreamingAvatarResource
    from .talking_photo import AsyncTalkingPhotoResource, TalkingPhotoResource
    from .video_twin import AsyncVideoTwinResource, VideoTwinResource
    from .voices import AsyncVoicesResource, VoicesResource

T = TypeVar("T")
U = TypeVar("U")

GROUPS: tuple[str, ...] = (
    "account",
    "avatar_videos",
    "backgrounds",
    "caption_removal",
    "credits",
    "custom_avatars",
    "dubbing",
    "face_swap",
    "image_to_video",
    "storage",
    "streaming_avatar",
    "talking_photo",
    "video_twin",
    "voices",
)
"""The attribute names of the API groups, in spec order."""


@define(frozen=True)
class RawResponse(Generic[T]):
    """A result together with the HTTP response that carried it."""

    data: T
    http_status: int
    headers: httpx.Headers
    trace_id: str | None
    """A2E's id for the request; quote it when reporting a problem."""

    def with_data(self, data: U) -> RawResponse[U]:
        return RawResponse(data, self.http_status, self.headers, self.trace_id)


class SyncRunner(Protocol):
    """Sends a request built by an endpoint module and returns its parsed success envelope."""

    def run(self, request: dict[str, Any], parse: Callable[..., object], success: type[T]) -> RawResponse[T]: ...


class AsyncRunner(Protocol):
    """The asynchronous twin of `SyncRunner`."""

    async def run(self, request: dict[str, Any], parse: Callable[..., object], success: type[T]) -> RawResponse[T]: ...


def check_path_param(name: str, value: object) -> None:
    """Reject path values that would silently address another URL (an empty id hits the list route)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty string")


def unset_to_none(value: Any) -> Any:
    """An undocumented `data` the server left out reads as None, not as the UNSET sentinel."""
    return None if isinstance(value, Unset) else value


class Resources:
    """The API groups, each built on first use so that importing stays cheap."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def account(self) -> AccountResource:
        from .account import AccountResource

        return AccountResource(self._runner)

    @functools.cached_property
    def avatar_videos(self) -> AvatarVideosResource:
        from .avatar_videos import AvatarVideosResource

        return AvatarVideosResource(self._runner)

    @functools.cached_property
    def backgrounds(self) -> BackgroundsResource:
        from .backgrounds import BackgroundsResource

        return BackgroundsResource(self._runner)

    @functools.cached_property
    def caption_removal(self) -> CaptionRemovalResource:
        from .caption_removal import CaptionRemovalResource

        return CaptionRemovalResource(self._runner)

    @functools.cached_property
    def credits(self) -> CreditsResource:
        from .credits_ import CreditsResource

        return CreditsResource(self._runner)

    @functools.cached_property
    def custom_avatars(self) -> CustomAvatarsResource:
        from .custom_avatars import CustomAvatarsResource

        return CustomAvatarsResource(self._runner)

    @functools.cached_property
    def dubbing(self) -> DubbingResource:
        from .dubbing import DubbingResource

        return DubbingResource(self._runner)

    @functools.cached_property
    def face_swap(self) -> FaceSwapResource:
        from .face_swap import FaceSwapResource

        return FaceSwapResource(self._runner)

    @functools.cached_property
    def image_to_video(self) -> ImageToVideoResource:
        from .image_to_video import ImageToVideoResource

        return ImageToVideoResource(self._runner)

    @functools.cached_property
    def storage(self) -> StorageResource:
        from .storage import StorageResource

        return StorageResource(self._runner)

    @functools.cached_property
    def streaming_avatar(self) -> StreamingAvatarResource:
        from .streaming_avatar import StreamingAvatarResource

        return StreamingAvatarResource(self._runner)

    @functools.cached_property
    def talking_photo(self) -> TalkingPhotoResource:
        from .talking_photo import TalkingPhotoResource

        return TalkingPhotoResource(self._runner)

    @functools.cached_property
    def video_twin(self) -> VideoTwinResource:
        from .video_twin import VideoTwinResource

        return VideoTwinResource(self._runner)

    @functools.cached_property
    def voices(self) -> VoicesResource:
        from .voices import VoicesResource

        return VoicesResource(self._runner)


class AsyncResources:
    """The API groups, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def account(self) -> AsyncAccountResource:
        from .account import AsyncAccountResource

        return AsyncAccountResource(self._runner)

    @functools.cached_property
    def avatar_videos(self) -> AsyncAvatarVideosResource:
        from .avatar_videos import AsyncAvatarVideosResource

        return AsyncAvatarVideosResource(self._runner)

    @functools.cached_property
    def backgrounds(self) -> AsyncBackgroundsResource:
        from .backgrounds import AsyncBackgroundsResource

        return AsyncBackgroundsResource(self._runner)

    @functools.cached_property
    def caption_removal(self) -> AsyncCaptionRemovalResource:
        from .caption_removal import AsyncCaptionRemovalResource

        return AsyncCaptionRemovalResource(self._runner)

    @functools.cached_property
    def credits(self) -> AsyncCreditsResource:
        from .credits_ import AsyncCreditsResource

        return AsyncCreditsResource(self._runner)

    @functools.cached_property
    def custom_avatars(self) -> AsyncCustomAvatarsResource:
        from .custom_avatars import AsyncCustomAvatarsResource

        return AsyncCustomAvatarsResource(self._runner)

    @functools.cached_property
    def dubbing(self) -> AsyncDubbingResource:
        from .dubbing import AsyncDubbingResource

        return AsyncDubbingResource(self._runner)

    @functools.cached_property
    def face_swap(self) -> AsyncFaceSwapResource:
        from .face_swap import AsyncFaceSwapResource

        return AsyncFaceSwapResource(self._runner)

    @functools.cached_property
    def image_to_video(self) -> AsyncImageToVideoResource:
        from .image_to_video import AsyncImageToVideoResource

        return AsyncImageToVideoResource(self._runner)

    @functools.cached_property
    def storage(self) -> AsyncStorageResource:
        from .storage import AsyncStorageResource

        return AsyncStorageResource(self._runner)

    @functools.cached_property
    def streaming_avatar(self) -> AsyncStreamingAvatarResource:
        from .streaming_avatar import AsyncStreamingAvatarResource

        return AsyncStreamingAvatarResource(self._runner)

    @functools.cached_property
    def talking_photo(self) -> AsyncTalkingPhotoResource:
        from .talking_photo import AsyncTalkingPhotoResource

        return AsyncTalkingPhotoResource(self._runner)

    @functools.cached_property
    def video_twin(self) -> AsyncVideoTwinResource:
        from .video_twin import AsyncVideoTwinResource

        return AsyncVideoTwinResource(self._runner)

    @functools.cached_property
    def voices(self) -> AsyncVoicesResource:
        from .voices import AsyncVoicesResource

        return AsyncVoicesResource(self._runner)
