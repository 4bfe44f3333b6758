"""The video_twin group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
import warnings
from typing import Any, cast

from ...models.error_envelope import ErrorEnvelope
from ...models.open_envelope import OpenEnvelope
from ...models.video_twin import VideoTwin
from ...models.video_twin_batch_detail_body import VideoTwinBatchDetailBody
from ...models.video_twin_continue_training_body import VideoTwinContinueTrainingBody
from ...models.video_twin_continue_training_legacy_body import (
    VideoTwinContinueTrainingLegacyBody,
)
from ...models.video_twin_continue_training_legacy_response_200 import (
    VideoTwinContinueTrainingLegacyResponse200,
)
from ...models.video_twin_continue_training_response_200 import (
    VideoTwinContinueTrainingResponse200,
)
from ...models.video_twin_delete_body import VideoTwinDeleteBody
from ...models.video_twin_eye_contact_body import VideoTwinEyeContactBody
from ...models.video_twin_list_reply import VideoTwinListReply
from ...models.video_twin_list_status import (
    VideoTwinListStatus,
    check_video_twin_list_status,
)
from ...models.video_twin_page import VideoTwinPage
from ...models.video_twin_page_reply import VideoTwinPageReply
from ...models.video_twin_reply import VideoTwinReply
from ...models.video_twin_retry_body import VideoTwinRetryBody
from ...models.video_twin_start_body import VideoTwinStartBody
from ...models.video_twin_train_body import VideoTwinTrainBody
from ...models.video_twin_upload_body import VideoTwinUploadBody
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    video_twin_batch_detail,
    video_twin_continue_training,
    video_twin_continue_training_legacy,
    video_twin_delete,
    video_twin_eye_contact,
    video_twin_get,
    video_twin_list,
    video_twin_list_all,
    video_twin_list_training,
    video_twin_retry,
    video_twin_start,
    video_twin_train,
    video_twin_upload,
    video_twin_upload_status,
)

__all__ = [
    "AsyncVideoTwinResource",
    "AsyncVideoTwinResourceWithRawResponse",
    "VideoTwinResource",
    "VideoTwinResourceWithRawResponse",
]


class VideoTwinResource:
    """Operations of the video_twin group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> VideoTwinResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return VideoTwinResourceWithRawResponse(self._runner)

    def start(
        self,
        *,
        name: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        video_url: str | Unset = UNSET,
        video_backgroud_color: str | Unset = UNSET,
        video_backgroud_image: str | Unset = UNSET,
        video_background_color: str | Unset = UNSET,
        video_background_image: str | Unset = UNSET,
        gender: str | Unset = UNSET,
        model_version: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        skip_preview: bool | Unset = UNSET,
        is_transcoding: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Create a custom avatar from a video or an image.

        Asynchronous: starts training a custom avatar ("video twin", the web app's "Quick Preview")
        from `video_url` (recommended: an MP4 or MOV of one clearly visible person, landscape or
        portrait, at least 10 s) or from `image_url` (beta; image mode is "version 2"). Returns the
        twin's record once accepted; wait with `get` until `current_status` is `completed` (public
        callers also stop as soon as `anchor_id` is set). The trained avatar then appears in
        `avatar_videos.list_characters` and is used with `anchor_type` 1 in `avatar_videos.generate`.
        Optionally train a personalised lip-sync model afterwards with `continue_training`.

        Billing (older docs): video mode is free; image mode costs 1 diamond per call (diamonds are
        exchanged from coins). URL rules: the file type is read from the URL's HTTP `Content-Type`,
        not its suffix; the URL must not contain spaces; redirects (3xx, e.g. http to https) are
        rejected; exactly one face must be visible.

        Some callers add the header `x-lang: en-US` (presumably for English error messages); it is
        optional and not modelled.

        Args:
            name: Name of the custom avatar.
            image_url: Image mode (beta, "version 2"; 1 diamond per call). Public URL of a photo showing
                exactly one face.
            video_url: Video mode (recommended, free). Public URL of an MP4 or MOV of the person, at least 10
                s, with a correct `Content-Type` and no redirect.
            video_backgroud_color: Background colour as RGBA, e.g. `rgba(255,255,255,1)`. A2E's own (misspelt) field name,
                sent by public callers; prefer it over `video_background_color`.
            video_backgroud_image: Public URL of a background image. A2E's own (misspelt) field name, sent by public
                callers; prefer it over `video_background_image`.
            video_background_color: The catalog's spelling of `video_backgroud_color` (background colour, RGBA). Public
                callers send the misspelt name.
            video_background_image: The catalog's spelling of `video_backgroud_image` (background image URL). Public callers
                send the misspelt name.
            gender: Gender of the person, `male` or `female` as public callers send it (not in the catalog).
            model_version: Image-mode model version (not in the catalog); public callers send `V2.0`, `V2.1` or
                `4.5`.
            prompt: Image mode: prompt for the generated motion (not in the catalog; sent by public
                callers).
            negative_prompt: Image mode: features to avoid (not in the catalog; sent by public callers).
            skip_preview: Skip the preview step (not in the catalog; public callers send `false`).
            is_transcoding: Let A2E transcode the source video first (not in the catalog; public callers send
                `true`).
            language: Language of the person's speech (not in the catalog; sent by one public caller).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinStartBody(
            name=name,
            image_url=image_url,
            video_url=video_url,
            video_backgroud_color=video_backgroud_color,
            video_backgroud_image=video_backgroud_image,
            video_background_color=video_background_color,
            video_background_image=video_background_image,
            gender=gender,
            model_version=model_version,
            prompt=prompt,
            negative_prompt=negative_prompt,
            skip_preview=skip_preview,
            is_transcoding=is_transcoding,
            language=language,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_start._parse_response, VideoTwinReply)
        return unset_to_none(raw.data.data)

    def continue_training(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Train a personalised lip-sync model.

        Asynchronous: "Continue Training" of an existing custom avatar, which trains its own
        lip-sync model for better lip-sync (about 2 hours; 1 diamond per run in video mode). Later
        videos of the avatar use the model automatically. Wait with `get` on the same `_id`.

        Args:
            id: The `_id` of the video twin whose training continues.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinContinueTrainingBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_continue_training._get_kwargs(
            body=body,
        )

        raw = self._runner.run(
            request, video_twin_continue_training._parse_response, VideoTwinContinueTrainingResponse200
        )
        return unset_to_none(raw.data.data)

    def continue_training_legacy(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Train a personalised lip-sync model (misspelt legacy path).

        Deprecated: use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the
        catalog's path. This is A2E's misspelt path ("Tranining"), which public callers use and which
        the server is known to answer; it takes the same `{_id}` body and starts the same job
        (about 2 hours, 1 diamond). Wait with `get` on the same `_id`. Callers send the header
        `x-lang: en-US` with it; that header is optional and not modelled.

        Args:
            id: The `_id` of the video twin whose training continues.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        warnings.warn(
            "video_twin.continue_training_legacy is deprecated: use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the catalog's path",
            DeprecationWarning,
            stacklevel=2,
        )

        body = VideoTwinContinueTrainingLegacyBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_continue_training_legacy._get_kwargs(
            body=body,
        )

        raw = self._runner.run(
            request, video_twin_continue_training_legacy._parse_response, VideoTwinContinueTrainingLegacyResponse200
        )
        return unset_to_none(raw.data.data)

    def retry(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Retry a failed video twin task.

        Asynchronous: asks for another processing attempt of an eligible failed video twin task.
        The reply only confirms acceptance; keep polling `get`. The catalog documents no request
        fields; `_id` is inferred from the sibling calls, and other fields pass through as given.

        Args:
            id: Inferred, not documented. The `_id` of the failed video twin task.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinRetryBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_retry._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_retry._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def eye_contact(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start eye-contact enhancement.

        Asynchronous: starts AI eye-contact enhancement of a video twin. The reply only confirms
        acceptance; wait with `get` on the same `_id`.

        Args:
            id: The `_id` of the video twin to enhance.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinEyeContactBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_eye_contact._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_eye_contact._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def get(
        self,
        id: str,
    ) -> Any:
        """Get a video twin.

        One video twin (custom avatar) with its training status. Poll this to wait for `start`,
        `continue_training`, `retry` or `eye_contact` (public callers poll every 4 to 20 s). Done
        when `current_status` is `completed`; some callers also treat a non-empty `anchor_id` as
        done. On `failed` the reason is in `failed_message`. Some callers send the header
        `x-lang: en-US`; it is optional and not modelled.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = video_twin_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, video_twin_get._parse_response, VideoTwinReply)
        return unset_to_none(raw.data.data)

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: VideoTwinListStatus | Unset = UNSET,
    ) -> Any:
        """List video twin tasks.

        The caller's video twins (custom avatar trainings) with their status, one page at a time,
        optionally filtered by status.

        Args:
            page_num:
            page_size:
            status:

        Returns:
            The reply's `data`.
        """

        request = video_twin_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
            status=status,
        )

        raw = self._runner.run(request, video_twin_list._parse_response, VideoTwinPageReply)
        return unset_to_none(raw.data.data)

    def list_all(
        self,
    ) -> Any:
        """List all video twins.

        All of the caller's video twins with their training state and results, in one unpaginated list.

        Returns:
            The reply's `data`.
        """

        request = video_twin_list_all._get_kwargs()

        raw = self._runner.run(request, video_twin_list_all._parse_response, VideoTwinListReply)
        return unset_to_none(raw.data.data)

    def list_training(
        self,
    ) -> Any:
        """List ongoing training tasks.

        The caller's video twin trainings that are still running. Not paginated.

        Returns:
            The reply's `data`.
        """

        request = video_twin_list_training._get_kwargs()

        raw = self._runner.run(request, video_twin_list_training._parse_response, VideoTwinListReply)
        return unset_to_none(raw.data.data)

    def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get several video twins.

        Fetches several video twin records by id in one call (up to 200 ids). Match results by `_id`,
        not by position.

        Args:
            ids: Video twin ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_batch_detail._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_batch_detail._parse_response, VideoTwinListReply)
        return unset_to_none(raw.data.data)

    def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Remove a custom avatar.

        Removes one video twin (custom avatar) from the caller's collection. An invalid id answers 400.

        Args:
            id: The `_id` of the video twin to remove.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_delete._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def upload(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Upload a file for a video twin.

        Uploads a file for video twin creation. The catalog documents neither the body fields nor
        the content type, so the body is open: send the fields through `extra_body`. To train from a
        local file the documented route is a URL: upload it with `/api/v1/r2/upload-presigned-url`
        (or copy a public URL in with `/api/v1/tos/transferToStorage`) and pass the URL to `start`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinUploadBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_upload._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_upload._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def upload_status(
        self,
    ) -> Any:
        """Get the video twin upload status.

        The upload status of the caller's video twin files (see `upload`).

        Returns:
            The reply's `data`.
        """

        request = video_twin_upload_status._get_kwargs()

        raw = self._runner.run(request, video_twin_upload_status._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def train(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start training (undocumented variant).

        Starts video twin training through the catalog's second, undocumented training route. The
        catalog documents no request fields and points to `start` (POST
        /api/v1/userVideoTwin/startTraining) as the documented variant; prefer `start`. The body is
        open: send the fields through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinTrainBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_train._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_train._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class VideoTwinResourceWithRawResponse:
    """Like `VideoTwinResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        name: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        video_url: str | Unset = UNSET,
        video_backgroud_color: str | Unset = UNSET,
        video_backgroud_image: str | Unset = UNSET,
        video_background_color: str | Unset = UNSET,
        video_background_image: str | Unset = UNSET,
        gender: str | Unset = UNSET,
        model_version: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        skip_preview: bool | Unset = UNSET,
        is_transcoding: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Create a custom avatar from a video or an image.

        Asynchronous: starts training a custom avatar ("video twin", the web app's "Quick Preview")
        from `video_url` (recommended: an MP4 or MOV of one clearly visible person, landscape or
        portrait, at least 10 s) or from `image_url` (beta; image mode is "version 2"). Returns the
        twin's record once accepted; wait with `get` until `current_status` is `completed` (public
        callers also stop as soon as `anchor_id` is set). The trained avatar then appears in
        `avatar_videos.list_characters` and is used with `anchor_type` 1 in `avatar_videos.generate`.
        Optionally train a personalised lip-sync model afterwards with `continue_training`.

        Billing (older docs): video mode is free; image mode costs 1 diamond per call (diamonds are
        exchanged from coins). URL rules: the file type is read from the URL's HTTP `Content-Type`,
        not its suffix; the URL must not contain spaces; redirects (3xx, e.g. http to https) are
        rejected; exactly one face must be visible.

        Some callers add the header `x-lang: en-US` (presumably for English error messages); it is
        optional and not modelled.

        Args:
            name: Name of the custom avatar.
            image_url: Image mode (beta, "version 2"; 1 diamond per call). Public URL of a photo showing
                exactly one face.
            video_url: Video mode (recommended, free). Public URL of an MP4 or MOV of the person, at least 10
                s, with a correct `Content-Type` and no redirect.
            video_backgroud_color: Background colour as RGBA, e.g. `rgba(255,255,255,1)`. A2E's own (misspelt) field name,
                sent by public callers; prefer it over `video_background_color`.
            video_backgroud_image: Public URL of a background image. A2E's own (misspelt) field name, sent by public
                callers; prefer it over `video_background_image`.
            video_background_color: The catalog's spelling of `video_backgroud_color` (background colour, RGBA). Public
                callers send the misspelt name.
            video_background_image: The catalog's spelling of `video_backgroud_image` (background image URL). Public callers
                send the misspelt name.
            gender: Gender of the person, `male` or `female` as public callers send it (not in the catalog).
            model_version: Image-mode model version (not in the catalog); public callers send `V2.0`, `V2.1` or
                `4.5`.
            prompt: Image mode: prompt for the generated motion (not in the catalog; sent by public
                callers).
            negative_prompt: Image mode: features to avoid (not in the catalog; sent by public callers).
            skip_preview: Skip the preview step (not in the catalog; public callers send `false`).
            is_transcoding: Let A2E transcode the source video first (not in the catalog; public callers send
                `true`).
            language: Language of the person's speech (not in the catalog; sent by one public caller).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinStartBody(
            name=name,
            image_url=image_url,
            video_url=video_url,
            video_backgroud_color=video_backgroud_color,
            video_backgroud_image=video_backgroud_image,
            video_background_color=video_background_color,
            video_background_image=video_background_image,
            gender=gender,
            model_version=model_version,
            prompt=prompt,
            negative_prompt=negative_prompt,
            skip_preview=skip_preview,
            is_transcoding=is_transcoding,
            language=language,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_start._parse_response, VideoTwinReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def continue_training(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Train a personalised lip-sync model.

        Asynchronous: "Continue Training" of an existing custom avatar, which trains its own
        lip-sync model for better lip-sync (about 2 hours; 1 diamond per run in video mode). Later
        videos of the avatar use the model automatically. Wait with `get` on the same `_id`.

        Args:
            id: The `_id` of the video twin whose training continues.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinContinueTrainingBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_continue_training._get_kwargs(
            body=body,
        )

        raw = self._runner.run(
            request, video_twin_continue_training._parse_response, VideoTwinContinueTrainingResponse200
        )
        return raw.with_data(unset_to_none(raw.data.data))

    def continue_training_legacy(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Train a personalised lip-sync model (misspelt legacy path).

        Deprecated: use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the
        catalog's path. This is A2E's misspelt path ("Tranining"), which public callers use and which
        the server is known to answer; it takes the same `{_id}` body and starts the same job
        (about 2 hours, 1 diamond). Wait with `get` on the same `_id`. Callers send the header
        `x-lang: en-US` with it; that header is optional and not modelled.

        Args:
            id: The `_id` of the video twin whose training continues.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        warnings.warn(
            "video_twin.continue_training_legacy is deprecated: use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the catalog's path",
            DeprecationWarning,
            stacklevel=2,
        )

        body = VideoTwinContinueTrainingLegacyBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_continue_training_legacy._get_kwargs(
            body=body,
        )

        raw = self._runner.run(
            request, video_twin_continue_training_legacy._parse_response, VideoTwinContinueTrainingLegacyResponse200
        )
        return raw.with_data(unset_to_none(raw.data.data))

    def retry(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Retry a failed video twin task.

        Asynchronous: asks for another processing attempt of an eligible failed video twin task.
        The reply only confirms acceptance; keep polling `get`. The catalog documents no request
        fields; `_id` is inferred from the sibling calls, and other fields pass through as given.

        Args:
            id: Inferred, not documented. The `_id` of the failed video twin task.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinRetryBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_retry._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_retry._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def eye_contact(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start eye-contact enhancement.

        Asynchronous: starts AI eye-contact enhancement of a video twin. The reply only confirms
        acceptance; wait with `get` on the same `_id`.

        Args:
            id: The `_id` of the video twin to enhance.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinEyeContactBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_eye_contact._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_eye_contact._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a video twin.

        One video twin (custom avatar) with its training status. Poll this to wait for `start`,
        `continue_training`, `retry` or `eye_contact` (public callers poll every 4 to 20 s). Done
        when `current_status` is `completed`; some callers also treat a non-empty `anchor_id` as
        done. On `failed` the reason is in `failed_message`. Some callers send the header
        `x-lang: en-US`; it is optional and not modelled.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = video_twin_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, video_twin_get._parse_response, VideoTwinReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: VideoTwinListStatus | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List video twin tasks.

        The caller's video twins (custom avatar trainings) with their status, one page at a time,
        optionally filtered by status.

        Args:
            page_num:
            page_size:
            status:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = video_twin_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
            status=status,
        )

        raw = self._runner.run(request, video_twin_list._parse_response, VideoTwinPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_all(
        self,
    ) -> RawResponse[Any]:
        """List all video twins.

        All of the caller's video twins with their training state and results, in one unpaginated list.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = video_twin_list_all._get_kwargs()

        raw = self._runner.run(request, video_twin_list_all._parse_response, VideoTwinListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_training(
        self,
    ) -> RawResponse[Any]:
        """List ongoing training tasks.

        The caller's video twin trainings that are still running. Not paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = video_twin_list_training._get_kwargs()

        raw = self._runner.run(request, video_twin_list_training._parse_response, VideoTwinListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get several video twins.

        Fetches several video twin records by id in one call (up to 200 ids). Match results by `_id`,
        not by position.

        Args:
            ids: Video twin ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_batch_detail._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_batch_detail._parse_response, VideoTwinListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Remove a custom avatar.

        Removes one video twin (custom avatar) from the caller's collection. An invalid id answers 400.

        Args:
            id: The `_id` of the video twin to remove.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_delete._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def upload(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Upload a file for a video twin.

        Uploads a file for video twin creation. The catalog documents neither the body fields nor
        the content type, so the body is open: send the fields through `extra_body`. To train from a
        local file the documented route is a URL: upload it with `/api/v1/r2/upload-presigned-url`
        (or copy a public URL in with `/api/v1/tos/transferToStorage`) and pass the URL to `start`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinUploadBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_upload._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_upload._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def upload_status(
        self,
    ) -> RawResponse[Any]:
        """Get the video twin upload status.

        The upload status of the caller's video twin files (see `upload`).

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = video_twin_upload_status._get_kwargs()

        raw = self._runner.run(request, video_twin_upload_status._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def train(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start training (undocumented variant).

        Starts video twin training through the catalog's second, undocumented training route. The
        catalog documents no request fields and points to `start` (POST
        /api/v1/userVideoTwin/startTraining) as the documented variant; prefer `start`. The body is
        open: send the fields through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinTrainBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_train._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, video_twin_train._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncVideoTwinResource:
    """Operations of the video_twin group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncVideoTwinResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncVideoTwinResourceWithRawResponse(self._runner)

    async def start(
        self,
        *,
        name: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        video_url: str | Unset = UNSET,
        video_backgroud_color: str | Unset = UNSET,
        video_backgroud_image: str | Unset = UNSET,
        video_background_color: str | Unset = UNSET,
        video_background_image: str | Unset = UNSET,
        gender: str | Unset = UNSET,
        model_version: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        skip_preview: bool | Unset = UNSET,
        is_transcoding: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Create a custom avatar from a video or an image.

        Asynchronous: starts training a custom avatar ("video twin", the web app's "Quick Preview")
        from `video_url` (recommended: an MP4 or MOV of one clearly visible person, landscape or
        portrait, at least 10 s) or from `image_url` (beta; image mode is "version 2"). Returns the
        twin's record once accepted; wait with `get` until `current_status` is `completed` (public
        callers also stop as soon as `anchor_id` is set). The trained avatar then appears in
        `avatar_videos.list_characters` and is used with `anchor_type` 1 in `avatar_videos.generate`.
        Optionally train a personalised lip-sync model afterwards with `continue_training`.

        Billing (older docs): video mode is free; image mode costs 1 diamond per call (diamonds are
        exchanged from coins). URL rules: the file type is read from the URL's HTTP `Content-Type`,
        not its suffix; the URL must not contain spaces; redirects (3xx, e.g. http to https) are
        rejected; exactly one face must be visible.

        Some callers add the header `x-lang: en-US` (presumably for English error messages); it is
        optional and not modelled.

        Args:
            name: Name of the custom avatar.
            image_url: Image mode (beta, "version 2"; 1 diamond per call). Public URL of a photo showing
                exactly one face.
            video_url: Video mode (recommended, free). Public URL of an MP4 or MOV of the person, at least 10
                s, with a correct `Content-Type` and no redirect.
            video_backgroud_color: Background colour as RGBA, e.g. `rgba(255,255,255,1)`. A2E's own (misspelt) field name,
                sent by public callers; prefer it over `video_background_color`.
            video_backgroud_image: Public URL of a background image. A2E's own (misspelt) field name, sent by public
                callers; prefer it over `video_background_image`.
            video_background_color: The catalog's spelling of `video_backgroud_color` (background colour, RGBA). Public
                callers send the misspelt name.
            video_background_image: The catalog's spelling of `video_backgroud_image` (background image URL). Public callers
                send the misspelt name.
            gender: Gender of the person, `male` or `female` as public callers send it (not in the catalog).
            model_version: Image-mode model version (not in the catalog); public callers send `V2.0`, `V2.1` or
                `4.5`.
            prompt: Image mode: prompt for the generated motion (not in the catalog; sent by public
                callers).
            negative_prompt: Image mode: features to avoid (not in the catalog; sent by public callers).
            skip_preview: Skip the preview step (not in the catalog; public callers send `false`).
            is_transcoding: Let A2E transcode the source video first (not in the catalog; public callers send
                `true`).
            language: Language of the person's speech (not in the catalog; sent by one public caller).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinStartBody(
            name=name,
            image_url=image_url,
            video_url=video_url,
            video_backgroud_color=video_backgroud_color,
            video_backgroud_image=video_backgroud_image,
            video_background_color=video_background_color,
            video_background_image=video_background_image,
            gender=gender,
            model_version=model_version,
            prompt=prompt,
            negative_prompt=negative_prompt,
            skip_preview=skip_preview,
            is_transcoding=is_transcoding,
            language=language,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_start._parse_response, VideoTwinReply)
        return unset_to_none(raw.data.data)

    async def continue_training(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Train a personalised lip-sync model.

        Asynchronous: "Continue Training" of an existing custom avatar, which trains its own
        lip-sync model for better lip-sync (about 2 hours; 1 diamond per run in video mode). Later
        videos of the avatar use the model automatically. Wait with `get` on the same `_id`.

        Args:
            id: The `_id` of the video twin whose training continues.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinContinueTrainingBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_continue_training._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(
            request, video_twin_continue_training._parse_response, VideoTwinContinueTrainingResponse200
        )
        return unset_to_none(raw.data.data)

    async def continue_training_legacy(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Train a personalised lip-sync model (misspelt legacy path).

        Deprecated: use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the
        catalog's path. This is A2E's misspelt path ("Tranining"), which public callers use and which
        the server is known to answer; it takes the same `{_id}` body and starts the same job
        (about 2 hours, 1 diamond). Wait with `get` on the same `_id`. Callers send the header
        `x-lang: en-US` with it; that header is optional and not modelled.

        Args:
            id: The `_id` of the video twin whose training continues.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        warnings.warn(
            "video_twin.continue_training_legacy is deprecated: use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the catalog's path",
            DeprecationWarning,
            stacklevel=2,
        )

        body = VideoTwinContinueTrainingLegacyBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_continue_training_legacy._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(
            request, video_twin_continue_training_legacy._parse_response, VideoTwinContinueTrainingLegacyResponse200
        )
        return unset_to_none(raw.data.data)

    async def retry(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Retry a failed video twin task.

        Asynchronous: asks for another processing attempt of an eligible failed video twin task.
        The reply only confirms acceptance; keep polling `get`. The catalog documents no request
        fields; `_id` is inferred from the sibling calls, and other fields pass through as given.

        Args:
            id: Inferred, not documented. The `_id` of the failed video twin task.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinRetryBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_retry._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_retry._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def eye_contact(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start eye-contact enhancement.

        Asynchronous: starts AI eye-contact enhancement of a video twin. The reply only confirms
        acceptance; wait with `get` on the same `_id`.

        Args:
            id: The `_id` of the video twin to enhance.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinEyeContactBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_eye_contact._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_eye_contact._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def get(
        self,
        id: str,
    ) -> Any:
        """Get a video twin.

        One video twin (custom avatar) with its training status. Poll this to wait for `start`,
        `continue_training`, `retry` or `eye_contact` (public callers poll every 4 to 20 s). Done
        when `current_status` is `completed`; some callers also treat a non-empty `anchor_id` as
        done. On `failed` the reason is in `failed_message`. Some callers send the header
        `x-lang: en-US`; it is optional and not modelled.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = video_twin_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, video_twin_get._parse_response, VideoTwinReply)
        return unset_to_none(raw.data.data)

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: VideoTwinListStatus | Unset = UNSET,
    ) -> Any:
        """List video twin tasks.

        The caller's video twins (custom avatar trainings) with their status, one page at a time,
        optionally filtered by status.

        Args:
            page_num:
            page_size:
            status:

        Returns:
            The reply's `data`.
        """

        request = video_twin_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
            status=status,
        )

        raw = await self._runner.run(request, video_twin_list._parse_response, VideoTwinPageReply)
        return unset_to_none(raw.data.data)

    async def list_all(
        self,
    ) -> Any:
        """List all video twins.

        All of the caller's video twins with their training state and results, in one unpaginated list.

        Returns:
            The reply's `data`.
        """

        request = video_twin_list_all._get_kwargs()

        raw = await self._runner.run(request, video_twin_list_all._parse_response, VideoTwinListReply)
        return unset_to_none(raw.data.data)

    async def list_training(
        self,
    ) -> Any:
        """List ongoing training tasks.

        The caller's video twin trainings that are still running. Not paginated.

        Returns:
            The reply's `data`.
        """

        request = video_twin_list_training._get_kwargs()

        raw = await self._runner.run(request, video_twin_list_training._parse_response, VideoTwinListReply)
        return unset_to_none(raw.data.data)

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get several video twins.

        Fetches several video twin records by id in one call (up to 200 ids). Match results by `_id`,
        not by position.

        Args:
            ids: Video twin ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_batch_detail._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_batch_detail._parse_response, VideoTwinListReply)
        return unset_to_none(raw.data.data)

    async def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Remove a custom avatar.

        Removes one video twin (custom avatar) from the caller's collection. An invalid id answers 400.

        Args:
            id: The `_id` of the video twin to remove.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_delete._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def upload(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Upload a file for a video twin.

        Uploads a file for video twin creation. The catalog documents neither the body fields nor
        the content type, so the body is open: send the fields through `extra_body`. To train from a
        local file the documented route is a URL: upload it with `/api/v1/r2/upload-presigned-url`
        (or copy a public URL in with `/api/v1/tos/transferToStorage`) and pass the URL to `start`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinUploadBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_upload._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_upload._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def upload_status(
        self,
    ) -> Any:
        """Get the video twin upload status.

        The upload status of the caller's video twin files (see `upload`).

        Returns:
            The reply's `data`.
        """

        request = video_twin_upload_status._get_kwargs()

        raw = await self._runner.run(request, video_twin_upload_status._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def train(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start training (undocumented variant).

        Starts video twin training through the catalog's second, undocumented training route. The
        catalog documents no request fields and points to `start` (POST
        /api/v1/userVideoTwin/startTraining) as the documented variant; prefer `start`. The body is
        open: send the fields through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VideoTwinTrainBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_train._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_train._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class AsyncVideoTwinResourceWithRawResponse:
    """Like `AsyncVideoTwinResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        name: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        video_url: str | Unset = UNSET,
        video_backgroud_color: str | Unset = UNSET,
        video_backgroud_image: str | Unset = UNSET,
        video_background_color: str | Unset = UNSET,
        video_background_image: str | Unset = UNSET,
        gender: str | Unset = UNSET,
        model_version: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        skip_preview: bool | Unset = UNSET,
        is_transcoding: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Create a custom avatar from a video or an image.

        Asynchronous: starts training a custom avatar ("video twin", the web app's "Quick Preview")
        from `video_url` (recommended: an MP4 or MOV of one clearly visible person, landscape or
        portrait, at least 10 s) or from `image_url` (beta; image mode is "version 2"). Returns the
        twin's record once accepted; wait with `get` until `current_status` is `completed` (public
        callers also stop as soon as `anchor_id` is set). The trained avatar then appears in
        `avatar_videos.list_characters` and is used with `anchor_type` 1 in `avatar_videos.generate`.
        Optionally train a personalised lip-sync model afterwards with `continue_training`.

        Billing (older docs): video mode is free; image mode costs 1 diamond per call (diamonds are
        exchanged from coins). URL rules: the file type is read from the URL's HTTP `Content-Type`,
        not its suffix; the URL must not contain spaces; redirects (3xx, e.g. http to https) are
        rejected; exactly one face must be visible.

        Some callers add the header `x-lang: en-US` (presumably for English error messages); it is
        optional and not modelled.

        Args:
            name: Name of the custom avatar.
            image_url: Image mode (beta, "version 2"; 1 diamond per call). Public URL of a photo showing
                exactly one face.
            video_url: Video mode (recommended, free). Public URL of an MP4 or MOV of the person, at least 10
                s, with a correct `Content-Type` and no redirect.
            video_backgroud_color: Background colour as RGBA, e.g. `rgba(255,255,255,1)`. A2E's own (misspelt) field name,
                sent by public callers; prefer it over `video_background_color`.
            video_backgroud_image: Public URL of a background image. A2E's own (misspelt) field name, sent by public
                callers; prefer it over `video_background_image`.
            video_background_color: The catalog's spelling of `video_backgroud_color` (background colour, RGBA). Public
                callers send the misspelt name.
            video_background_image: The catalog's spelling of `video_backgroud_image` (background image URL). Public callers
                send the misspelt name.
            gender: Gender of the person, `male` or `female` as public callers send it (not in the catalog).
            model_version: Image-mode model version (not in the catalog); public callers send `V2.0`, `V2.1` or
                `4.5`.
            prompt: Image mode: prompt for the generated motion (not in the catalog; sent by public
                callers).
            negative_prompt: Image mode: features to avoid (not in the catalog; sent by public callers).
            skip_preview: Skip the preview step (not in the catalog; public callers send `false`).
            is_transcoding: Let A2E transcode the source video first (not in the catalog; public callers send
                `true`).
            language: Language of the person's speech (not in the catalog; sent by one public caller).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinStartBody(
            name=name,
            image_url=image_url,
            video_url=video_url,
            video_backgroud_color=video_backgroud_color,
            video_backgroud_image=video_backgroud_image,
            video_background_color=video_background_color,
            video_background_image=video_background_image,
            gender=gender,
            model_version=model_version,
            prompt=prompt,
            negative_prompt=negative_prompt,
            skip_preview=skip_preview,
            is_transcoding=is_transcoding,
            language=language,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_start._parse_response, VideoTwinReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def continue_training(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Train a personalised lip-sync model.

        Asynchronous: "Continue Training" of an existing custom avatar, which trains its own
        lip-sync model for better lip-sync (about 2 hours; 1 diamond per run in video mode). Later
        videos of the avatar use the model automatically. Wait with `get` on the same `_id`.

        Args:
            id: The `_id` of the video twin whose training continues.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinContinueTrainingBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_continue_training._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(
            request, video_twin_continue_training._parse_response, VideoTwinContinueTrainingResponse200
        )
        return raw.with_data(unset_to_none(raw.data.data))

    async def continue_training_legacy(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Train a personalised lip-sync model (misspelt legacy path).

        Deprecated: use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the
        catalog's path. This is A2E's misspelt path ("Tranining"), which public callers use and which
        the server is known to answer; it takes the same `{_id}` body and starts the same job
        (about 2 hours, 1 diamond). Wait with `get` on the same `_id`. Callers send the header
        `x-lang: en-US` with it; that header is optional and not modelled.

        Args:
            id: The `_id` of the video twin whose training continues.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        warnings.warn(
            "video_twin.continue_training_legacy is deprecated: use `continue_training` (POST /api/v1/userVideoTwin/continueTraining), the catalog's path",
            DeprecationWarning,
            stacklevel=2,
        )

        body = VideoTwinContinueTrainingLegacyBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_continue_training_legacy._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(
            request, video_twin_continue_training_legacy._parse_response, VideoTwinContinueTrainingLegacyResponse200
        )
        return raw.with_data(unset_to_none(raw.data.data))

    async def retry(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Retry a failed video twin task.

        Asynchronous: asks for another processing attempt of an eligible failed video twin task.
        The reply only confirms acceptance; keep polling `get`. The catalog documents no request
        fields; `_id` is inferred from the sibling calls, and other fields pass through as given.

        Args:
            id: Inferred, not documented. The `_id` of the failed video twin task.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinRetryBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_retry._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_retry._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def eye_contact(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start eye-contact enhancement.

        Asynchronous: starts AI eye-contact enhancement of a video twin. The reply only confirms
        acceptance; wait with `get` on the same `_id`.

        Args:
            id: The `_id` of the video twin to enhance.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinEyeContactBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_eye_contact._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_eye_contact._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a video twin.

        One video twin (custom avatar) with its training status. Poll this to wait for `start`,
        `continue_training`, `retry` or `eye_contact` (public callers poll every 4 to 20 s). Done
        when `current_status` is `completed`; some callers also treat a non-empty `anchor_id` as
        done. On `failed` the reason is in `failed_message`. Some callers send the header
        `x-lang: en-US`; it is optional and not modelled.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = video_twin_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, video_twin_get._parse_response, VideoTwinReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: VideoTwinListStatus | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List video twin tasks.

        The caller's video twins (custom avatar trainings) with their status, one page at a time,
        optionally filtered by status.

        Args:
            page_num:
            page_size:
            status:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = video_twin_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
            status=status,
        )

        raw = await self._runner.run(request, video_twin_list._parse_response, VideoTwinPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_all(
        self,
    ) -> RawResponse[Any]:
        """List all video twins.

        All of the caller's video twins with their training state and results, in one unpaginated list.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = video_twin_list_all._get_kwargs()

        raw = await self._runner.run(request, video_twin_list_all._parse_response, VideoTwinListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_training(
        self,
    ) -> RawResponse[Any]:
        """List ongoing training tasks.

        The caller's video twin trainings that are still running. Not paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = video_twin_list_training._get_kwargs()

        raw = await self._runner.run(request, video_twin_list_training._parse_response, VideoTwinListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get several video twins.

        Fetches several video twin records by id in one call (up to 200 ids). Match results by `_id`,
        not by position.

        Args:
            ids: Video twin ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_batch_detail._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_batch_detail._parse_response, VideoTwinListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Remove a custom avatar.

        Removes one video twin (custom avatar) from the caller's collection. An invalid id answers 400.

        Args:
            id: The `_id` of the video twin to remove.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_delete._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def upload(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Upload a file for a video twin.

        Uploads a file for video twin creation. The catalog documents neither the body fields nor
        the content type, so the body is open: send the fields through `extra_body`. To train from a
        local file the documented route is a URL: upload it with `/api/v1/r2/upload-presigned-url`
        (or copy a public URL in with `/api/v1/tos/transferToStorage`) and pass the URL to `start`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinUploadBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_upload._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_upload._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def upload_status(
        self,
    ) -> RawResponse[Any]:
        """Get the video twin upload status.

        The upload status of the caller's video twin files (see `upload`).

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = video_twin_upload_status._get_kwargs()

        raw = await self._runner.run(request, video_twin_upload_status._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def train(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start training (undocumented variant).

        Starts video twin training through the catalog's second, undocumented training route. The
        catalog documents no request fields and points to `start` (POST
        /api/v1/userVideoTwin/startTraining) as the documented variant; prefer `start`. The body is
        open: send the fields through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VideoTwinTrainBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = video_twin_train._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, video_twin_train._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))
