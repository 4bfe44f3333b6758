"""The face_swap group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
from typing import Any, cast

from ...models.error_envelope import ErrorEnvelope
from ...models.face_swap_add_image_body import FaceSwapAddImageBody
from ...models.face_swap_batch_detail_body import FaceSwapBatchDetailBody
from ...models.face_swap_image import FaceSwapImage
from ...models.face_swap_image_list_reply import FaceSwapImageListReply
from ...models.face_swap_preview import FaceSwapPreview
from ...models.face_swap_preview_body import FaceSwapPreviewBody
from ...models.face_swap_preview_reply import FaceSwapPreviewReply
from ...models.face_swap_start_body import FaceSwapStartBody
from ...models.face_swap_start_body_model_version import (
    FaceSwapStartBodyModelVersion,
    check_face_swap_start_body_model_version,
)
from ...models.face_swap_task import FaceSwapTask
from ...models.face_swap_task_list_reply import FaceSwapTaskListReply
from ...models.face_swap_task_page import FaceSwapTaskPage
from ...models.face_swap_task_page_reply import FaceSwapTaskPageReply
from ...models.face_swap_task_reply import FaceSwapTaskReply
from ...models.face_swap_task_status import FaceSwapTaskStatus
from ...models.face_swap_task_status_list_reply import FaceSwapTaskStatusListReply
from ...models.open_envelope import OpenEnvelope
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    face_swap_add_image,
    face_swap_batch_detail,
    face_swap_delete,
    face_swap_delete_image,
    face_swap_get,
    face_swap_list,
    face_swap_list_images,
    face_swap_preview,
    face_swap_preview_status,
    face_swap_start,
    face_swap_status,
)

__all__ = [
    "AsyncFaceSwapResource",
    "AsyncFaceSwapResourceWithRawResponse",
    "FaceSwapResource",
    "FaceSwapResourceWithRawResponse",
]


class FaceSwapResource:
    """Operations of the face_swap group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> FaceSwapResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return FaceSwapResourceWithRawResponse(self._runner)

    def add_image(
        self,
        *,
        face_url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Save a face image.

        Saves a face image (by URL) in the caller's face-swap library for reuse in previews and tasks.
        Synchronous. The reply's `data` is a LIST of face records (the docs example returns the whole
        library, not only the new entry); the server may re-host the URL, so match records by `_id`,
        not by comparing URLs.

        Args:
            face_url: Public URL of the face image to save.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = FaceSwapAddImageBody(
            face_url=face_url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_add_image._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, face_swap_add_image._parse_response, FaceSwapImageListReply)
        return unset_to_none(raw.data.data)

    def list_images(
        self,
    ) -> Any:
        """List saved face images.

        The caller's saved face images, whose `_id`s can be deleted with `delete_image`. Not paginated.

        Returns:
            The reply's `data`.
        """

        request = face_swap_list_images._get_kwargs()

        raw = self._runner.run(request, face_swap_list_images._parse_response, FaceSwapImageListReply)
        return unset_to_none(raw.data.data)

    def delete_image(
        self,
        id: str,
    ) -> Any:
        """Delete a saved face image.

        Removes one face image from the caller's face-swap library. A malformed id answers 400.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = face_swap_delete_image._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, face_swap_delete_image._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def preview(
        self,
        *,
        video_url: str,
        face_url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start a face swap preview.

        Asynchronous: a quick face-swap preview of `face_url` on `video_url` (the target may be an
        image; the docs example uses a .jpeg), to check the result before a full task. Returns the
        preview record once accepted; wait with `preview_status`. No webhook fields.

        Args:
            video_url: Public URL of the target video (or image) whose face is replaced.
            face_url: Public URL of the face image to swap in.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = FaceSwapPreviewBody(
            video_url=video_url,
            face_url=face_url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_preview._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, face_swap_preview._parse_response, FaceSwapPreviewReply)
        return unset_to_none(raw.data.data)

    def preview_status(
        self,
        *,
        id: str | Unset = UNSET,
    ) -> Any:
        """Get a face swap preview.

        The status of one preview, by `_id` in the query; once `completed`, `result_url` holds the
        preview. Poll this to wait for a preview.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        request = face_swap_preview_status._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, face_swap_preview_status._parse_response, FaceSwapPreviewReply)
        return unset_to_none(raw.data.data)

    def start(
        self,
        *,
        name: str,
        video_url: str,
        face_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        model_version: FaceSwapStartBodyModelVersion | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start a face swap task.

        Asynchronous: replaces the face in `video_url` with `face_url`. Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
        `model_version` `v1` (the default per the catalog's text) is the JAH pipeline; `v2` runs on
        ComfyUI and works on images only.

        Args:
            name: Task name.
            video_url: Public URL of the video whose face is replaced.
            face_url: Public URL of the face image to swap in.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            cover_url: Optional cover image URL.
            model_version: `v1`: JAH pipeline (the default per the catalog's text); `v2`: ComfyUI, images only.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = FaceSwapStartBody(
            name=name,
            video_url=video_url,
            face_url=face_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            cover_url=cover_url,
            model_version=model_version,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, face_swap_start._parse_response, FaceSwapTaskReply)
        return unset_to_none(raw.data.data)

    def list(
        self,
        *,
        page_num: int,
        page_size: int,
    ) -> Any:
        """List face swap tasks.

        The caller's face swap tasks, one page at a time, with the total `count`. Invalid paging answers
        400.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = face_swap_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = self._runner.run(request, face_swap_list._parse_response, FaceSwapTaskPageReply)
        return unset_to_none(raw.data.data)

    def status(
        self,
    ) -> Any:
        """List the status of face swap tasks.

        Status entries of the caller's face swap tasks (the docs example shows one still
        `processing`); takes no task id. `data` is a LIST: find a task by `_id`, or use `get`.

        Returns:
            The reply's `data`.
        """

        request = face_swap_status._get_kwargs()

        raw = self._runner.run(request, face_swap_status._parse_response, FaceSwapTaskStatusListReply)
        return unset_to_none(raw.data.data)

    def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get several face swap tasks.

        Fetches several tasks by id in one call (up to 200). Match results by `_id`, not by position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = FaceSwapBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_batch_detail._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, face_swap_batch_detail._parse_response, FaceSwapTaskListReply)
        return unset_to_none(raw.data.data)

    def get(
        self,
        id: str,
    ) -> Any:
        """Get a face swap task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task;
        the failure text is in `faild_message` (sic).

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = face_swap_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, face_swap_get._parse_response, FaceSwapTaskReply)
        return unset_to_none(raw.data.data)

    def delete(
        self,
        id: str,
    ) -> Any:
        """Delete a face swap task.

        Removes a task from the history. Do not assume a running task is cancelled. A malformed id
        answers 400.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = face_swap_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, face_swap_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class FaceSwapResourceWithRawResponse:
    """Like `FaceSwapResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def add_image(
        self,
        *,
        face_url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Save a face image.

        Saves a face image (by URL) in the caller's face-swap library for reuse in previews and tasks.
        Synchronous. The reply's `data` is a LIST of face records (the docs example returns the whole
        library, not only the new entry); the server may re-host the URL, so match records by `_id`,
        not by comparing URLs.

        Args:
            face_url: Public URL of the face image to save.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = FaceSwapAddImageBody(
            face_url=face_url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_add_image._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, face_swap_add_image._parse_response, FaceSwapImageListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_images(
        self,
    ) -> RawResponse[Any]:
        """List saved face images.

        The caller's saved face images, whose `_id`s can be deleted with `delete_image`. Not paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = face_swap_list_images._get_kwargs()

        raw = self._runner.run(request, face_swap_list_images._parse_response, FaceSwapImageListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete_image(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a saved face image.

        Removes one face image from the caller's face-swap library. A malformed id answers 400.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = face_swap_delete_image._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, face_swap_delete_image._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def preview(
        self,
        *,
        video_url: str,
        face_url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start a face swap preview.

        Asynchronous: a quick face-swap preview of `face_url` on `video_url` (the target may be an
        image; the docs example uses a .jpeg), to check the result before a full task. Returns the
        preview record once accepted; wait with `preview_status`. No webhook fields.

        Args:
            video_url: Public URL of the target video (or image) whose face is replaced.
            face_url: Public URL of the face image to swap in.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = FaceSwapPreviewBody(
            video_url=video_url,
            face_url=face_url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_preview._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, face_swap_preview._parse_response, FaceSwapPreviewReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def preview_status(
        self,
        *,
        id: str | Unset = UNSET,
    ) -> RawResponse[Any]:
        """Get a face swap preview.

        The status of one preview, by `_id` in the query; once `completed`, `result_url` holds the
        preview. Poll this to wait for a preview.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = face_swap_preview_status._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, face_swap_preview_status._parse_response, FaceSwapPreviewReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def start(
        self,
        *,
        name: str,
        video_url: str,
        face_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        model_version: FaceSwapStartBodyModelVersion | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start a face swap task.

        Asynchronous: replaces the face in `video_url` with `face_url`. Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
        `model_version` `v1` (the default per the catalog's text) is the JAH pipeline; `v2` runs on
        ComfyUI and works on images only.

        Args:
            name: Task name.
            video_url: Public URL of the video whose face is replaced.
            face_url: Public URL of the face image to swap in.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            cover_url: Optional cover image URL.
            model_version: `v1`: JAH pipeline (the default per the catalog's text); `v2`: ComfyUI, images only.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = FaceSwapStartBody(
            name=name,
            video_url=video_url,
            face_url=face_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            cover_url=cover_url,
            model_version=model_version,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, face_swap_start._parse_response, FaceSwapTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list(
        self,
        *,
        page_num: int,
        page_size: int,
    ) -> RawResponse[Any]:
        """List face swap tasks.

        The caller's face swap tasks, one page at a time, with the total `count`. Invalid paging answers
        400.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = face_swap_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = self._runner.run(request, face_swap_list._parse_response, FaceSwapTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def status(
        self,
    ) -> RawResponse[Any]:
        """List the status of face swap tasks.

        Status entries of the caller's face swap tasks (the docs example shows one still
        `processing`); takes no task id. `data` is a LIST: find a task by `_id`, or use `get`.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = face_swap_status._get_kwargs()

        raw = self._runner.run(request, face_swap_status._parse_response, FaceSwapTaskStatusListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get several face swap tasks.

        Fetches several tasks by id in one call (up to 200). Match results by `_id`, not by position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = FaceSwapBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_batch_detail._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, face_swap_batch_detail._parse_response, FaceSwapTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a face swap task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task;
        the failure text is in `faild_message` (sic).

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = face_swap_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, face_swap_get._parse_response, FaceSwapTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a face swap task.

        Removes a task from the history. Do not assume a running task is cancelled. A malformed id
        answers 400.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = face_swap_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, face_swap_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncFaceSwapResource:
    """Operations of the face_swap group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncFaceSwapResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncFaceSwapResourceWithRawResponse(self._runner)

    async def add_image(
        self,
        *,
        face_url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Save a face image.

        Saves a face image (by URL) in the caller's face-swap library for reuse in previews and tasks.
        Synchronous. The reply's `data` is a LIST of face records (the docs example returns the whole
        library, not only the new entry); the server may re-host the URL, so match records by `_id`,
        not by comparing URLs.

        Args:
            face_url: Public URL of the face image to save.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = FaceSwapAddImageBody(
            face_url=face_url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_add_image._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, face_swap_add_image._parse_response, FaceSwapImageListReply)
        return unset_to_none(raw.data.data)

    async def list_images(
        self,
    ) -> Any:
        """List saved face images.

        The caller's saved face images, whose `_id`s can be deleted with `delete_image`. Not paginated.

        Returns:
            The reply's `data`.
        """

        request = face_swap_list_images._get_kwargs()

        raw = await self._runner.run(request, face_swap_list_images._parse_response, FaceSwapImageListReply)
        return unset_to_none(raw.data.data)

    async def delete_image(
        self,
        id: str,
    ) -> Any:
        """Delete a saved face image.

        Removes one face image from the caller's face-swap library. A malformed id answers 400.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = face_swap_delete_image._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, face_swap_delete_image._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def preview(
        self,
        *,
        video_url: str,
        face_url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start a face swap preview.

        Asynchronous: a quick face-swap preview of `face_url` on `video_url` (the target may be an
        image; the docs example uses a .jpeg), to check the result before a full task. Returns the
        preview record once accepted; wait with `preview_status`. No webhook fields.

        Args:
            video_url: Public URL of the target video (or image) whose face is replaced.
            face_url: Public URL of the face image to swap in.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = FaceSwapPreviewBody(
            video_url=video_url,
            face_url=face_url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_preview._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, face_swap_preview._parse_response, FaceSwapPreviewReply)
        return unset_to_none(raw.data.data)

    async def preview_status(
        self,
        *,
        id: str | Unset = UNSET,
    ) -> Any:
        """Get a face swap preview.

        The status of one preview, by `_id` in the query; once `completed`, `result_url` holds the
        preview. Poll this to wait for a preview.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        request = face_swap_preview_status._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, face_swap_preview_status._parse_response, FaceSwapPreviewReply)
        return unset_to_none(raw.data.data)

    async def start(
        self,
        *,
        name: str,
        video_url: str,
        face_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        model_version: FaceSwapStartBodyModelVersion | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start a face swap task.

        Asynchronous: replaces the face in `video_url` with `face_url`. Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
        `model_version` `v1` (the default per the catalog's text) is the JAH pipeline; `v2` runs on
        ComfyUI and works on images only.

        Args:
            name: Task name.
            video_url: Public URL of the video whose face is replaced.
            face_url: Public URL of the face image to swap in.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            cover_url: Optional cover image URL.
            model_version: `v1`: JAH pipeline (the default per the catalog's text); `v2`: ComfyUI, images only.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = FaceSwapStartBody(
            name=name,
            video_url=video_url,
            face_url=face_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            cover_url=cover_url,
            model_version=model_version,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, face_swap_start._parse_response, FaceSwapTaskReply)
        return unset_to_none(raw.data.data)

    async def list(
        self,
        *,
        page_num: int,
        page_size: int,
    ) -> Any:
        """List face swap tasks.

        The caller's face swap tasks, one page at a time, with the total `count`. Invalid paging answers
        400.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = face_swap_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = await self._runner.run(request, face_swap_list._parse_response, FaceSwapTaskPageReply)
        return unset_to_none(raw.data.data)

    async def status(
        self,
    ) -> Any:
        """List the status of face swap tasks.

        Status entries of the caller's face swap tasks (the docs example shows one still
        `processing`); takes no task id. `data` is a LIST: find a task by `_id`, or use `get`.

        Returns:
            The reply's `data`.
        """

        request = face_swap_status._get_kwargs()

        raw = await self._runner.run(request, face_swap_status._parse_response, FaceSwapTaskStatusListReply)
        return unset_to_none(raw.data.data)

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get several face swap tasks.

        Fetches several tasks by id in one call (up to 200). Match results by `_id`, not by position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = FaceSwapBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_batch_detail._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, face_swap_batch_detail._parse_response, FaceSwapTaskListReply)
        return unset_to_none(raw.data.data)

    async def get(
        self,
        id: str,
    ) -> Any:
        """Get a face swap task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task;
        the failure text is in `faild_message` (sic).

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = face_swap_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, face_swap_get._parse_response, FaceSwapTaskReply)
        return unset_to_none(raw.data.data)

    async def delete(
        self,
        id: str,
    ) -> Any:
        """Delete a face swap task.

        Removes a task from the history. Do not assume a running task is cancelled. A malformed id
        answers 400.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = face_swap_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, face_swap_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class AsyncFaceSwapResourceWithRawResponse:
    """Like `AsyncFaceSwapResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def add_image(
        self,
        *,
        face_url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Save a face image.

        Saves a face image (by URL) in the caller's face-swap library for reuse in previews and tasks.
        Synchronous. The reply's `data` is a LIST of face records (the docs example returns the whole
        library, not only the new entry); the server may re-host the URL, so match records by `_id`,
        not by comparing URLs.

        Args:
            face_url: Public URL of the face image to save.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = FaceSwapAddImageBody(
            face_url=face_url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_add_image._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, face_swap_add_image._parse_response, FaceSwapImageListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_images(
        self,
    ) -> RawResponse[Any]:
        """List saved face images.

        The caller's saved face images, whose `_id`s can be deleted with `delete_image`. Not paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = face_swap_list_images._get_kwargs()

        raw = await self._runner.run(request, face_swap_list_images._parse_response, FaceSwapImageListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete_image(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a saved face image.

        Removes one face image from the caller's face-swap library. A malformed id answers 400.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = face_swap_delete_image._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, face_swap_delete_image._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def preview(
        self,
        *,
        video_url: str,
        face_url: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start a face swap preview.

        Asynchronous: a quick face-swap preview of `face_url` on `video_url` (the target may be an
        image; the docs example uses a .jpeg), to check the result before a full task. Returns the
        preview record once accepted; wait with `preview_status`. No webhook fields.

        Args:
            video_url: Public URL of the target video (or image) whose face is replaced.
            face_url: Public URL of the face image to swap in.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = FaceSwapPreviewBody(
            video_url=video_url,
            face_url=face_url,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_preview._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, face_swap_preview._parse_response, FaceSwapPreviewReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def preview_status(
        self,
        *,
        id: str | Unset = UNSET,
    ) -> RawResponse[Any]:
        """Get a face swap preview.

        The status of one preview, by `_id` in the query; once `completed`, `result_url` holds the
        preview. Poll this to wait for a preview.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = face_swap_preview_status._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, face_swap_preview_status._parse_response, FaceSwapPreviewReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def start(
        self,
        *,
        name: str,
        video_url: str,
        face_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        cover_url: str | Unset = UNSET,
        model_version: FaceSwapStartBodyModelVersion | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start a face swap task.

        Asynchronous: replaces the face in `video_url` with `face_url`. Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
        `model_version` `v1` (the default per the catalog's text) is the JAH pipeline; `v2` runs on
        ComfyUI and works on images only.

        Args:
            name: Task name.
            video_url: Public URL of the video whose face is replaced.
            face_url: Public URL of the face image to swap in.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            cover_url: Optional cover image URL.
            model_version: `v1`: JAH pipeline (the default per the catalog's text); `v2`: ComfyUI, images only.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = FaceSwapStartBody(
            name=name,
            video_url=video_url,
            face_url=face_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            cover_url=cover_url,
            model_version=model_version,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, face_swap_start._parse_response, FaceSwapTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list(
        self,
        *,
        page_num: int,
        page_size: int,
    ) -> RawResponse[Any]:
        """List face swap tasks.

        The caller's face swap tasks, one page at a time, with the total `count`. Invalid paging answers
        400.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = face_swap_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = await self._runner.run(request, face_swap_list._parse_response, FaceSwapTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def status(
        self,
    ) -> RawResponse[Any]:
        """List the status of face swap tasks.

        Status entries of the caller's face swap tasks (the docs example shows one still
        `processing`); takes no task id. `data` is a LIST: find a task by `_id`, or use `get`.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = face_swap_status._get_kwargs()

        raw = await self._runner.run(request, face_swap_status._parse_response, FaceSwapTaskStatusListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get several face swap tasks.

        Fetches several tasks by id in one call (up to 200). Match results by `_id`, not by position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = FaceSwapBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = face_swap_batch_detail._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, face_swap_batch_detail._parse_response, FaceSwapTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a face swap task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task;
        the failure text is in `faild_message` (sic).

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = face_swap_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, face_swap_get._parse_response, FaceSwapTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a face swap task.

        Removes a task from the history. Do not assume a running task is cancelled. A malformed id
        answers 400.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = face_swap_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, face_swap_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))
