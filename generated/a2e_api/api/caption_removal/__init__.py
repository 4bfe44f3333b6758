"""The caption_removal group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
from typing import Any, cast

from ...models.caption_removal_batch_detail_body import CaptionRemovalBatchDetailBody
from ...models.caption_removal_retry_body import CaptionRemovalRetryBody
from ...models.caption_removal_start_body import CaptionRemovalStartBody
from ...models.caption_removal_task import CaptionRemovalTask
from ...models.caption_removal_task_list_reply import CaptionRemovalTaskListReply
from ...models.caption_removal_task_page import CaptionRemovalTaskPage
from ...models.caption_removal_task_page_reply import CaptionRemovalTaskPageReply
from ...models.caption_removal_task_reply import CaptionRemovalTaskReply
from ...models.error_envelope import ErrorEnvelope
from ...models.open_envelope import OpenEnvelope
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    caption_removal_batch_detail,
    caption_removal_delete,
    caption_removal_get,
    caption_removal_list,
    caption_removal_list_processing,
    caption_removal_retry,
    caption_removal_start,
)

__all__ = [
    "AsyncCaptionRemovalResource",
    "AsyncCaptionRemovalResourceWithRawResponse",
    "CaptionRemovalResource",
    "CaptionRemovalResourceWithRawResponse",
]


class CaptionRemovalResource:
    """Operations of the caption_removal group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> CaptionRemovalResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return CaptionRemovalResourceWithRawResponse(self._runner)

    def start(
        self,
        *,
        name: str,
        source_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start a caption removal task.

        Asynchronous: removes burned-in captions (on-screen text) from the video at `source_url`.
        Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
        failed tasks are refunded.

        Args:
            name: Task name.
            source_url: Public URL of the source video. (Some callers send `video_url`; the catalog's name is
                `source_url`.)
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CaptionRemovalStartBody(
            name=name,
            source_url=source_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, caption_removal_start._parse_response, CaptionRemovalTaskReply)
        return unset_to_none(raw.data.data)

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List caption removal tasks.

        The caller's caption removal tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = caption_removal_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = self._runner.run(request, caption_removal_list._parse_response, CaptionRemovalTaskPageReply)
        return unset_to_none(raw.data.data)

    def list_processing(
        self,
    ) -> Any:
        """List caption removal tasks in progress.

        The caller's caption removal tasks that are still in progress. Takes no parameters; not
        paginated.

        Returns:
            The reply's `data`.
        """

        request = caption_removal_list_processing._get_kwargs()

        raw = self._runner.run(request, caption_removal_list_processing._parse_response, CaptionRemovalTaskListReply)
        return unset_to_none(raw.data.data)

    def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get several caption removal tasks.

        Fetches several caption removal tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CaptionRemovalBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_batch_detail._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, caption_removal_batch_detail._parse_response, CaptionRemovalTaskListReply)
        return unset_to_none(raw.data.data)

    def retry(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Retry a failed caption removal task.

        Asynchronous: asks for another attempt of an eligible failed caption removal task
        (eligibility and charging follow task-specific rules). The reply only confirms acceptance;
        keep polling `get`. The catalog documents no request fields; `_id` is inferred from the
        sibling calls, and other fields pass through as given.

        Args:
            id: Inferred, not documented. The `_id` of the failed caption removal task.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CaptionRemovalRetryBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_retry._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, caption_removal_retry._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def get(
        self,
        id: str,
    ) -> Any:
        """Get a caption removal task.

        One caption removal task with its status and, once `completed`, its `result_url`. Poll this to
        wait for a task.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = caption_removal_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, caption_removal_get._parse_response, CaptionRemovalTaskReply)
        return unset_to_none(raw.data.data)

    def delete(
        self,
        id: str,
    ) -> Any:
        """Delete a caption removal task.

        Removes one caption removal task from the caller's history; other records are unaffected.
        Do not assume a running task is cancelled. An invalid id answers 400.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = caption_removal_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, caption_removal_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class CaptionRemovalResourceWithRawResponse:
    """Like `CaptionRemovalResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        name: str,
        source_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start a caption removal task.

        Asynchronous: removes burned-in captions (on-screen text) from the video at `source_url`.
        Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
        failed tasks are refunded.

        Args:
            name: Task name.
            source_url: Public URL of the source video. (Some callers send `video_url`; the catalog's name is
                `source_url`.)
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CaptionRemovalStartBody(
            name=name,
            source_url=source_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, caption_removal_start._parse_response, CaptionRemovalTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List caption removal tasks.

        The caller's caption removal tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = caption_removal_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = self._runner.run(request, caption_removal_list._parse_response, CaptionRemovalTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_processing(
        self,
    ) -> RawResponse[Any]:
        """List caption removal tasks in progress.

        The caller's caption removal tasks that are still in progress. Takes no parameters; not
        paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = caption_removal_list_processing._get_kwargs()

        raw = self._runner.run(request, caption_removal_list_processing._parse_response, CaptionRemovalTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get several caption removal tasks.

        Fetches several caption removal tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CaptionRemovalBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_batch_detail._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, caption_removal_batch_detail._parse_response, CaptionRemovalTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def retry(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Retry a failed caption removal task.

        Asynchronous: asks for another attempt of an eligible failed caption removal task
        (eligibility and charging follow task-specific rules). The reply only confirms acceptance;
        keep polling `get`. The catalog documents no request fields; `_id` is inferred from the
        sibling calls, and other fields pass through as given.

        Args:
            id: Inferred, not documented. The `_id` of the failed caption removal task.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CaptionRemovalRetryBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_retry._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, caption_removal_retry._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a caption removal task.

        One caption removal task with its status and, once `completed`, its `result_url`. Poll this to
        wait for a task.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = caption_removal_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, caption_removal_get._parse_response, CaptionRemovalTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a caption removal task.

        Removes one caption removal task from the caller's history; other records are unaffected.
        Do not assume a running task is cancelled. An invalid id answers 400.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = caption_removal_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, caption_removal_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncCaptionRemovalResource:
    """Operations of the caption_removal group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncCaptionRemovalResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncCaptionRemovalResourceWithRawResponse(self._runner)

    async def start(
        self,
        *,
        name: str,
        source_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start a caption removal task.

        Asynchronous: removes burned-in captions (on-screen text) from the video at `source_url`.
        Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
        failed tasks are refunded.

        Args:
            name: Task name.
            source_url: Public URL of the source video. (Some callers send `video_url`; the catalog's name is
                `source_url`.)
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CaptionRemovalStartBody(
            name=name,
            source_url=source_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, caption_removal_start._parse_response, CaptionRemovalTaskReply)
        return unset_to_none(raw.data.data)

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List caption removal tasks.

        The caller's caption removal tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = caption_removal_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = await self._runner.run(request, caption_removal_list._parse_response, CaptionRemovalTaskPageReply)
        return unset_to_none(raw.data.data)

    async def list_processing(
        self,
    ) -> Any:
        """List caption removal tasks in progress.

        The caller's caption removal tasks that are still in progress. Takes no parameters; not
        paginated.

        Returns:
            The reply's `data`.
        """

        request = caption_removal_list_processing._get_kwargs()

        raw = await self._runner.run(
            request, caption_removal_list_processing._parse_response, CaptionRemovalTaskListReply
        )
        return unset_to_none(raw.data.data)

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get several caption removal tasks.

        Fetches several caption removal tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CaptionRemovalBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_batch_detail._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, caption_removal_batch_detail._parse_response, CaptionRemovalTaskListReply)
        return unset_to_none(raw.data.data)

    async def retry(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Retry a failed caption removal task.

        Asynchronous: asks for another attempt of an eligible failed caption removal task
        (eligibility and charging follow task-specific rules). The reply only confirms acceptance;
        keep polling `get`. The catalog documents no request fields; `_id` is inferred from the
        sibling calls, and other fields pass through as given.

        Args:
            id: Inferred, not documented. The `_id` of the failed caption removal task.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CaptionRemovalRetryBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_retry._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, caption_removal_retry._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def get(
        self,
        id: str,
    ) -> Any:
        """Get a caption removal task.

        One caption removal task with its status and, once `completed`, its `result_url`. Poll this to
        wait for a task.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = caption_removal_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, caption_removal_get._parse_response, CaptionRemovalTaskReply)
        return unset_to_none(raw.data.data)

    async def delete(
        self,
        id: str,
    ) -> Any:
        """Delete a caption removal task.

        Removes one caption removal task from the caller's history; other records are unaffected.
        Do not assume a running task is cancelled. An invalid id answers 400.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = caption_removal_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, caption_removal_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class AsyncCaptionRemovalResourceWithRawResponse:
    """Like `AsyncCaptionRemovalResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        name: str,
        source_url: str,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start a caption removal task.

        Asynchronous: removes burned-in captions (on-screen text) from the video at `source_url`.
        Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
        failed tasks are refunded.

        Args:
            name: Task name.
            source_url: Public URL of the source video. (Some callers send `video_url`; the catalog's name is
                `source_url`.)
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CaptionRemovalStartBody(
            name=name,
            source_url=source_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, caption_removal_start._parse_response, CaptionRemovalTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List caption removal tasks.

        The caller's caption removal tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = caption_removal_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = await self._runner.run(request, caption_removal_list._parse_response, CaptionRemovalTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_processing(
        self,
    ) -> RawResponse[Any]:
        """List caption removal tasks in progress.

        The caller's caption removal tasks that are still in progress. Takes no parameters; not
        paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = caption_removal_list_processing._get_kwargs()

        raw = await self._runner.run(
            request, caption_removal_list_processing._parse_response, CaptionRemovalTaskListReply
        )
        return raw.with_data(unset_to_none(raw.data.data))

    async def batch_detail(
        self,
        *,
        ids: builtins.list[str],
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get several caption removal tasks.

        Fetches several caption removal tasks by id in one call. Match results by `_id`, not by
        position.

        Args:
            ids: Task ids to look up.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CaptionRemovalBatchDetailBody(
            ids=ids,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_batch_detail._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, caption_removal_batch_detail._parse_response, CaptionRemovalTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def retry(
        self,
        *,
        id: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Retry a failed caption removal task.

        Asynchronous: asks for another attempt of an eligible failed caption removal task
        (eligibility and charging follow task-specific rules). The reply only confirms acceptance;
        keep polling `get`. The catalog documents no request fields; `_id` is inferred from the
        sibling calls, and other fields pass through as given.

        Args:
            id: Inferred, not documented. The `_id` of the failed caption removal task.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CaptionRemovalRetryBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = caption_removal_retry._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, caption_removal_retry._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a caption removal task.

        One caption removal task with its status and, once `completed`, its `result_url`. Poll this to
        wait for a task.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = caption_removal_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, caption_removal_get._parse_response, CaptionRemovalTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a caption removal task.

        Removes one caption removal task from the caller's history; other records are unaffected.
        Do not assume a running task is cancelled. An invalid id answers 400.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = caption_removal_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, caption_removal_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))
