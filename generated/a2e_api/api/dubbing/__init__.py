"""The dubbing group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
from typing import Any, cast

from ...models.dubbing_start_body import DubbingStartBody
from ...models.dubbing_task import DubbingTask
from ...models.dubbing_task_list_reply import DubbingTaskListReply
from ...models.dubbing_task_page import DubbingTaskPage
from ...models.dubbing_task_page_reply import DubbingTaskPageReply
from ...models.dubbing_task_reply import DubbingTaskReply
from ...models.error_envelope import ErrorEnvelope
from ...models.open_envelope import OpenEnvelope
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    dubbing_delete,
    dubbing_get,
    dubbing_list,
    dubbing_list_processing,
    dubbing_start,
)

__all__ = [
    "AsyncDubbingResource",
    "AsyncDubbingResourceWithRawResponse",
    "DubbingResource",
    "DubbingResourceWithRawResponse",
]


class DubbingResource:
    """Operations of the dubbing group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> DubbingResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return DubbingResourceWithRawResponse(self._runner)

    def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start a dubbing task.

        Asynchronous: dubs the speech of a source video or audio (`source_url`) from `source_lang`
        into `target_lang`. Returns the task record once accepted; wait with `get` (or a webhook).
        Charges credits; failed tasks are refunded. The catalog documents only the webhook fields
        of this body; the input fields below are the ones public callers send (`name`,
        `source_url`, `source_lang`, `target_lang`, `num_speakers`, `drop_background_audio`).
        None is required by the spec, since no source states which the server requires, but a
        task without `source_url` and `target_lang` has nothing to dub.

        Args:
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name. Observed in public callers (P3, P6, P7); not in the catalog.
            source_url: Public URL of the video or audio to dub. Observed in public callers (P3, P6, P7); not in
                the catalog.
            source_lang: Language code of the original speech, e.g. `zh`, `en`. Observed in public
                callers (P3, P6, P7); not in the catalog. P7 sends `auto` to have it detected,
                which no A2E source confirms.
            target_lang: Language code to dub into, e.g. `en`; a caller's reference lists zh, en, ar,
                ja, es, de, fr and more. Observed in public callers (P3, P6, P7); not in the catalog.
            num_speakers: Number of speakers in the source (callers send 1). Observed in public callers (P3, P6,
                P7); not in the catalog.
            drop_background_audio: Whether to leave out the source's background audio (callers send `false`). Observed in
                public callers (P3, P6, P7); not in the catalog.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = DubbingStartBody(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            source_url=source_url,
            source_lang=source_lang,
            target_lang=target_lang,
            num_speakers=num_speakers,
            drop_background_audio=drop_background_audio,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = dubbing_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, dubbing_start._parse_response, DubbingTaskReply)
        return unset_to_none(raw.data.data)

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List dubbing tasks.

        The caller's dubbing tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = dubbing_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = self._runner.run(request, dubbing_list._parse_response, DubbingTaskPageReply)
        return unset_to_none(raw.data.data)

    def list_processing(
        self,
    ) -> Any:
        """List dubbing tasks in progress.

        The caller's dubbing tasks that are still processing. Takes no parameters; not paginated.

        Returns:
            The reply's `data`.
        """

        request = dubbing_list_processing._get_kwargs()

        raw = self._runner.run(request, dubbing_list_processing._parse_response, DubbingTaskListReply)
        return unset_to_none(raw.data.data)

    def get(
        self,
        id: str,
    ) -> Any:
        """Get a dubbing task.

        One dubbing task with its status and, once `completed`, its `result_url`. Poll this to wait for
        a task.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = dubbing_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, dubbing_get._parse_response, DubbingTaskReply)
        return unset_to_none(raw.data.data)

    def delete(
        self,
        id: str,
    ) -> Any:
        """Delete a dubbing task.

        Removes one dubbing task from the caller's history; other records are unaffected. Do not
        assume a running task is cancelled. An invalid id answers 400.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = dubbing_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, dubbing_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class DubbingResourceWithRawResponse:
    """Like `DubbingResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start a dubbing task.

        Asynchronous: dubs the speech of a source video or audio (`source_url`) from `source_lang`
        into `target_lang`. Returns the task record once accepted; wait with `get` (or a webhook).
        Charges credits; failed tasks are refunded. The catalog documents only the webhook fields
        of this body; the input fields below are the ones public callers send (`name`,
        `source_url`, `source_lang`, `target_lang`, `num_speakers`, `drop_background_audio`).
        None is required by the spec, since no source states which the server requires, but a
        task without `source_url` and `target_lang` has nothing to dub.

        Args:
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name. Observed in public callers (P3, P6, P7); not in the catalog.
            source_url: Public URL of the video or audio to dub. Observed in public callers (P3, P6, P7); not in
                the catalog.
            source_lang: Language code of the original speech, e.g. `zh`, `en`. Observed in public
                callers (P3, P6, P7); not in the catalog. P7 sends `auto` to have it detected,
                which no A2E source confirms.
            target_lang: Language code to dub into, e.g. `en`; a caller's reference lists zh, en, ar,
                ja, es, de, fr and more. Observed in public callers (P3, P6, P7); not in the catalog.
            num_speakers: Number of speakers in the source (callers send 1). Observed in public callers (P3, P6,
                P7); not in the catalog.
            drop_background_audio: Whether to leave out the source's background audio (callers send `false`). Observed in
                public callers (P3, P6, P7); not in the catalog.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = DubbingStartBody(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            source_url=source_url,
            source_lang=source_lang,
            target_lang=target_lang,
            num_speakers=num_speakers,
            drop_background_audio=drop_background_audio,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = dubbing_start._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, dubbing_start._parse_response, DubbingTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List dubbing tasks.

        The caller's dubbing tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = dubbing_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = self._runner.run(request, dubbing_list._parse_response, DubbingTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_processing(
        self,
    ) -> RawResponse[Any]:
        """List dubbing tasks in progress.

        The caller's dubbing tasks that are still processing. Takes no parameters; not paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = dubbing_list_processing._get_kwargs()

        raw = self._runner.run(request, dubbing_list_processing._parse_response, DubbingTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a dubbing task.

        One dubbing task with its status and, once `completed`, its `result_url`. Poll this to wait for
        a task.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = dubbing_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, dubbing_get._parse_response, DubbingTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a dubbing task.

        Removes one dubbing task from the caller's history; other records are unaffected. Do not
        assume a running task is cancelled. An invalid id answers 400.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = dubbing_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, dubbing_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncDubbingResource:
    """Operations of the dubbing group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncDubbingResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncDubbingResourceWithRawResponse(self._runner)

    async def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Start a dubbing task.

        Asynchronous: dubs the speech of a source video or audio (`source_url`) from `source_lang`
        into `target_lang`. Returns the task record once accepted; wait with `get` (or a webhook).
        Charges credits; failed tasks are refunded. The catalog documents only the webhook fields
        of this body; the input fields below are the ones public callers send (`name`,
        `source_url`, `source_lang`, `target_lang`, `num_speakers`, `drop_background_audio`).
        None is required by the spec, since no source states which the server requires, but a
        task without `source_url` and `target_lang` has nothing to dub.

        Args:
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name. Observed in public callers (P3, P6, P7); not in the catalog.
            source_url: Public URL of the video or audio to dub. Observed in public callers (P3, P6, P7); not in
                the catalog.
            source_lang: Language code of the original speech, e.g. `zh`, `en`. Observed in public
                callers (P3, P6, P7); not in the catalog. P7 sends `auto` to have it detected,
                which no A2E source confirms.
            target_lang: Language code to dub into, e.g. `en`; a caller's reference lists zh, en, ar,
                ja, es, de, fr and more. Observed in public callers (P3, P6, P7); not in the catalog.
            num_speakers: Number of speakers in the source (callers send 1). Observed in public callers (P3, P6,
                P7); not in the catalog.
            drop_background_audio: Whether to leave out the source's background audio (callers send `false`). Observed in
                public callers (P3, P6, P7); not in the catalog.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = DubbingStartBody(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            source_url=source_url,
            source_lang=source_lang,
            target_lang=target_lang,
            num_speakers=num_speakers,
            drop_background_audio=drop_background_audio,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = dubbing_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, dubbing_start._parse_response, DubbingTaskReply)
        return unset_to_none(raw.data.data)

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any:
        """List dubbing tasks.

        The caller's dubbing tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data`.
        """

        request = dubbing_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = await self._runner.run(request, dubbing_list._parse_response, DubbingTaskPageReply)
        return unset_to_none(raw.data.data)

    async def list_processing(
        self,
    ) -> Any:
        """List dubbing tasks in progress.

        The caller's dubbing tasks that are still processing. Takes no parameters; not paginated.

        Returns:
            The reply's `data`.
        """

        request = dubbing_list_processing._get_kwargs()

        raw = await self._runner.run(request, dubbing_list_processing._parse_response, DubbingTaskListReply)
        return unset_to_none(raw.data.data)

    async def get(
        self,
        id: str,
    ) -> Any:
        """Get a dubbing task.

        One dubbing task with its status and, once `completed`, its `result_url`. Poll this to wait for
        a task.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = dubbing_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, dubbing_get._parse_response, DubbingTaskReply)
        return unset_to_none(raw.data.data)

    async def delete(
        self,
        id: str,
    ) -> Any:
        """Delete a dubbing task.

        Removes one dubbing task from the caller's history; other records are unaffected. Do not
        assume a running task is cancelled. An invalid id answers 400.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = dubbing_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, dubbing_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class AsyncDubbingResourceWithRawResponse:
    """Like `AsyncDubbingResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Start a dubbing task.

        Asynchronous: dubs the speech of a source video or audio (`source_url`) from `source_lang`
        into `target_lang`. Returns the task record once accepted; wait with `get` (or a webhook).
        Charges credits; failed tasks are refunded. The catalog documents only the webhook fields
        of this body; the input fields below are the ones public callers send (`name`,
        `source_url`, `source_lang`, `target_lang`, `num_speakers`, `drop_background_audio`).
        None is required by the spec, since no source states which the server requires, but a
        task without `source_url` and `target_lang` has nothing to dub.

        Args:
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name. Observed in public callers (P3, P6, P7); not in the catalog.
            source_url: Public URL of the video or audio to dub. Observed in public callers (P3, P6, P7); not in
                the catalog.
            source_lang: Language code of the original speech, e.g. `zh`, `en`. Observed in public
                callers (P3, P6, P7); not in the catalog. P7 sends `auto` to have it detected,
                which no A2E source confirms.
            target_lang: Language code to dub into, e.g. `en`; a caller's reference lists zh, en, ar,
                ja, es, de, fr and more. Observed in public callers (P3, P6, P7); not in the catalog.
            num_speakers: Number of speakers in the source (callers send 1). Observed in public callers (P3, P6,
                P7); not in the catalog.
            drop_background_audio: Whether to leave out the source's background audio (callers send `false`). Observed in
                public callers (P3, P6, P7); not in the catalog.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = DubbingStartBody(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            source_url=source_url,
            source_lang=source_lang,
            target_lang=target_lang,
            num_speakers=num_speakers,
            drop_background_audio=drop_background_audio,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = dubbing_start._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, dubbing_start._parse_response, DubbingTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List dubbing tasks.

        The caller's dubbing tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = dubbing_list._get_kwargs(
            page_num=page_num,
            page_size=page_size,
        )

        raw = await self._runner.run(request, dubbing_list._parse_response, DubbingTaskPageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_processing(
        self,
    ) -> RawResponse[Any]:
        """List dubbing tasks in progress.

        The caller's dubbing tasks that are still processing. Takes no parameters; not paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = dubbing_list_processing._get_kwargs()

        raw = await self._runner.run(request, dubbing_list_processing._parse_response, DubbingTaskListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a dubbing task.

        One dubbing task with its status and, once `completed`, its `result_url`. Poll this to wait for
        a task.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = dubbing_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, dubbing_get._parse_response, DubbingTaskReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a dubbing task.

        Removes one dubbing task from the caller's history; other records are unaffected. Do not
        assume a running task is cancelled. An invalid id answers 400.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = dubbing_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, dubbing_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))
