"""The streaming_avatar group's asynchronous methods, generated from the spec."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

from ... import models
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    NotGiven,
    Unset,
    parse_nothing,
)
from .. import (
    Body,
    Headers,
    Query,
    Timeout,
    async_raw_response,
)
from . import _OPS

if TYPE_CHECKING:
    from a2e.streaming import AsyncStreamingSession

    from ...models.agora_token import AgoraToken
    from ...models.streaming_avatar import StreamingAvatar
    from ...models.streaming_avatar_qa_context import StreamingAvatarQaContext
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncStreamingAvatarResource"]


class AsyncStreamingAvatarResource:
    """Operations of the streaming_avatar group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncStreamingAvatarResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncStreamingAvatarResourceWithRawResponse(self)

    async def list_avatars(
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

        return await self._runner.call(
            _OPS["streaming_avatar_list_avatars"],
            {},
            models.StreamingAvatar.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def get_token(
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

        return await self._runner.call(
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
    ) -> AsyncStreamingSession:
        """`get_token` as a session that `leave` ends on every path.

        `async with client.streaming_avatar.session(...) as s:` opens it (retrying "busy" up to
        `busy_tries` times, with a pause between), records it in the local registry, and closes it on
        return, exception, KeyboardInterrupt, SIGTERM and interpreter exit (see `a2e.streaming`).
        """
        from a2e.streaming import AsyncStreamingSession

        return AsyncStreamingSession(
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

    async def set_qa_context(
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

        await self._runner.call(
            _OPS["streaming_avatar_set_qa_context"],
            {
                "channel": channel,
                "text": text,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get_qa_context(
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

        return await self._runner.call(
            _OPS["streaming_avatar_get_qa_context"],
            {
                "channel": channel,
            },
            models.StreamingAvatarQaContext.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def ask(
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

        await self._runner.call(
            _OPS["streaming_avatar_ask"],
            {
                "text": text,
                "channel": channel,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def speak(
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

        await self._runner.call(
            _OPS["streaming_avatar_speak"],
            {
                "channel": channel,
                "text": text,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def leave(
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

        await self._runner.call(
            _OPS["streaming_avatar_leave"],
            {
                "channel": channel,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class AsyncStreamingAvatarResourceWithRawResponse:
    """Like `AsyncStreamingAvatarResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncStreamingAvatarResource) -> None:
        self.list_avatars = async_raw_response(resource.list_avatars)
        self.get_token = async_raw_response(resource.get_token)
        self.set_qa_context = async_raw_response(resource.set_qa_context)
        self.get_qa_context = async_raw_response(resource.get_qa_context)
        self.ask = async_raw_response(resource.ask)
        self.speak = async_raw_response(resource.speak)
        self.leave = async_raw_response(resource.leave)
