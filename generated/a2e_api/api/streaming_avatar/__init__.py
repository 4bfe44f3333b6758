"""The streaming_avatar group: typed methods generated from the spec (the async ones: `_async.py`)."""

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
    from a2e import JobFailedError
    from a2e.streaming import AsyncStreamingSession, StreamingSession

    from ...models.agora_token import AgoraToken
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.streaming_avatar import StreamingAvatar
    from ...models.streaming_avatar_qa_context import StreamingAvatarQaContext
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["StreamingAvatarResource"]


_OPS = Operations(
    {
        "streaming_avatar_list_avatars": lambda: Operation(
            id="streaming_avatar_list_avatars",
            group="streaming_avatar",
            method="list_avatars",
            http_method="GET",
            path="/api/v1/streaming-avatar/all_avatars",
            path_params=(),
            query=(),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "streaming_avatar_get_token": lambda: Operation(
            id="streaming_avatar_get_token",
            group="streaming_avatar",
            method="get_token",
            http_method="POST",
            path="/api/v1/streaming-avatar/agora-token",
            path_params=(),
            query=(),
            body=(
                Argument(name="avatar_id", wire="avatar_id", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="expire_seconds",
                    wire="expire_seconds",
                    where="body",
                    schema={"type": ["integer"], "minimum": 1},
                    required=False,
                ),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(1001,),
            session=Session(
                close="streaming_avatar_leave",
                key="channel",
                expires="expire_epoch_timestamp",
                lifetime="expire_seconds",
            ),
            deprecated=None,
        ),
        "streaming_avatar_set_qa_context": lambda: Operation(
            id="streaming_avatar_set_qa_context",
            group="streaming_avatar",
            method="set_qa_context",
            http_method="POST",
            path="/api/v1/streaming-avatar/set-qa-context",
            path_params=(),
            query=(),
            body=(
                Argument(name="channel", wire="channel", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="text",
                    wire="text",
                    where="body",
                    schema={"type": ["string"], "max_length": 5000},
                    required=True,
                ),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "streaming_avatar_get_qa_context": lambda: Operation(
            id="streaming_avatar_get_qa_context",
            group="streaming_avatar",
            method="get_qa_context",
            http_method="GET",
            path="/api/v1/streaming-avatar/get-qa-context",
            path_params=(),
            query=(
                Argument(name="channel", wire="channel", where="query", schema={"type": ["string"]}, required=False),
            ),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "streaming_avatar_ask": lambda: Operation(
            id="streaming_avatar_ask",
            group="streaming_avatar",
            method="ask",
            http_method="POST",
            path="/api/v1/streaming-avatar/ask",
            path_params=(),
            query=(),
            body=(
                Argument(name="text", wire="text", where="body", schema={"type": ["string"]}, required=True),
                Argument(name="channel", wire="channel", where="body", schema={"type": ["string"]}, required=True),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "streaming_avatar_speak": lambda: Operation(
            id="streaming_avatar_speak",
            group="streaming_avatar",
            method="speak",
            http_method="POST",
            path="/api/v1/streaming-avatar/speak",
            path_params=(),
            query=(),
            body=(
                Argument(name="channel", wire="channel", where="body", schema={"type": ["string"]}, required=True),
                Argument(name="text", wire="text", where="body", schema={"type": ["string"]}, required=True),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "streaming_avatar_leave": lambda: Operation(
            id="streaming_avatar_leave",
            group="streaming_avatar",
            method="leave",
            http_method="POST",
            path="/api/v1/streaming-avatar/leave",
            path_params=(),
            query=(),
            body=(Argument(name="channel", wire="channel", where="body", schema={"type": ["string"]}, required=True),),
            files=(),
            record_id=None,
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


class StreamingAvatarResource:
    """Operations of the streaming_avatar group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> StreamingAvatarResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return StreamingAvatarResourceWithRawResponse(self)

    def list_avatars(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[StreamingAvatar]:
        """List streaming avatars.

        Lists the avatars that can be streamed; pass an avatar's `_id` as `avatar_id` to `get_token`.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["streaming_avatar_list_avatars"],
            {},
            models.StreamingAvatar.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def get_token(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AgoraToken:
        """Get a streaming avatar token.

        Starts a streaming session and returns what a front end needs to join the Agora RTC room
        (`appId`, `channel`, `token`, `uid`). Coins are charged up front up to the expiry; call
        `leave` when done or billing continues. When no streaming host is free the API answers
        `code` 1001 ("hosts are occupied").

        Args:
            avatar_id: The `_id` of a streaming avatar from `list_avatars`.
            expire_seconds: Session lifetime in seconds; coins are charged up front for it (callers use 60 to 3600).

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["streaming_avatar_get_token"],
            {
                "avatar_id": avatar_id,
                "expire_seconds": expire_seconds,
            },
            models.AgoraToken.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def session(
        self,
        avatar_id: str,
        *,
        expire_seconds: int | Unset = UNSET,
        busy_tries: int = 3,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamingSession:
        """`get_token` as a session that `leave` ends on every path.

        `with client.streaming_avatar.session(...) as s:` opens it (retrying "busy" up to
        `busy_tries` times, with a pause between), records it in the local registry, and closes it on
        return, exception, KeyboardInterrupt, SIGTERM and interpreter exit (see `a2e.streaming`).
        """
        from a2e.streaming import StreamingSession

        return StreamingSession(
            self,
            _OPS["streaming_avatar_get_token"],
            {
                "avatar_id": avatar_id,
                "expire_seconds": expire_seconds,
            },
            busy_tries=busy_tries,
            options={
                "timeout": timeout,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
            },
        )

    def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Set the QA context.

        Gives the avatar a knowledge text (at most 5,000 characters) that later `ask` questions are
        answered from. Answers no data.

        Args:
            channel: The session's Agora channel, from `get_token`.
            text: The knowledge text answers are drawn from (the limit is stated in the page's prose).

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["streaming_avatar_set_qa_context"],
            {
                "channel": channel,
                "text": text,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get_qa_context(
        self,
        *,
        channel: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> StreamingAvatarQaContext:
        """Get the QA context.

        Reads back the knowledge text set with `set_qa_context` (inferred shape `{channel, text}`).

        Args:
            channel:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["streaming_avatar_get_qa_context"],
            {
                "channel": channel,
            },
            models.StreamingAvatarQaContext.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def ask(
        self,
        *,
        text: str,
        channel: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Ask the avatar a question.

        The avatar answers from the QA context with lip-synced speech. The answer text is not in the
        HTTP reply; it arrives on the Agora client as `stream-message` events (`{"type": "QA",
        "message": ..., "pos": ...}`).

        Args:
            text: The question.
            channel: The session's Agora channel, from `get_token`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["streaming_avatar_ask"],
            {
                "text": text,
                "channel": channel,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def speak(
        self,
        *,
        channel: str,
        text: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Let the avatar speak directly.

        Makes the avatar say `text` verbatim, for answers produced by your own logic (e.g. RAG).

        Args:
            channel: The session's Agora channel, from `get_token`.
            text: What the avatar should say.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["streaming_avatar_speak"],
            {
                "channel": channel,
                "text": text,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def leave(
        self,
        *,
        channel: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Leave the room.

        Ends the session so A2E releases the avatar and stops charging; unused prepaid coins are
        refunded. Answers no data.

        Args:
            channel: The session's Agora channel, from `get_token`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["streaming_avatar_leave"],
            {
                "channel": channel,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class StreamingAvatarResourceWithRawResponse:
    """Like `StreamingAvatarResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: StreamingAvatarResource) -> None:
        self.list_avatars = raw_response(resource.list_avatars)
        self.get_token = raw_response(resource.get_token)
        self.set_qa_context = raw_response(resource.set_qa_context)
        self.get_qa_context = raw_response(resource.get_qa_context)
        self.ask = raw_response(resource.ask)
        self.speak = raw_response(resource.speak)
        self.leave = raw_response(resource.leave)
