"""The dubbing group's asynchronous methods, generated from the spec."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Callable, Iterable
from typing import TYPE_CHECKING

from ... import models
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    FileInput,
    NotGiven,
    Unset,
    parse_nothing,
)
from .. import (
    DEFAULT_WAIT_TIMEOUT,
    Body,
    Headers,
    Query,
    Timeout,
    async_raw_response,
)
from . import _OPS

if TYPE_CHECKING:
    from a2e import JobFailedError

    from ...models import CompletedDubbingTask, DubbingTask
    from ...models.dubbing_task import DubbingTask
    from ...models.dubbing_task_page import DubbingTaskPage
    from ...models.quote import Quote
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncDubbingResource"]


class AsyncDubbingResource:
    """Operations of the dubbing group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncDubbingResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> AsyncDubbingQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return AsyncDubbingQuotes(self._runner)

    async def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | FileInput | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> DubbingTask:
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

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["dubbing_start"],
            {
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "source_url": source_url,
                "source_lang": source_lang,
                "target_lang": target_lang,
                "num_speakers": num_speakers,
                "drop_background_audio": drop_background_audio,
            },
            models.DubbingTask.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    async def start_and_wait(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | FileInput | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[DubbingTask], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedDubbingTask:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = await self.start(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            source_url=source_url,
            source_lang=source_lang,
            target_lang=target_lang,
            num_speakers=num_speakers,
            drop_background_audio=drop_background_audio,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return await self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    async def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> DubbingTaskPage:
        """List dubbing tasks.

        The caller's dubbing tasks, newest first, one page at a time, with the total `count`.

        Args:
            page_num:
            page_size:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["dubbing_list"],
            {
                "page_num": page_num,
                "page_size": page_size,
            },
            models.DubbingTaskPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_all(
        self,
        *,
        page_size: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncIterator[DubbingTask]:
        """Every record of `list`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list`, the page size included.
        """
        return self._runner.paginate(
            _OPS["dubbing_list"],
            {
                "page_size": page_size,
            },
            models.DubbingTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def list_processing(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[DubbingTask]:
        """List dubbing tasks in progress.

        The caller's dubbing tasks that are still processing. Takes no parameters; not paginated.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["dubbing_list_processing"],
            {},
            models.DubbingTask.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> DubbingTask:
        """Get a dubbing task.

        One dubbing task with its status and, once `completed`, its `result_url`. Poll this to wait for
        a task.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["dubbing_get"],
            {
                "id": id,
            },
            models.DubbingTask.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> None:
        """Delete a dubbing task.

        Removes one dubbing task from the caller's history; other records are unaffected. Do not
        assume a running task is cancelled. An invalid id answers 400. Answers no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["dubbing_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[DubbingTask], object] | None = None,
    ) -> CompletedDubbingTask:
        """Wait until job `id` is done and return its finished record (polls `dubbing.get`).

        Polls with backoff (2 s growing to 30 s, with jitter) and retries transient errors of the
        poll; a status the spec does not list keeps the wait going. Never re-sends the start.

        Args:
            id: The job's id, from `start` (or a webhook, or another process).
            wait_timeout: Seconds to wait in all, the poll in flight included (A2E fails jobs after
                2 hours). Not the per-request `timeout` of the other methods.
            on_update: Called with the record each time its status changes.

        Raises:
            JobFailedError: The job failed; it carries the record, the failure code and message.
            JobTimeoutError: Not done within `wait_timeout`: the job may still be running; wait again with the same id.
            APIResponseValidationError: A poll answered a record that does not match the spec (its
                `body` holds the reply); the job is not affected: wait again with the same id.
        """
        return await self._runner.wait(
            _OPS["dubbing_start"],
            id,
            models.DubbingTask.from_dict,
            models.CompletedDubbingTask.from_dict,
            wait_timeout,
            on_update,
        )

    async def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[DubbingTask], object] | None = None,
    ) -> builtins.list[CompletedDubbingTask | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls each job in turn, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return await self._runner.wait_many(
            _OPS["dubbing_start"],
            builtins.list(ids),
            models.DubbingTask.from_dict,
            models.CompletedDubbingTask.from_dict,
            wait_timeout,
            on_update,
        )


class AsyncDubbingResourceWithRawResponse:
    """Like `AsyncDubbingResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncDubbingResource) -> None:
        self.start = async_raw_response(resource.start)
        self.list = async_raw_response(resource.list)
        self.list_processing = async_raw_response(resource.list_processing)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)


class AsyncDubbingQuotes:
    """What each job start of the dubbing group would cost; nothing is started."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def start(
        self,
        *,
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | FileInput | Unset = UNSET,
        source_lang: str | Unset = UNSET,
        target_lang: str | Unset = UNSET,
        num_speakers: int | Unset = UNSET,
        drop_background_audio: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `dubbing.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return await self._runner.quote(
            _OPS["dubbing_start"],
            {
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "source_url": source_url,
                "source_lang": source_lang,
                "target_lang": target_lang,
                "num_speakers": num_speakers,
                "drop_background_audio": drop_background_audio,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
