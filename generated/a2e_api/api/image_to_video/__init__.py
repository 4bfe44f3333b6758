"""The image_to_video group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
from typing import Any, cast

from ...models.error_envelope import ErrorEnvelope
from ...models.image_to_video_batch_detail_body import ImageToVideoBatchDetailBody
from ...models.image_to_video_extend_flf_2v_prompt_body import (
    ImageToVideoExtendFlf2VPromptBody,
)
from ...models.image_to_video_extend_prompt_body import ImageToVideoExtendPromptBody
from ...models.image_to_video_extend_prompt_body_template import (
    ImageToVideoExtendPromptBodyTemplate,
    check_image_to_video_extend_prompt_body_template,
)
from ...models.image_to_video_start_body import ImageToVideoStartBody
from ...models.image_to_video_start_body_model_type import (
    ImageToVideoStartBodyModelType,
    check_image_to_video_start_body_model_type,
)
from ...models.image_to_video_start_body_model_version import (
    ImageToVideoStartBodyModelVersion,
    check_image_to_video_start_body_model_version,
)
from ...models.image_to_video_task import ImageToVideoTask
from ...models.image_to_video_task_list_reply import ImageToVideoTaskListReply
from ...models.image_to_video_task_page import ImageToVideoTaskPage
from ...models.image_to_video_task_page_reply import ImageToVideoTaskPageReply
from ...models.image_to_video_task_reply import ImageToVideoTaskReply
from ...models.open_envelope import OpenEnvelope
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    image_to_video_avg_processing_time,
    image_to_video_batch_detail,
    image_to_video_delete,
    image_to_video_extend_flf2v_prompt,
    image_to_video_extend_prompt,
    image_to_video_get,
    image_to_video_list,
    image_to_video_mark_copied,
    image_to_video_mark_downloaded,
    image_to_video_mark_shared,
    image_to_video_queue_level,
    image_to_video_start,
)

__all__ = [
    "AsyncImageToVideoResource",
    "AsyncImageToVideoResourceWithRawResponse",
    "ImageToVideoResource",
    "ImageToVideoResourceWithRawResponse",
]


class ImageToVideoResource:
    """Operations of the image_to_video group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> ImageToVideoResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return ImageToVideoResourceWithRawResponse(self._runner)

    def start(
        self,
        *,
        image_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        lora: str | Unset = UNSET,
        model_type: ImageToVideoStartBodyModelType | Unset = UNSET,
        model_version: ImageToVideoStartBodyModelVersion | Unset = UNSET,
        end_image_url: str | Unset = UNSET,
        extend_prompt: bool | Unset = UNSET,
        number_of_images: int | Unset = UNSET,
        video_time: int | Unset = UNSET,
        video_length: int | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        mask_face: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start an image to video task.

        Asynchronous: animates an image into a short video (5 to 20 s) guided by a prompt and a
        negative prompt, or by a LoRA preset. With `model_type` `FLF2V` the video runs from
        `image_url` (first frame) to `end_image_url` (last frame). Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
        The older docs say a 5 s 720p video is usually ready within about 10 minutes when there
        is no queue. If the image URL may not be reachable, copy it into A2E storage first
        (`/api/v1/tos/transferToStorage`).

        Args:
            image_url: Public URL of the source image (the first frame for `FLF2V`).
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            prompt: Generation prompt (what should happen in the video). May be omitted when `lora` is set.
            negative_prompt: Features to avoid. Some callers send it misspelt as `negative_prmpt`; that spelling is
                passed through unchanged.
            lora: LoRA id; when set, the prompts may be omitted and the LoRA's preset overrides the
                prompt.
            model_type: `GENERAL` (one image) or `FLF2V` (first and last frame; needs `end_image_url`).
            model_version: Model version. Defaults to `a2e-v2` for Ultra users, otherwise `a2e`. The v2 models cost
                more, get no plan waivers and ignore `auto_add_audio`.
            end_image_url: Public URL of the last-frame image; needed for `FLF2V`.
            extend_prompt: Let A2E extend the prompt automatically.
            number_of_images: How many videos to generate in one call.
            video_time: Duration in seconds; documented values are 5, 10, 15 and 20.
            video_length: Deprecated frame count; use `video_time` instead.
            skip_face_enhance: Turn off the face-similarity enhancement (on by default).
            mask_face: Moderation preflight flag; set `true` only once the user agreed to mask a detected face.
            minor_suspected_skip: Acknowledge a suspected minor (age 10 to 14, error code 1004) and continue.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = ImageToVideoStartBody(
            image_url=image_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lora=lora,
            model_type=model_type,
            model_version=model_version,
            end_image_url=end_image_url,
            extend_prompt=extend_prompt,
            number_of_images=number_of_images,
            video_time=video_time,
            video_length=video_length,
            skip_face_enhance=skip_face_enhance,
            mask_face=mask_face,
            minor_suspected_skip=minor_suspected_skip,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, image_to_video_start._parse_response, ImageToVideoTaskReply)
        return unset_to_none(raw.data.data)

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List image to video tasks.

        The caller's image to video tasks, one page at a time. Only records that have not expired are
        returned.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = image_to_video_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = self._runner.run(request, image_to_video_list._parse_response, ImageToVideoTaskPageReply)
        return unset_to_none(raw.data.data)

    def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get several image to video tasks.

        Fetches several of the caller's tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = ImageToVideoBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_batch_detail._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, image_to_video_batch_detail._parse_response, ImageToVideoTaskListReply)
        return unset_to_none(raw.data.data)

    def avg_processing_time(
        self,
    ) -> Any:
        """Get the average processing time.

        The average time image to video tasks currently take. The reply's `data` is not documented and
        is kept as it comes.

        Returns:
            The reply's `data`.
        """

        request = image_to_video_avg_processing_time._get_kwargs()

        raw = self._runner.run(request, image_to_video_avg_processing_time._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def queue_level(
        self,
    ) -> Any:
        """Get the unlimited-queue level.

        The caller's unlimited-queue level for image to video. Its meaning is not documented beyond the
        name; `data` is kept as it comes.

        Returns:
            The reply's `data`.
        """

        request = image_to_video_queue_level._get_kwargs()

        raw = self._runner.run(request, image_to_video_queue_level._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def mark_shared(
        self,
        id: str,
    ) -> Any:
        """Mark a task as shared.

        Records that the user shared this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = image_to_video_mark_shared._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, image_to_video_mark_shared._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def mark_downloaded(
        self,
        id: str,
    ) -> Any:
        """Mark a task as downloaded.

        Records that the user downloaded this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = image_to_video_mark_downloaded._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, image_to_video_mark_downloaded._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def mark_copied(
        self,
        id: str,
    ) -> Any:
        """Mark a task as copied.

        Records that the user copied this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = image_to_video_mark_copied._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, image_to_video_mark_copied._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def get(
        self,
        id: str,
    ) -> Any:
        """Get an image to video task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a
        task (the docs name the path `sent`, then `pending` once processing starts, then
        `completed`, usually within 10 minutes).

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = image_to_video_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, image_to_video_get._parse_response, ImageToVideoTaskReply)
        return unset_to_none(raw.data.data)

    def delete(
        self,
        id: str,
    ) -> Any:
        """Delete an image to video task.

        Deletes a task. Only tasks in a final state (`initialized`, `completed`, `failed`) can be
        deleted; a task that is processing (any other state) is refused with 400. Deleting an
        `initialized` task refunds its credits.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = image_to_video_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, image_to_video_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str,
        prompt: str,
        negative_prompt: str,
        lang: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        stream: bool | Unset = UNSET,
        template: ImageToVideoExtendPromptBodyTemplate | Unset = UNSET,
        shot_count: int | Unset = UNSET,
        with_audio: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Extend a prompt for image to video.

        Has an LLM rewrite a prompt and negative prompt for a general image to video task, from the
        image. Template `default` gives one rewrite; `cinematic` gives a scene bible and shots
        `SHOT 1..N` (`shot_count`) with an optional Audio section (`with_audio`). The reply's
        `data` is not documented and is kept as it comes.

        With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
        `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
        `stream` unset or `false` when calling it through this client.

        Args:
            reference_id: Reference id; the catalog does not describe it (its example is a 24-hex id).
            image_url: Public URL of the source image.
            prompt: The prompt to extend.
            negative_prompt: The negative prompt to extend.
            lang: Language of the generated prompt.
            max_length: Hard cap on the generated prompt's characters (a limit, not a target).
            stream: `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this
                client does not parse.
            template: `default`: one rewrite; `cinematic`: scene bible, `SHOT 1..N` and an Audio section.
            shot_count: Number of shots for the `cinematic` template; clamped by the server to 1 to 4.
            with_audio: `cinematic` template only: append an Audio section.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = ImageToVideoExtendPromptBody(
            reference_id=reference_id,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
            template=template,
            shot_count=shot_count,
            with_audio=with_audio,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_extend_prompt._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, image_to_video_extend_prompt._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def extend_flf2v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str,
        end_image_url: str,
        prompt: str,
        negative_prompt: str,
        lang: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        stream: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Extend a prompt for first/last-frame image to video.

        Has an LLM rewrite a prompt and negative prompt for a first/last-frame (`FLF2V`) task, from
        both frame images. The reply's `data` is not documented and is kept as it comes.

        With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
        `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
        `stream` unset or `false` when calling it through this client.

        Args:
            reference_id: Reference id; the catalog does not describe it (its example is a 24-hex id).
            image_url: Public URL of the first-frame image.
            end_image_url: Public URL of the last-frame image.
            prompt: The prompt to extend.
            negative_prompt: The negative prompt to extend.
            lang: Language of the generated prompt.
            max_length: Hard cap on the generated prompt's characters (a limit, not a target).
            stream: `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this
                client does not parse.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = ImageToVideoExtendFlf2VPromptBody(
            reference_id=reference_id,
            image_url=image_url,
            end_image_url=end_image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_extend_flf2v_prompt._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, image_to_video_extend_flf2v_prompt._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class ImageToVideoResourceWithRawResponse:
    """Like `ImageToVideoResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        image_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        lora: str | Unset = UNSET,
        model_type: ImageToVideoStartBodyModelType | Unset = UNSET,
        model_version: ImageToVideoStartBodyModelVersion | Unset = UNSET,
        end_image_url: str | Unset = UNSET,
        extend_prompt: bool | Unset = UNSET,
        number_of_images: int | Unset = UNSET,
        video_time: int | Unset = UNSET,
        video_length: int | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        mask_face: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start an image to video task.

        Asynchronous: animates an image into a short video (5 to 20 s) guided by a prompt and a
        negative prompt, or by a LoRA preset. With `model_type` `FLF2V` the video runs from
        `image_url` (first frame) to `end_image_url` (last frame). Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
        The older docs say a 5 s 720p video is usually ready within about 10 minutes when there
        is no queue. If the image URL may not be reachable, copy it into A2E storage first
        (`/api/v1/tos/transferToStorage`).

        Args:
            image_url: Public URL of the source image (the first frame for `FLF2V`).
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            prompt: Generation prompt (what should happen in the video). May be omitted when `lora` is set.
            negative_prompt: Features to avoid. Some callers send it misspelt as `negative_prmpt`; that spelling is
                passed through unchanged.
            lora: LoRA id; when set, the prompts may be omitted and the LoRA's preset overrides the
                prompt.
            model_type: `GENERAL` (one image) or `FLF2V` (first and last frame; needs `end_image_url`).
            model_version: Model version. Defaults to `a2e-v2` for Ultra users, otherwise `a2e`. The v2 models cost
                more, get no plan waivers and ignore `auto_add_audio`.
            end_image_url: Public URL of the last-frame image; needed for `FLF2V`.
            extend_prompt: Let A2E extend the prompt automatically.
            number_of_images: How many videos to generate in one call.
            video_time: Duration in seconds; documented values are 5, 10, 15 and 20.
            video_length: Deprecated frame count; use `video_time` instead.
            skip_face_enhance: Turn off the face-similarity enhancement (on by default).
            mask_face: Moderation preflight flag; set `true` only once the user agreed to mask a detected face.
            minor_suspected_skip: Acknowledge a suspected minor (age 10 to 14, error code 1004) and continue.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = ImageToVideoStartBody(
            image_url=image_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lora=lora,
            model_type=model_type,
            model_version=model_version,
            end_image_url=end_image_url,
            extend_prompt=extend_prompt,
            number_of_images=number_of_images,
            video_time=video_time,
            video_length=video_length,
            skip_face_enhance=skip_face_enhance,
            mask_face=mask_face,
            minor_suspected_skip=minor_suspected_skip,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, image_to_video_start._parse_response, ImageToVideoTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List image to video tasks.

        The caller's image to video tasks, one page at a time. Only records that have not expired are
        returned.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = image_to_video_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = self._runner.run(request, image_to_video_list._parse_response, ImageToVideoTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get several image to video tasks.

        Fetches several of the caller's tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = ImageToVideoBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_batch_detail._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, image_to_video_batch_detail._parse_response, ImageToVideoTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def avg_processing_time(
        self,
    ) -> RawResponse[Any]:
        """Get the average processing time.

        The average time image to video tasks currently take. The reply's `data` is not documented and
        is kept as it comes.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = image_to_video_avg_processing_time._get_kwargs()

        raw = self._runner.run(request, image_to_video_avg_processing_time._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def queue_level(
        self,
    ) -> RawResponse[Any]:
        """Get the unlimited-queue level.

        The caller's unlimited-queue level for image to video. Its meaning is not documented beyond the
        name; `data` is kept as it comes.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = image_to_video_queue_level._get_kwargs()

        raw = self._runner.run(request, image_to_video_queue_level._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def mark_shared(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Mark a task as shared.

        Records that the user shared this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = image_to_video_mark_shared._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, image_to_video_mark_shared._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def mark_downloaded(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Mark a task as downloaded.

        Records that the user downloaded this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = image_to_video_mark_downloaded._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, image_to_video_mark_downloaded._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def mark_copied(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Mark a task as copied.

        Records that the user copied this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = image_to_video_mark_copied._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, image_to_video_mark_copied._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get an image to video task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a
        task (the docs name the path `sent`, then `pending` once processing starts, then
        `completed`, usually within 10 minutes).

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = image_to_video_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, image_to_video_get._parse_response, ImageToVideoTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete an image to video task.

        Deletes a task. Only tasks in a final state (`initialized`, `completed`, `failed`) can be
        deleted; a task that is processing (any other state) is refused with 400. Deleting an
        `initialized` task refunds its credits.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = image_to_video_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, image_to_video_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str,
        prompt: str,
        negative_prompt: str,
        lang: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        stream: bool | Unset = UNSET,
        template: ImageToVideoExtendPromptBodyTemplate | Unset = UNSET,
        shot_count: int | Unset = UNSET,
        with_audio: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Extend a prompt for image to video.

        Has an LLM rewrite a prompt and negative prompt for a general image to video task, from the
        image. Template `default` gives one rewrite; `cinematic` gives a scene bible and shots
        `SHOT 1..N` (`shot_count`) with an optional Audio section (`with_audio`). The reply's
        `data` is not documented and is kept as it comes.

        With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
        `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
        `stream` unset or `false` when calling it through this client.

        Args:
            reference_id: Reference id; the catalog does not describe it (its example is a 24-hex id).
            image_url: Public URL of the source image.
            prompt: The prompt to extend.
            negative_prompt: The negative prompt to extend.
            lang: Language of the generated prompt.
            max_length: Hard cap on the generated prompt's characters (a limit, not a target).
            stream: `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this
                client does not parse.
            template: `default`: one rewrite; `cinematic`: scene bible, `SHOT 1..N` and an Audio section.
            shot_count: Number of shots for the `cinematic` template; clamped by the server to 1 to 4.
            with_audio: `cinematic` template only: append an Audio section.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = ImageToVideoExtendPromptBody(
            reference_id=reference_id,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
            template=template,
            shot_count=shot_count,
            with_audio=with_audio,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_extend_prompt._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, image_to_video_extend_prompt._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def extend_flf2v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str,
        end_image_url: str,
        prompt: str,
        negative_prompt: str,
        lang: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        stream: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Extend a prompt for first/last-frame image to video.

        Has an LLM rewrite a prompt and negative prompt for a first/last-frame (`FLF2V`) task, from
        both frame images. The reply's `data` is not documented and is kept as it comes.

        With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
        `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
        `stream` unset or `false` when calling it through this client.

        Args:
            reference_id: Reference id; the catalog does not describe it (its example is a 24-hex id).
            image_url: Public URL of the first-frame image.
            end_image_url: Public URL of the last-frame image.
            prompt: The prompt to extend.
            negative_prompt: The negative prompt to extend.
            lang: Language of the generated prompt.
            max_length: Hard cap on the generated prompt's characters (a limit, not a target).
            stream: `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this
                client does not parse.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = ImageToVideoExtendFlf2VPromptBody(
            reference_id=reference_id,
            image_url=image_url,
            end_image_url=end_image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_extend_flf2v_prompt._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, image_to_video_extend_flf2v_prompt._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncImageToVideoResource:
    """Operations of the image_to_video group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncImageToVideoResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncImageToVideoResourceWithRawResponse(self._runner)

    async def start(
        self,
        *,
        image_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        lora: str | Unset = UNSET,
        model_type: ImageToVideoStartBodyModelType | Unset = UNSET,
        model_version: ImageToVideoStartBodyModelVersion | Unset = UNSET,
        end_image_url: str | Unset = UNSET,
        extend_prompt: bool | Unset = UNSET,
        number_of_images: int | Unset = UNSET,
        video_time: int | Unset = UNSET,
        video_length: int | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        mask_face: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start an image to video task.

        Asynchronous: animates an image into a short video (5 to 20 s) guided by a prompt and a
        negative prompt, or by a LoRA preset. With `model_type` `FLF2V` the video runs from
        `image_url` (first frame) to `end_image_url` (last frame). Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
        The older docs say a 5 s 720p video is usually ready within about 10 minutes when there
        is no queue. If the image URL may not be reachable, copy it into A2E storage first
        (`/api/v1/tos/transferToStorage`).

        Args:
            image_url: Public URL of the source image (the first frame for `FLF2V`).
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            prompt: Generation prompt (what should happen in the video). May be omitted when `lora` is set.
            negative_prompt: Features to avoid. Some callers send it misspelt as `negative_prmpt`; that spelling is
                passed through unchanged.
            lora: LoRA id; when set, the prompts may be omitted and the LoRA's preset overrides the
                prompt.
            model_type: `GENERAL` (one image) or `FLF2V` (first and last frame; needs `end_image_url`).
            model_version: Model version. Defaults to `a2e-v2` for Ultra users, otherwise `a2e`. The v2 models cost
                more, get no plan waivers and ignore `auto_add_audio`.
            end_image_url: Public URL of the last-frame image; needed for `FLF2V`.
            extend_prompt: Let A2E extend the prompt automatically.
            number_of_images: How many videos to generate in one call.
            video_time: Duration in seconds; documented values are 5, 10, 15 and 20.
            video_length: Deprecated frame count; use `video_time` instead.
            skip_face_enhance: Turn off the face-similarity enhancement (on by default).
            mask_face: Moderation preflight flag; set `true` only once the user agreed to mask a detected face.
            minor_suspected_skip: Acknowledge a suspected minor (age 10 to 14, error code 1004) and continue.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = ImageToVideoStartBody(
            image_url=image_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lora=lora,
            model_type=model_type,
            model_version=model_version,
            end_image_url=end_image_url,
            extend_prompt=extend_prompt,
            number_of_images=number_of_images,
            video_time=video_time,
            video_length=video_length,
            skip_face_enhance=skip_face_enhance,
            mask_face=mask_face,
            minor_suspected_skip=minor_suspected_skip,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, image_to_video_start._parse_response, ImageToVideoTaskReply)
        return unset_to_none(raw.data.data)

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List image to video tasks.

        The caller's image to video tasks, one page at a time. Only records that have not expired are
        returned.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = image_to_video_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = await self._runner.run(request, image_to_video_list._parse_response, ImageToVideoTaskPageReply)
        return unset_to_none(raw.data.data)

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get several image to video tasks.

        Fetches several of the caller's tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = ImageToVideoBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_batch_detail._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, image_to_video_batch_detail._parse_response, ImageToVideoTaskListReply)
        return unset_to_none(raw.data.data)

    async def avg_processing_time(
        self,
    ) -> Any:
        """Get the average processing time.

        The average time image to video tasks currently take. The reply's `data` is not documented and
        is kept as it comes.

        Returns:
            The reply's `data`.
        """

        request = image_to_video_avg_processing_time._get_kwargs()

        raw = await self._runner.run(request, image_to_video_avg_processing_time._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def queue_level(
        self,
    ) -> Any:
        """Get the unlimited-queue level.

        The caller's unlimited-queue level for image to video. Its meaning is not documented beyond the
        name; `data` is kept as it comes.

        Returns:
            The reply's `data`.
        """

        request = image_to_video_queue_level._get_kwargs()

        raw = await self._runner.run(request, image_to_video_queue_level._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def mark_shared(
        self,
        id: str,
    ) -> Any:
        """Mark a task as shared.

        Records that the user shared this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = image_to_video_mark_shared._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, image_to_video_mark_shared._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def mark_downloaded(
        self,
        id: str,
    ) -> Any:
        """Mark a task as downloaded.

        Records that the user downloaded this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = image_to_video_mark_downloaded._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, image_to_video_mark_downloaded._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def mark_copied(
        self,
        id: str,
    ) -> Any:
        """Mark a task as copied.

        Records that the user copied this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = image_to_video_mark_copied._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, image_to_video_mark_copied._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def get(
        self,
        id: str,
    ) -> Any:
        """Get an image to video task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a
        task (the docs name the path `sent`, then `pending` once processing starts, then
        `completed`, usually within 10 minutes).

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = image_to_video_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, image_to_video_get._parse_response, ImageToVideoTaskReply)
        return unset_to_none(raw.data.data)

    async def delete(
        self,
        id: str,
    ) -> Any:
        """Delete an image to video task.

        Deletes a task. Only tasks in a final state (`initialized`, `completed`, `failed`) can be
        deleted; a task that is processing (any other state) is refused with 400. Deleting an
        `initialized` task refunds its credits.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = image_to_video_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, image_to_video_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str,
        prompt: str,
        negative_prompt: str,
        lang: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        stream: bool | Unset = UNSET,
        template: ImageToVideoExtendPromptBodyTemplate | Unset = UNSET,
        shot_count: int | Unset = UNSET,
        with_audio: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Extend a prompt for image to video.

        Has an LLM rewrite a prompt and negative prompt for a general image to video task, from the
        image. Template `default` gives one rewrite; `cinematic` gives a scene bible and shots
        `SHOT 1..N` (`shot_count`) with an optional Audio section (`with_audio`). The reply's
        `data` is not documented and is kept as it comes.

        With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
        `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
        `stream` unset or `false` when calling it through this client.

        Args:
            reference_id: Reference id; the catalog does not describe it (its example is a 24-hex id).
            image_url: Public URL of the source image.
            prompt: The prompt to extend.
            negative_prompt: The negative prompt to extend.
            lang: Language of the generated prompt.
            max_length: Hard cap on the generated prompt's characters (a limit, not a target).
            stream: `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this
                client does not parse.
            template: `default`: one rewrite; `cinematic`: scene bible, `SHOT 1..N` and an Audio section.
            shot_count: Number of shots for the `cinematic` template; clamped by the server to 1 to 4.
            with_audio: `cinematic` template only: append an Audio section.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = ImageToVideoExtendPromptBody(
            reference_id=reference_id,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
            template=template,
            shot_count=shot_count,
            with_audio=with_audio,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_extend_prompt._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, image_to_video_extend_prompt._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def extend_flf2v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str,
        end_image_url: str,
        prompt: str,
        negative_prompt: str,
        lang: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        stream: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Extend a prompt for first/last-frame image to video.

        Has an LLM rewrite a prompt and negative prompt for a first/last-frame (`FLF2V`) task, from
        both frame images. The reply's `data` is not documented and is kept as it comes.

        With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
        `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
        `stream` unset or `false` when calling it through this client.

        Args:
            reference_id: Reference id; the catalog does not describe it (its example is a 24-hex id).
            image_url: Public URL of the first-frame image.
            end_image_url: Public URL of the last-frame image.
            prompt: The prompt to extend.
            negative_prompt: The negative prompt to extend.
            lang: Language of the generated prompt.
            max_length: Hard cap on the generated prompt's characters (a limit, not a target).
            stream: `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this
                client does not parse.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = ImageToVideoExtendFlf2VPromptBody(
            reference_id=reference_id,
            image_url=image_url,
            end_image_url=end_image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_extend_flf2v_prompt._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, image_to_video_extend_flf2v_prompt._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class AsyncImageToVideoResourceWithRawResponse:
    """Like `AsyncImageToVideoResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        image_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        lora: str | Unset = UNSET,
        model_type: ImageToVideoStartBodyModelType | Unset = UNSET,
        model_version: ImageToVideoStartBodyModelVersion | Unset = UNSET,
        end_image_url: str | Unset = UNSET,
        extend_prompt: bool | Unset = UNSET,
        number_of_images: int | Unset = UNSET,
        video_time: int | Unset = UNSET,
        video_length: int | Unset = UNSET,
        skip_face_enhance: bool | Unset = UNSET,
        mask_face: bool | Unset = UNSET,
        minor_suspected_skip: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start an image to video task.

        Asynchronous: animates an image into a short video (5 to 20 s) guided by a prompt and a
        negative prompt, or by a LoRA preset. With `model_type` `FLF2V` the video runs from
        `image_url` (first frame) to `end_image_url` (last frame). Returns the task record once
        accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
        The older docs say a 5 s 720p video is usually ready within about 10 minutes when there
        is no queue. If the image URL may not be reachable, copy it into A2E storage first
        (`/api/v1/tos/transferToStorage`).

        Args:
            image_url: Public URL of the source image (the first frame for `FLF2V`).
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            prompt: Generation prompt (what should happen in the video). May be omitted when `lora` is set.
            negative_prompt: Features to avoid. Some callers send it misspelt as `negative_prmpt`; that spelling is
                passed through unchanged.
            lora: LoRA id; when set, the prompts may be omitted and the LoRA's preset overrides the
                prompt.
            model_type: `GENERAL` (one image) or `FLF2V` (first and last frame; needs `end_image_url`).
            model_version: Model version. Defaults to `a2e-v2` for Ultra users, otherwise `a2e`. The v2 models cost
                more, get no plan waivers and ignore `auto_add_audio`.
            end_image_url: Public URL of the last-frame image; needed for `FLF2V`.
            extend_prompt: Let A2E extend the prompt automatically.
            number_of_images: How many videos to generate in one call.
            video_time: Duration in seconds; documented values are 5, 10, 15 and 20.
            video_length: Deprecated frame count; use `video_time` instead.
            skip_face_enhance: Turn off the face-similarity enhancement (on by default).
            mask_face: Moderation preflight flag; set `true` only once the user agreed to mask a detected face.
            minor_suspected_skip: Acknowledge a suspected minor (age 10 to 14, error code 1004) and continue.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = ImageToVideoStartBody(
            image_url=image_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lora=lora,
            model_type=model_type,
            model_version=model_version,
            end_image_url=end_image_url,
            extend_prompt=extend_prompt,
            number_of_images=number_of_images,
            video_time=video_time,
            video_length=video_length,
            skip_face_enhance=skip_face_enhance,
            mask_face=mask_face,
            minor_suspected_skip=minor_suspected_skip,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, image_to_video_start._parse_response, ImageToVideoTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List image to video tasks.

        The caller's image to video tasks, one page at a time. Only records that have not expired are
        returned.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = image_to_video_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = await self._runner.run(request, image_to_video_list._parse_response, ImageToVideoTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get several image to video tasks.

        Fetches several of the caller's tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = ImageToVideoBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_batch_detail._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, image_to_video_batch_detail._parse_response, ImageToVideoTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def avg_processing_time(
        self,
    ) -> RawResponse[Any]:
        """Get the average processing time.

        The average time image to video tasks currently take. The reply's `data` is not documented and
        is kept as it comes.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = image_to_video_avg_processing_time._get_kwargs()

        raw = await self._runner.run(request, image_to_video_avg_processing_time._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def queue_level(
        self,
    ) -> RawResponse[Any]:
        """Get the unlimited-queue level.

        The caller's unlimited-queue level for image to video. Its meaning is not documented beyond the
        name; `data` is kept as it comes.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = image_to_video_queue_level._get_kwargs()

        raw = await self._runner.run(request, image_to_video_queue_level._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def mark_shared(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Mark a task as shared.

        Records that the user shared this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = image_to_video_mark_shared._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, image_to_video_mark_shared._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def mark_downloaded(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Mark a task as downloaded.

        Records that the user downloaded this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = image_to_video_mark_downloaded._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, image_to_video_mark_downloaded._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def mark_copied(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Mark a task as copied.

        Records that the user copied this task's result. Does not change the media.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = image_to_video_mark_copied._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, image_to_video_mark_copied._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get an image to video task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a
        task (the docs name the path `sent`, then `pending` once processing starts, then
        `completed`, usually within 10 minutes).

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = image_to_video_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, image_to_video_get._parse_response, ImageToVideoTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete an image to video task.

        Deletes a task. Only tasks in a final state (`initialized`, `completed`, `failed`) can be
        deleted; a task that is processing (any other state) is refused with 400. Deleting an
        `initialized` task refunds its credits.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = image_to_video_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, image_to_video_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str,
        prompt: str,
        negative_prompt: str,
        lang: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        stream: bool | Unset = UNSET,
        template: ImageToVideoExtendPromptBodyTemplate | Unset = UNSET,
        shot_count: int | Unset = UNSET,
        with_audio: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Extend a prompt for image to video.

        Has an LLM rewrite a prompt and negative prompt for a general image to video task, from the
        image. Template `default` gives one rewrite; `cinematic` gives a scene bible and shots
        `SHOT 1..N` (`shot_count`) with an optional Audio section (`with_audio`). The reply's
        `data` is not documented and is kept as it comes.

        With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
        `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
        `stream` unset or `false` when calling it through this client.

        Args:
            reference_id: Reference id; the catalog does not describe it (its example is a 24-hex id).
            image_url: Public URL of the source image.
            prompt: The prompt to extend.
            negative_prompt: The negative prompt to extend.
            lang: Language of the generated prompt.
            max_length: Hard cap on the generated prompt's characters (a limit, not a target).
            stream: `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this
                client does not parse.
            template: `default`: one rewrite; `cinematic`: scene bible, `SHOT 1..N` and an Audio section.
            shot_count: Number of shots for the `cinematic` template; clamped by the server to 1 to 4.
            with_audio: `cinematic` template only: append an Audio section.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = ImageToVideoExtendPromptBody(
            reference_id=reference_id,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
            template=template,
            shot_count=shot_count,
            with_audio=with_audio,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_extend_prompt._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, image_to_video_extend_prompt._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def extend_flf2v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str,
        end_image_url: str,
        prompt: str,
        negative_prompt: str,
        lang: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        stream: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Extend a prompt for first/last-frame image to video.

        Has an LLM rewrite a prompt and negative prompt for a first/last-frame (`FLF2V`) task, from
        both frame images. The reply's `data` is not documented and is kept as it comes.

        With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
        `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
        `stream` unset or `false` when calling it through this client.

        Args:
            reference_id: Reference id; the catalog does not describe it (its example is a 24-hex id).
            image_url: Public URL of the first-frame image.
            end_image_url: Public URL of the last-frame image.
            prompt: The prompt to extend.
            negative_prompt: The negative prompt to extend.
            lang: Language of the generated prompt.
            max_length: Hard cap on the generated prompt's characters (a limit, not a target).
            stream: `true` answers with Server-Sent Events (`delta`, `result`, `done`, `error`), which this
                client does not parse.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = ImageToVideoExtendFlf2VPromptBody(
            reference_id=reference_id,
            image_url=image_url,
            end_image_url=end_image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = image_to_video_extend_flf2v_prompt._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, image_to_video_extend_flf2v_prompt._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))
