"""The talking_photo group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
from typing import Any, cast

from ...models.error_envelope import ErrorEnvelope
from ...models.open_envelope import OpenEnvelope
from ...models.talking_photo_batch_detail_body import TalkingPhotoBatchDetailBody
from ...models.talking_photo_start_body import TalkingPhotoStartBody
from ...models.talking_photo_task import TalkingPhotoTask
from ...models.talking_photo_task_list_reply import TalkingPhotoTaskListReply
from ...models.talking_photo_task_page import TalkingPhotoTaskPage
from ...models.talking_photo_task_page_reply import TalkingPhotoTaskPageReply
from ...models.talking_photo_task_reply import TalkingPhotoTaskReply
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    talking_photo_batch_detail,
    talking_photo_delete,
    talking_photo_get,
    talking_photo_list,
    talking_photo_start,
)

__all__ = [
    "AsyncTalkingPhotoResource",
    "AsyncTalkingPhotoResourceWithRawResponse",
    "TalkingPhotoResource",
    "TalkingPhotoResourceWithRawResponse",
]


class TalkingPhotoResource:
    """Operations of the talking_photo group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> TalkingPhotoResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return TalkingPhotoResourceWithRawResponse(self._runner)

    def start(
        self,
        *,
        name: str,
        image_url: str,
        prompt: str,
        negative_prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start a talking photo task.

        Asynchronous: animates a portrait image into a talking video driven by audio. Returns the task
        record once accepted; wait with `get` (or a webhook). Charges credits; failed tasks are
        refunded.

        Args:
            name: Task name.
            image_url: Public URL of the portrait image.
            prompt: Generation prompt.
            negative_prompt: Features to avoid.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            audio_url: Public URL of the driving audio.
            duration: Output length in seconds.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = TalkingPhotoStartBody(
            name=name,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            audio_url=audio_url,
            duration=duration,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = talking_photo_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, talking_photo_start._parse_response, TalkingPhotoTaskReply)
        return unset_to_none(raw.data.data)

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List talking photo tasks.

        The caller's talking photo tasks, newest first, one page at a time.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = talking_photo_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = self._runner.run(request, talking_photo_list._parse_response, TalkingPhotoTaskPageReply)
        return unset_to_none(raw.data.data)

    def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get several talking photo tasks.

        Fetches several tasks by id in one call. Match results by `_id`, not by position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = TalkingPhotoBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = talking_photo_batch_detail._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, talking_photo_batch_detail._parse_response, TalkingPhotoTaskListReply)
        return unset_to_none(raw.data.data)

    def get(
        self,
        id: str,
    ) -> Any:
        """Get a talking photo task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = talking_photo_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, talking_photo_get._parse_response, TalkingPhotoTaskReply)
        return unset_to_none(raw.data.data)

    def delete(
        self,
        id: str,
    ) -> Any:
        """Delete a talking photo task.

        Removes a task from the history. Do not assume a running task is cancelled.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = talking_photo_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, talking_photo_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class TalkingPhotoResourceWithRawResponse:
    """Like `TalkingPhotoResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        name: str,
        image_url: str,
        prompt: str,
        negative_prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start a talking photo task.

        Asynchronous: animates a portrait image into a talking video driven by audio. Returns the task
        record once accepted; wait with `get` (or a webhook). Charges credits; failed tasks are
        refunded.

        Args:
            name: Task name.
            image_url: Public URL of the portrait image.
            prompt: Generation prompt.
            negative_prompt: Features to avoid.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            audio_url: Public URL of the driving audio.
            duration: Output length in seconds.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = TalkingPhotoStartBody(
            name=name,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            audio_url=audio_url,
            duration=duration,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = talking_photo_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, talking_photo_start._parse_response, TalkingPhotoTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List talking photo tasks.

        The caller's talking photo tasks, newest first, one page at a time.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = talking_photo_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = self._runner.run(request, talking_photo_list._parse_response, TalkingPhotoTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get several talking photo tasks.

        Fetches several tasks by id in one call. Match results by `_id`, not by position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = TalkingPhotoBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = talking_photo_batch_detail._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, talking_photo_batch_detail._parse_response, TalkingPhotoTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a talking photo task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = talking_photo_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, talking_photo_get._parse_response, TalkingPhotoTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a talking photo task.

        Removes a task from the history. Do not assume a running task is cancelled.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = talking_photo_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, talking_photo_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncTalkingPhotoResource:
    """Operations of the talking_photo group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncTalkingPhotoResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncTalkingPhotoResourceWithRawResponse(self._runner)

    async def start(
        self,
        *,
        name: str,
        image_url: str,
        prompt: str,
        negative_prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start a talking photo task.

        Asynchronous: animates a portrait image into a talking video driven by audio. Returns the task
        record once accepted; wait with `get` (or a webhook). Charges credits; failed tasks are
        refunded.

        Args:
            name: Task name.
            image_url: Public URL of the portrait image.
            prompt: Generation prompt.
            negative_prompt: Features to avoid.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            audio_url: Public URL of the driving audio.
            duration: Output length in seconds.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = TalkingPhotoStartBody(
            name=name,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            audio_url=audio_url,
            duration=duration,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = talking_photo_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, talking_photo_start._parse_response, TalkingPhotoTaskReply)
        return unset_to_none(raw.data.data)

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List talking photo tasks.

        The caller's talking photo tasks, newest first, one page at a time.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = talking_photo_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = await self._runner.run(request, talking_photo_list._parse_response, TalkingPhotoTaskPageReply)
        return unset_to_none(raw.data.data)

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get several talking photo tasks.

        Fetches several tasks by id in one call. Match results by `_id`, not by position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = TalkingPhotoBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = talking_photo_batch_detail._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, talking_photo_batch_detail._parse_response, TalkingPhotoTaskListReply)
        return unset_to_none(raw.data.data)

    async def get(
        self,
        id: str,
    ) -> Any:
        """Get a talking photo task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = talking_photo_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, talking_photo_get._parse_response, TalkingPhotoTaskReply)
        return unset_to_none(raw.data.data)

    async def delete(
        self,
        id: str,
    ) -> Any:
        """Delete a talking photo task.

        Removes a task from the history. Do not assume a running task is cancelled.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = talking_photo_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, talking_photo_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class AsyncTalkingPhotoResourceWithRawResponse:
    """Like `AsyncTalkingPhotoResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        name: str,
        image_url: str,
        prompt: str,
        negative_prompt: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start a talking photo task.

        Asynchronous: animates a portrait image into a talking video driven by audio. Returns the task
        record once accepted; wait with `get` (or a webhook). Charges credits; failed tasks are
        refunded.

        Args:
            name: Task name.
            image_url: Public URL of the portrait image.
            prompt: Generation prompt.
            negative_prompt: Features to avoid.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            audio_url: Public URL of the driving audio.
            duration: Output length in seconds.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = TalkingPhotoStartBody(
            name=name,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            audio_url=audio_url,
            duration=duration,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = talking_photo_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, talking_photo_start._parse_response, TalkingPhotoTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List talking photo tasks.

        The caller's talking photo tasks, newest first, one page at a time.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = talking_photo_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = await self._runner.run(request, talking_photo_list._parse_response, TalkingPhotoTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get several talking photo tasks.

        Fetches several tasks by id in one call. Match results by `_id`, not by position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = TalkingPhotoBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = talking_photo_batch_detail._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, talking_photo_batch_detail._parse_response, TalkingPhotoTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a talking photo task.

        One task with its status and, once `completed`, its `result_url`. Poll this to wait for a task.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = talking_photo_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, talking_photo_get._parse_response, TalkingPhotoTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a talking photo task.

        Removes a task from the history. Do not assume a running task is cancelled.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = talking_photo_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, talking_photo_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))
