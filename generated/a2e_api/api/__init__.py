"""Typed resources over the API: `Resources(runner).<group>.<method>(...)`.

Generated from the spec by the templates in `overlays/templates/`. Each method hands its
operation's descriptor and arguments to a runner (the `a2e` package provides one), which checks
the arguments, sends the request, turns error replies into exceptions and parses the `data`.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, cast

import httpx

from ..descriptors import Operation
from ..types import CallOptions, NotGiven

if TYPE_CHECKING:
    from .account import AccountResource
    from .account._async import AsyncAccountResource
    from .actor_swap import ActorSwapResource
    from .actor_swap._async import AsyncActorSwapResource
    from .avatar_videos import AvatarVideosResource
    from .avatar_videos._async import AsyncAvatarVideosResource
    from .backgrounds import BackgroundsResource
    from .backgrounds._async import AsyncBackgroundsResource
    from .caption_removal import CaptionRemovalResource
    from .caption_removal._async import AsyncCaptionRemovalResource
    from .credits_ import CreditsResource
    from .credits_._async import AsyncCreditsResource
    from .custom_avatars import CustomAvatarsResource
    from .custom_avatars._async import AsyncCustomAvatarsResource
    from .dubbing import DubbingResource
    from .dubbing._async import AsyncDubbingResource
    from .face_swap import FaceSwapResource
    from .face_swap._async import AsyncFaceSwapResource
    from .flux_2 import Flux2Resource
    from .flux_2._async import AsyncFlux2Resource
    from .gpt_image import GptImageResource
    from .gpt_image._async import AsyncGptImageResource
    from .grok import GrokResource
    from .grok._async import AsyncGrokResource
    from .happyhorse import HappyhorseResource
    from .happyhorse._async import AsyncHappyhorseResource
    from .head_swap import HeadSwapResource
    from .head_swap._async import AsyncHeadSwapResource
    from .image_edit import ImageEditResource
    from .image_edit._async import AsyncImageEditResource
    from .image_to_video import ImageToVideoResource
    from .image_to_video._async import AsyncImageToVideoResource
    from .kling_image import KlingImageResource
    from .kling_image._async import AsyncKlingImageResource
    from .kling_omni import KlingOmniResource
    from .kling_omni._async import AsyncKlingOmniResource
    from .kling_video import KlingVideoResource
    from .kling_video._async import AsyncKlingVideoResource
    from .motion_transfer import MotionTransferResource
    from .motion_transfer._async import AsyncMotionTransferResource
    from .nano_banana import NanoBananaResource
    from .nano_banana._async import AsyncNanoBananaResource
    from .photobook import PhotobookResource
    from .photobook._async import AsyncPhotobookResource
    from .product_avatar import ProductAvatarResource
    from .product_avatar._async import AsyncProductAvatarResource
    from .qwen_image import QwenImageResource
    from .qwen_image._async import AsyncQwenImageResource
    from .seedance import SeedanceResource
    from .seedance._async import AsyncSeedanceResource
    from .seedance_2 import Seedance2Resource
    from .seedance_2._async import AsyncSeedance2Resource
    from .sora import SoraResource
    from .sora._async import AsyncSoraResource
    from .storage import StorageResource
    from .storage._async import AsyncStorageResource
    from .streaming_avatar import StreamingAvatarResource
    from .streaming_avatar._async import AsyncStreamingAvatarResource
    from .talking_photo import TalkingPhotoResource
    from .talking_photo._async import AsyncTalkingPhotoResource
    from .talking_video import TalkingVideoResource
    from .talking_video._async import AsyncTalkingVideoResource
    from .text_to_image import TextToImageResource
    from .text_to_image._async import AsyncTextToImageResource
    from .thinksound import ThinksoundResource
    from .thinksound._async import AsyncThinksoundResource
    from .upscale import UpscaleResource
    from .upscale._async import AsyncUpscaleResource
    from .veo import VeoResource
    from .veo._async import AsyncVeoResource
    from .video_twin import VideoTwinResource
    from .video_twin._async import AsyncVideoTwinResource
    from .virtual_try_on import VirtualTryOnResource
    from .virtual_try_on._async import AsyncVirtualTryOnResource
    from .voices import VoicesResource
    from .voices._async import AsyncVoicesResource
    from .wan import WanResource
    from .wan._async import AsyncWanResource
    from .wan_3 import Wan3Resource
    from .wan_3._async import AsyncWan3Resource
    from .wan_spicy import WanSpicyResource
    from .wan_spicy._async import AsyncWanSpicyResource

T = TypeVar("T")
P = ParamSpec("P")

GROUPS: tuple[str, ...] = (
    "account",
    "actor_swap",
    "avatar_videos",
    "backgrounds",
    "caption_removal",
    "credits",
    "custom_avatars",
    "dubbing",
    "face_swap",
    "flux_2",
    "gpt_image",
    "grok",
    "happyhorse",
    "head_swap",
    "image_edit",
    "image_to_video",
    "kling_image",
    "kling_omni",
    "kling_video",
    "motion_transfer",
    "nano_banana",
    "photobook",
    "product_avatar",
    "qwen_image",
    "seedance",
    "seedance_2",
    "sora",
    "storage",
    "streaming_avatar",
    "talking_photo",
    "talking_video",
    "text_to_image",
    "thinksound",
    "upscale",
    "veo",
    "video_twin",
    "virtual_try_on",
    "voices",
    "wan",
    "wan_3",
    "wan_spicy",
)
"""The attribute names of the API groups, in spec order."""

GROUP_MODULES: dict[str, str] = {
    "account": "account",
    "actor_swap": "actor_swap",
    "avatar_videos": "avatar_videos",
    "backgrounds": "backgrounds",
    "caption_removal": "caption_removal",
    "credits": "credits_",
    "custom_avatars": "custom_avatars",
    "dubbing": "dubbing",
    "face_swap": "face_swap",
    "flux_2": "flux_2",
    "gpt_image": "gpt_image",
    "grok": "grok",
    "happyhorse": "happyhorse",
    "head_swap": "head_swap",
    "image_edit": "image_edit",
    "image_to_video": "image_to_video",
    "kling_image": "kling_image",
    "kling_omni": "kling_omni",
    "kling_video": "kling_video",
    "motion_transfer": "motion_transfer",
    "nano_banana": "nano_banana",
    "photobook": "photobook",
    "product_avatar": "product_avatar",
    "qwen_image": "qwen_image",
    "seedance": "seedance",
    "seedance_2": "seedance_2",
    "sora": "sora",
    "storage": "storage",
    "streaming_avatar": "streaming_avatar",
    "talking_photo": "talking_photo",
    "talking_video": "talking_video",
    "text_to_image": "text_to_image",
    "thinksound": "thinksound",
    "upscale": "upscale",
    "veo": "veo",
    "video_twin": "video_twin",
    "virtual_try_on": "virtual_try_on",
    "voices": "voices",
    "wan": "wan",
    "wan_3": "wan_3",
    "wan_spicy": "wan_spicy",
}
"""Each group's module under `a2e_api.api` (the generator appends `_` to a builtin's name: `credits_`)."""


def operation(operation_id: str) -> Operation:
    """The descriptor of an operation, by operationId (`<group>_<method>`), importing its group."""
    import importlib

    group = max((g for g in GROUPS if operation_id.startswith(g + "_")), key=len, default=None)
    if group is None:
        raise KeyError(operation_id)
    found: Operation = importlib.import_module(f"{__name__}.{GROUP_MODULES[group]}")._OPS[operation_id]
    return found


DEFAULT_WAIT_TIMEOUT = 7200.0
"""Seconds a `wait` lasts by default: A2E fails a job that has not finished after 2 hours."""

Timeout = float | httpx.Timeout | None
"""Seconds for each attempt in all (connect, send, the whole reply), or an `httpx.Timeout`; None: no limit."""
Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]


class RawResponse(Generic[T]):
    """A result together with the HTTP response that carried it."""

    __slots__ = ("data", "headers", "http_status", "trace_id")

    def __init__(self, data: T, http_status: int, headers: httpx.Headers, trace_id: str | None) -> None:
        self.data = data
        self.http_status = http_status
        self.headers = headers
        self.trace_id = trace_id
        """A2E's id for the request; quote it when reporting a problem."""

    def __repr__(self) -> str:
        return f"RawResponse(http_status={self.http_status}, trace_id={self.trace_id!r}, data={self.data!r})"


RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("a2e_raw_response", default=False)
"""Set while a `with_raw_response` method runs: the runner then returns a `RawResponse`."""


def raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = RAW_RESPONSE.set(True)
        try:
            return cast(RawResponse[T], method(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return wrapper


def async_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = RAW_RESPONSE.set(True)
        try:
            return cast(RawResponse[T], await method(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return wrapper


if TYPE_CHECKING:
    from a2e import JobFailedError

    # What the generated methods need from a client (the `a2e` package implements both); only
    # type checkers read these, so they cost nothing at import.

    class SyncRunner(Protocol):
        """What the generated methods need from a client (the `a2e` package implements it)."""

        def call(
            self, operation: Operation, arguments: dict[str, Any], parse: Callable[[Any], T], options: CallOptions
        ) -> T: ...

        def paginate(
            self, operation: Operation, arguments: dict[str, Any], parse_row: Callable[[Any], T], options: CallOptions
        ) -> Iterator[T]: ...

        def wait(
            self,
            start: Operation,
            task_id: str,
            parse: Callable[[Any], Any],
            parse_done: Callable[[Any], T],
            timeout: float,
            on_update: Callable[[Any], object] | None,
        ) -> T: ...

        def wait_many(
            self,
            start: Operation,
            task_ids: list[str],
            parse: Callable[[Any], Any],
            parse_done: Callable[[Any], T],
            timeout: float,
            on_update: Callable[[Any], object] | None,
        ) -> list[T | JobFailedError]: ...

        def quote(
            self, operation: Operation, arguments: dict[str, Any], parse: Callable[[Any], T], options: CallOptions
        ) -> T: ...

    class AsyncRunner(Protocol):
        """The asynchronous twin of `SyncRunner`."""

        async def call(
            self, operation: Operation, arguments: dict[str, Any], parse: Callable[[Any], T], options: CallOptions
        ) -> T: ...

        def paginate(
            self, operation: Operation, arguments: dict[str, Any], parse_row: Callable[[Any], T], options: CallOptions
        ) -> AsyncIterator[T]: ...

        async def wait(
            self,
            start: Operation,
            task_id: str,
            parse: Callable[[Any], Any],
            parse_done: Callable[[Any], T],
            timeout: float,
            on_update: Callable[[Any], object] | None,
        ) -> T: ...

        async def wait_many(
            self,
            start: Operation,
            task_ids: list[str],
            parse: Callable[[Any], Any],
            parse_done: Callable[[Any], T],
            timeout: float,
            on_update: Callable[[Any], object] | None,
        ) -> list[T | JobFailedError]: ...

        async def quote(
            self, operation: Operation, arguments: dict[str, Any], parse: Callable[[Any], T], options: CallOptions
        ) -> T: ...


class Resources:
    """The API groups, each built on first use."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def account(self) -> AccountResource:
        from .account import AccountResource

        return AccountResource(self._runner)

    @functools.cached_property
    def actor_swap(self) -> ActorSwapResource:
        from .actor_swap import ActorSwapResource

        return ActorSwapResource(self._runner)

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
    def flux_2(self) -> Flux2Resource:
        from .flux_2 import Flux2Resource

        return Flux2Resource(self._runner)

    @functools.cached_property
    def gpt_image(self) -> GptImageResource:
        from .gpt_image import GptImageResource

        return GptImageResource(self._runner)

    @functools.cached_property
    def grok(self) -> GrokResource:
        from .grok import GrokResource

        return GrokResource(self._runner)

    @functools.cached_property
    def happyhorse(self) -> HappyhorseResource:
        from .happyhorse import HappyhorseResource

        return HappyhorseResource(self._runner)

    @functools.cached_property
    def head_swap(self) -> HeadSwapResource:
        from .head_swap import HeadSwapResource

        return HeadSwapResource(self._runner)

    @functools.cached_property
    def image_edit(self) -> ImageEditResource:
        from .image_edit import ImageEditResource

        return ImageEditResource(self._runner)

    @functools.cached_property
    def image_to_video(self) -> ImageToVideoResource:
        from .image_to_video import ImageToVideoResource

        return ImageToVideoResource(self._runner)

    @functools.cached_property
    def kling_image(self) -> KlingImageResource:
        from .kling_image import KlingImageResource

        return KlingImageResource(self._runner)

    @functools.cached_property
    def kling_omni(self) -> KlingOmniResource:
        from .kling_omni import KlingOmniResource

        return KlingOmniResource(self._runner)

    @functools.cached_property
    def kling_video(self) -> KlingVideoResource:
        from .kling_video import KlingVideoResource

        return KlingVideoResource(self._runner)

    @functools.cached_property
    def motion_transfer(self) -> MotionTransferResource:
        from .motion_transfer import MotionTransferResource

        return MotionTransferResource(self._runner)

    @functools.cached_property
    def nano_banana(self) -> NanoBananaResource:
        from .nano_banana import NanoBananaResource

        return NanoBananaResource(self._runner)

    @functools.cached_property
    def photobook(self) -> PhotobookResource:
        from .photobook import PhotobookResource

        return PhotobookResource(self._runner)

    @functools.cached_property
    def product_avatar(self) -> ProductAvatarResource:
        from .product_avatar import ProductAvatarResource

        return ProductAvatarResource(self._runner)

    @functools.cached_property
    def qwen_image(self) -> QwenImageResource:
        from .qwen_image import QwenImageResource

        return QwenImageResource(self._runner)

    @functools.cached_property
    def seedance(self) -> SeedanceResource:
        from .seedance import SeedanceResource

        return SeedanceResource(self._runner)

    @functools.cached_property
    def seedance_2(self) -> Seedance2Resource:
        from .seedance_2 import Seedance2Resource

        return Seedance2Resource(self._runner)

    @functools.cached_property
    def sora(self) -> SoraResource:
        from .sora import SoraResource

        return SoraResource(self._runner)

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
    def talking_video(self) -> TalkingVideoResource:
        from .talking_video import TalkingVideoResource

        return TalkingVideoResource(self._runner)

    @functools.cached_property
    def text_to_image(self) -> TextToImageResource:
        from .text_to_image import TextToImageResource

        return TextToImageResource(self._runner)

    @functools.cached_property
    def thinksound(self) -> ThinksoundResource:
        from .thinksound import ThinksoundResource

        return ThinksoundResource(self._runner)

    @functools.cached_property
    def upscale(self) -> UpscaleResource:
        from .upscale import UpscaleResource

        return UpscaleResource(self._runner)

    @functools.cached_property
    def veo(self) -> VeoResource:
        from .veo import VeoResource

        return VeoResource(self._runner)

    @functools.cached_property
    def video_twin(self) -> VideoTwinResource:
        from .video_twin import VideoTwinResource

        return VideoTwinResource(self._runner)

    @functools.cached_property
    def virtual_try_on(self) -> VirtualTryOnResource:
        from .virtual_try_on import VirtualTryOnResource

        return VirtualTryOnResource(self._runner)

    @functools.cached_property
    def voices(self) -> VoicesResource:
        from .voices import VoicesResource

        return VoicesResource(self._runner)

    @functools.cached_property
    def wan(self) -> WanResource:
        from .wan import WanResource

        return WanResource(self._runner)

    @functools.cached_property
    def wan_3(self) -> Wan3Resource:
        from .wan_3 import Wan3Resource

        return Wan3Resource(self._runner)

    @functools.cached_property
    def wan_spicy(self) -> WanSpicyResource:
        from .wan_spicy import WanSpicyResource

        return WanSpicyResource(self._runner)


class AsyncResources:
    """The API groups, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def account(self) -> AsyncAccountResource:
        from .account._async import AsyncAccountResource

        return AsyncAccountResource(self._runner)

    @functools.cached_property
    def actor_swap(self) -> AsyncActorSwapResource:
        from .actor_swap._async import AsyncActorSwapResource

        return AsyncActorSwapResource(self._runner)

    @functools.cached_property
    def avatar_videos(self) -> AsyncAvatarVideosResource:
        from .avatar_videos._async import AsyncAvatarVideosResource

        return AsyncAvatarVideosResource(self._runner)

    @functools.cached_property
    def backgrounds(self) -> AsyncBackgroundsResource:
        from .backgrounds._async import AsyncBackgroundsResource

        return AsyncBackgroundsResource(self._runner)

    @functools.cached_property
    def caption_removal(self) -> AsyncCaptionRemovalResource:
        from .caption_removal._async import AsyncCaptionRemovalResource

        return AsyncCaptionRemovalResource(self._runner)

    @functools.cached_property
    def credits(self) -> AsyncCreditsResource:
        from .credits_._async import AsyncCreditsResource

        return AsyncCreditsResource(self._runner)

    @functools.cached_property
    def custom_avatars(self) -> AsyncCustomAvatarsResource:
        from .custom_avatars._async import AsyncCustomAvatarsResource

        return AsyncCustomAvatarsResource(self._runner)

    @functools.cached_property
    def dubbing(self) -> AsyncDubbingResource:
        from .dubbing._async import AsyncDubbingResource

        return AsyncDubbingResource(self._runner)

    @functools.cached_property
    def face_swap(self) -> AsyncFaceSwapResource:
        from .face_swap._async import AsyncFaceSwapResource

        return AsyncFaceSwapResource(self._runner)

    @functools.cached_property
    def flux_2(self) -> AsyncFlux2Resource:
        from .flux_2._async import AsyncFlux2Resource

        return AsyncFlux2Resource(self._runner)

    @functools.cached_property
    def gpt_image(self) -> AsyncGptImageResource:
        from .gpt_image._async import AsyncGptImageResource

        return AsyncGptImageResource(self._runner)

    @functools.cached_property
    def grok(self) -> AsyncGrokResource:
        from .grok._async import AsyncGrokResource

        return AsyncGrokResource(self._runner)

    @functools.cached_property
    def happyhorse(self) -> AsyncHappyhorseResource:
        from .happyhorse._async import AsyncHappyhorseResource

        return AsyncHappyhorseResource(self._runner)

    @functools.cached_property
    def head_swap(self) -> AsyncHeadSwapResource:
        from .head_swap._async import AsyncHeadSwapResource

        return AsyncHeadSwapResource(self._runner)

    @functools.cached_property
    def image_edit(self) -> AsyncImageEditResource:
        from .image_edit._async import AsyncImageEditResource

        return AsyncImageEditResource(self._runner)

    @functools.cached_property
    def image_to_video(self) -> AsyncImageToVideoResource:
        from .image_to_video._async import AsyncImageToVideoResource

        return AsyncImageToVideoResource(self._runner)

    @functools.cached_property
    def kling_image(self) -> AsyncKlingImageResource:
        from .kling_image._async import AsyncKlingImageResource

        return AsyncKlingImageResource(self._runner)

    @functools.cached_property
    def kling_omni(self) -> AsyncKlingOmniResource:
        from .kling_omni._async import AsyncKlingOmniResource

        return AsyncKlingOmniResource(self._runner)

    @functools.cached_property
    def kling_video(self) -> AsyncKlingVideoResource:
        from .kling_video._async import AsyncKlingVideoResource

        return AsyncKlingVideoResource(self._runner)

    @functools.cached_property
    def motion_transfer(self) -> AsyncMotionTransferResource:
        from .motion_transfer._async import AsyncMotionTransferResource

        return AsyncMotionTransferResource(self._runner)

    @functools.cached_property
    def nano_banana(self) -> AsyncNanoBananaResource:
        from .nano_banana._async import AsyncNanoBananaResource

        return AsyncNanoBananaResource(self._runner)

    @functools.cached_property
    def photobook(self) -> AsyncPhotobookResource:
        from .photobook._async import AsyncPhotobookResource

        return AsyncPhotobookResource(self._runner)

    @functools.cached_property
    def product_avatar(self) -> AsyncProductAvatarResource:
        from .product_avatar._async import AsyncProductAvatarResource

        return AsyncProductAvatarResource(self._runner)

    @functools.cached_property
    def qwen_image(self) -> AsyncQwenImageResource:
        from .qwen_image._async import AsyncQwenImageResource

        return AsyncQwenImageResource(self._runner)

    @functools.cached_property
    def seedance(self) -> AsyncSeedanceResource:
        from .seedance._async import AsyncSeedanceResource

        return AsyncSeedanceResource(self._runner)

    @functools.cached_property
    def seedance_2(self) -> AsyncSeedance2Resource:
        from .seedance_2._async import AsyncSeedance2Resource

        return AsyncSeedance2Resource(self._runner)

    @functools.cached_property
    def sora(self) -> AsyncSoraResource:
        from .sora._async import AsyncSoraResource

        return AsyncSoraResource(self._runner)

    @functools.cached_property
    def storage(self) -> AsyncStorageResource:
        from .storage._async import AsyncStorageResource

        return AsyncStorageResource(self._runner)

    @functools.cached_property
    def streaming_avatar(self) -> AsyncStreamingAvatarResource:
        from .streaming_avatar._async import AsyncStreamingAvatarResource

        return AsyncStreamingAvatarResource(self._runner)

    @functools.cached_property
    def talking_photo(self) -> AsyncTalkingPhotoResource:
        from .talking_photo._async import AsyncTalkingPhotoResource

        return AsyncTalkingPhotoResource(self._runner)

    @functools.cached_property
    def talking_video(self) -> AsyncTalkingVideoResource:
        from .talking_video._async import AsyncTalkingVideoResource

        return AsyncTalkingVideoResource(self._runner)

    @functools.cached_property
    def text_to_image(self) -> AsyncTextToImageResource:
        from .text_to_image._async import AsyncTextToImageResource

        return AsyncTextToImageResource(self._runner)

    @functools.cached_property
    def thinksound(self) -> AsyncThinksoundResource:
        from .thinksound._async import AsyncThinksoundResource

        return AsyncThinksoundResource(self._runner)

    @functools.cached_property
    def upscale(self) -> AsyncUpscaleResource:
        from .upscale._async import AsyncUpscaleResource

        return AsyncUpscaleResource(self._runner)

    @functools.cached_property
    def veo(self) -> AsyncVeoResource:
        from .veo._async import AsyncVeoResource

        return AsyncVeoResource(self._runner)

    @functools.cached_property
    def video_twin(self) -> AsyncVideoTwinResource:
        from .video_twin._async import AsyncVideoTwinResource

        return AsyncVideoTwinResource(self._runner)

    @functools.cached_property
    def virtual_try_on(self) -> AsyncVirtualTryOnResource:
        from .virtual_try_on._async import AsyncVirtualTryOnResource

        return AsyncVirtualTryOnResource(self._runner)

    @functools.cached_property
    def voices(self) -> AsyncVoicesResource:
        from .voices._async import AsyncVoicesResource

        return AsyncVoicesResource(self._runner)

    @functools.cached_property
    def wan(self) -> AsyncWanResource:
        from .wan._async import AsyncWanResource

        return AsyncWanResource(self._runner)

    @functools.cached_property
    def wan_3(self) -> AsyncWan3Resource:
        from .wan_3._async import AsyncWan3Resource

        return AsyncWan3Resource(self._runner)

    @functools.cached_property
    def wan_spicy(self) -> AsyncWanSpicyResource:
        from .wan_spicy._async import AsyncWanSpicyResource

        return AsyncWanSpicyResource(self._runner)
