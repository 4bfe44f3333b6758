"""The wan_3 group: typed methods generated from the spec (the async ones: `_async.py`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Required, TypedDict

from ... import models
from ...descriptors import (
    Argument,
    Idempotency,
    Operation,
    Operations,
    Pagination,
    Session,
    Task,
)
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    FileInput,
    NotGiven,
    Unset,
    nullable,
    parse_any,
    parse_nothing,
    parse_str,
)
from .. import (
    DEFAULT_WAIT_TIMEOUT,
    Body,
    Headers,
    Query,
    Timeout,
    async_raw_response,
    raw_response,
)

if TYPE_CHECKING:
    from typing import cast

    from a2e import JobFailedError

    from ...models import CompletedWan3Task, Wan3Task
    from ...models.quote import Quote
    from ...models.wan_3_start_body_input import Wan3StartBodyInput
    from ...models.wan_3_start_body_mode import (
        Wan3StartBodyMode,
        check_wan_3_start_body_mode,
    )
    from ...models.wan_3_start_body_model import (
        Wan3StartBodyModel,
        check_wan_3_start_body_model,
    )
    from ...models.wan_3_start_body_parameters import Wan3StartBodyParameters
    from ...models.wan_3_task import Wan3Task
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["Wan3Resource", "Wan3StartParams"]


_OPS = Operations(
    {
        "wan_3_start": lambda: Operation(
            id="wan_3_start",
            group="wan_3",
            method="start",
            http_method="POST",
            path="/api/v1/userWan30/start",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="model",
                    wire="model",
                    where="body",
                    schema={"type": ["string"], "enum": ["wan3.0-video", "wan3.0-video-prime"]},
                    required=True,
                ),
                Argument(
                    name="mode",
                    wire="mode",
                    where="body",
                    schema={
                        "type": ["string"],
                        "enum": ["text-to-video", "first-frame", "first-last-frames", "reference"],
                    },
                    required=False,
                ),
                Argument(
                    name="input_",
                    wire="input",
                    where="body",
                    schema={
                        "type": ["object"],
                        "properties": {
                            "prompt": {"type": ["string"]},
                            "media": {
                                "type": ["array"],
                                "items": {
                                    "type": ["object"],
                                    "properties": {
                                        "type": {"type": ["string"]},
                                        "url": {"type": ["string"], "file": "media"},
                                        "duration": {"type": ["number"]},
                                    },
                                    "required": [],
                                },
                            },
                        },
                        "required": [],
                    },
                    required=True,
                ),
                Argument(
                    name="parameters",
                    wire="parameters",
                    where="body",
                    schema={
                        "type": ["object"],
                        "properties": {
                            "resolution": {"type": ["string"]},
                            "ratio": {"type": ["string"]},
                            "duration": {"type": ["integer"]},
                            "audio": {"type": ["boolean"]},
                            "prompt_extend": {"type": ["boolean"]},
                            "seed": {"type": ["integer"]},
                            "watermark": {"type": ["boolean"]},
                        },
                        "required": [],
                    },
                    required=True,
                ),
                Argument(
                    name="force_generate",
                    wire="force_generate",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(
                    name="webhook_url",
                    wire="webhook_url",
                    where="body",
                    schema={"type": ["string"], "max_length": 2048},
                    required=False,
                ),
                Argument(
                    name="webhook_token",
                    wire="webhook_token",
                    where="body",
                    schema={"type": ["string"], "max_length": 256},
                    required=False,
                ),
            ),
            files=(),
            record_id=None,
            task=Task(
                detail="wan_3_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=("result_url",),
                files={"result_url": "video"},
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "wan_3_get": lambda: Operation(
            id="wan_3_get",
            group="wan_3",
            method="get",
            http_method="GET",
            path="/api/v1/userWan30/{id}",
            path_params=(
                Argument(
                    name="id", wire="id", where="path", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            query=(),
            body=None,
            files=(),
            record_id="id",
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""

if TYPE_CHECKING:
    from ._params import Wan3StartParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("Wan3StartParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Wan3Resource:
    """Operations of the wan_3 group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> Wan3ResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return Wan3ResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> Wan3Quotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return Wan3Quotes(self._runner)

    def start(
        self,
        *,
        model: Wan3StartBodyModel,
        input_: Wan3StartBodyInput | dict[str, Any],
        parameters: Wan3StartBodyParameters | dict[str, Any],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        mode: Wan3StartBodyMode | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Wan3Task:
        """Start a Wan 3.0 video task.

        Asynchronous: starts a Wan 3.0 video task. `mode` is `text-to-video` (default),
        `first-frame`, `first-last-frames` or `reference`; the prompt and the media list go in
        `input`, the generation settings (resolution, ratio, duration, audio, prompt extension,
        seed, watermark) in `parameters`. Reference media cannot be mixed with strict first/last
        frame media; reference videos are 3 to 15 s each, 15 s in total. There is no negative
        prompt. `wan3.0-video-prime` gives the same output faster (about 2 instead of about 14
        minutes) at a higher price per second. Answers 503 while the provider or Wan 3.0 pricing
        is not configured. Returns the task record once accepted; wait with `get` (or a webhook).

        Args:
            model: `wan3.0-video-prime`: same output, faster inference, higher price per second.
            input_: The prompt and the input media.
            parameters: Generation settings.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            name: Task name.
            mode: Generation mode. Reference media cannot be mixed with strict first/last-frame media.
            force_generate: Not in the catalog; public code sends `true` (elsewhere the flag overrides the NSFW
                check).

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["wan_3_start"],
            {
                "model": model,
                "input_": input_,
                "parameters": parameters,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "mode": mode,
                "force_generate": force_generate,
            },
            models.Wan3Task.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def start_and_wait(
        self,
        *,
        model: Wan3StartBodyModel,
        input_: Wan3StartBodyInput | dict[str, Any],
        parameters: Wan3StartBodyParameters | dict[str, Any],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        mode: Wan3StartBodyMode | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[Wan3Task], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedWan3Task:
        """`start`, then `wait`: the finished record, result fields set.

        Takes the arguments of `start`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.start(
            model=model,
            input_=input_,
            parameters=parameters,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            mode=mode,
            force_generate=force_generate,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Wan3Task:
        """Get a Wan 3.0 video task.

        One Wan 3.0 task with its status and, once `completed`, its `result_url`. Poll this to wait
        for a task. Not in A2E's catalog, which documents only the start: one public caller polls
        this path, following the `/{id}` pattern of every other task family.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["wan_3_get"],
            {
                "id": id,
            },
            models.Wan3Task.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[Wan3Task], object] | None = None,
    ) -> CompletedWan3Task:
        """Wait until job `id` is done and return its finished record (polls `wan_3.get`).

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
        return self._runner.wait(
            _OPS["wan_3_start"],
            id,
            models.Wan3Task.from_dict,
            models.CompletedWan3Task.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[Wan3Task], object] | None = None,
    ) -> builtins.list[CompletedWan3Task | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls each job in turn, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["wan_3_start"],
            builtins.list(ids),
            models.Wan3Task.from_dict,
            models.CompletedWan3Task.from_dict,
            wait_timeout,
            on_update,
        )


class Wan3ResourceWithRawResponse:
    """Like `Wan3Resource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: Wan3Resource) -> None:
        self.start = raw_response(resource.start)
        self.get = raw_response(resource.get)


class Wan3Quotes:
    """What each job start of the wan_3 group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def start(
        self,
        *,
        model: Wan3StartBodyModel,
        input_: Wan3StartBodyInput | dict[str, Any],
        parameters: Wan3StartBodyParameters | dict[str, Any],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        name: str | Unset = UNSET,
        mode: Wan3StartBodyMode | Unset = UNSET,
        force_generate: bool | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `wan_3.start` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `start` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["wan_3_start"],
            {
                "model": model,
                "input_": input_,
                "parameters": parameters,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "name": name,
                "mode": mode,
                "force_generate": force_generate,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
