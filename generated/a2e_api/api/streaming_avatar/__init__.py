"""The streaming_avatar group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
from typing import Any, cast

from ...models.agora_token import AgoraToken
from ...models.agora_token_reply import AgoraTokenReply
from ...models.empty_envelope import EmptyEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.open_object import OpenObject
from ...models.open_object_reply import OpenObjectReply
from ...models.streaming_avatar import StreamingAvatar
from ...models.streaming_avatar_ask_body import StreamingAvatarAskBody
from ...models.streaming_avatar_get_token_body import StreamingAvatarGetTokenBody
from ...models.streaming_avatar_leave_body import StreamingAvatarLeaveBody
from ...models.streaming_avatar_list_reply import StreamingAvatarListReply
from ...models.streaming_avatar_set_qa_context_body import (
    StreamingAvatarSetQaContextBody,
)
from ...models.streaming_avatar_speak_body import StreamingAvatarSpeakBody
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    streaming_avatar_ask,
    streaming_avatar_get_qa_context,
    streaming_avatar_get_token,
    streaming_avatar_leave,
    streaming_avatar_list_avatars,
    streaming_avatar_set_qa_context,
    streaming_avatar_speak,
)

__all__ = [
    "AsyncStreamingAvatarResource",
    "AsyncStreamingAvatarResourceWithRawResponse",
    "StreamingAvatarResource",
    "StreamingAvatarResourceWithRawResponse",
]


class StreamingAvatarResource:
    """Operations of the streaming_avatar group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> StreamingAvatarResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return StreamingAvatarResourceWithRawResponse(self._runner)

    def list_avatars(
        self,
    ) -> Any:
        """List streaming avatars.

        Lists the avatars that can be streamed; pass an avatar's `_id` as `avatar_id` to `get_token`.

        Returns:
            The reply's `data`.
        """

        request = streaming_avatar_list_avatars._get_kwargs()

        raw = self._runner.run(request, streaming_avatar_list_avatars._parse_response, StreamingAvatarListReply)
        return unset_to_none(raw.data.data)

    def get_token(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get a streaming avatar token.

        Starts a streaming session and returns what a front end needs to join the Agora RTC room
        (`appId`, `channel`, `token`, `uid`). Coins are charged up front up to the expiry; call
        `leave` when done or billing continues. When no streaming host is free the API answers
        `code` 1001 ("hosts are occupied").

        Args:
            avatar_id: The `_id` of a streaming avatar from `list_avatars`.
            expire_seconds: Session lifetime in seconds; coins are charged up front for it (callers use 60 to 3600).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StreamingAvatarGetTokenBody(
            avatar_id=avatar_id,
            expire_seconds=expire_seconds,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_get_token._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, streaming_avatar_get_token._parse_response, AgoraTokenReply)
        return unset_to_none(raw.data.data)

    def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        extra_body: dict[str, Any] | None = None,
    ) -> OpenObject:
        """Set the QA context.

        Gives the avatar a knowledge text (at most 5,000 characters) that later `ask` questions are
        answered from.

        Args:
            channel: The session's Agora channel, from `get_token`.
            text: The knowledge text answers are drawn from (the limit is stated in the page's prose).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StreamingAvatarSetQaContextBody(
            channel=channel,
            text=text,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_set_qa_context._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, streaming_avatar_set_qa_context._parse_response, EmptyEnvelope)
        return raw.data.data

    def get_qa_context(
        self,
        *,
        channel: str | Unset = UNSET,
    ) -> Any:
        """Get the QA context.

        Reads back the knowledge text set with `set_qa_context`.

        Args:
            channel:

        Returns:
            The reply's `data`.
        """

        request = streaming_avatar_get_qa_context._get_kwargs(
            channel=channel,
        )

        raw = self._runner.run(request, streaming_avatar_get_qa_context._parse_response, OpenObjectReply)
        return unset_to_none(raw.data.data)

    def ask(
        self,
        *,
        text: str,
        channel: str,
        extra_body: dict[str, Any] | None = None,
    ) -> OpenObject:
        """Ask the avatar a question.

        The avatar answers from the QA context with lip-synced speech. The answer text is not in the
        HTTP reply; it arrives on the Agora client as `stream-message` events (`{"type": "QA",
        "message": ..., "pos": ...}`).

        Args:
            text: The question.
            channel: The session's Agora channel, from `get_token`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StreamingAvatarAskBody(
            text=text,
            channel=channel,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_ask._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, streaming_avatar_ask._parse_response, EmptyEnvelope)
        return raw.data.data

    def speak(
        self,
        *,
        channel: str,
        text: str,
        extra_body: dict[str, Any] | None = None,
    ) -> OpenObject:
        """Let the avatar speak directly.

        Makes the avatar say `text` verbatim, for answers produced by your own logic (e.g. RAG).

        Args:
            channel: The session's Agora channel, from `get_token`.
            text: What the avatar should say.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StreamingAvatarSpeakBody(
            channel=channel,
            text=text,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_speak._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, streaming_avatar_speak._parse_response, EmptyEnvelope)
        return raw.data.data

    def leave(
        self,
        *,
        channel: str,
        extra_body: dict[str, Any] | None = None,
    ) -> OpenObject:
        """Leave the room.

        Ends the session so A2E releases the avatar and stops charging; unused prepaid coins are
        refunded.

        Args:
            channel: The session's Agora channel, from `get_token`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StreamingAvatarLeaveBody(
            channel=channel,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_leave._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, streaming_avatar_leave._parse_response, EmptyEnvelope)
        return raw.data.data


class StreamingAvatarResourceWithRawResponse:
    """Like `StreamingAvatarResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_avatars(
        self,
    ) -> RawResponse[Any]:
        """List streaming avatars.

        Lists the avatars that can be streamed; pass an avatar's `_id` as `avatar_id` to `get_token`.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = streaming_avatar_list_avatars._get_kwargs()

        raw = self._runner.run(request, streaming_avatar_list_avatars._parse_response, StreamingAvatarListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def get_token(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get a streaming avatar token.

        Starts a streaming session and returns what a front end needs to join the Agora RTC room
        (`appId`, `channel`, `token`, `uid`). Coins are charged up front up to the expiry; call
        `leave` when done or billing continues. When no streaming host is free the API answers
        `code` 1001 ("hosts are occupied").

        Args:
            avatar_id: The `_id` of a streaming avatar from `list_avatars`.
            expire_seconds: Session lifetime in seconds; coins are charged up front for it (callers use 60 to 3600).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StreamingAvatarGetTokenBody(
            avatar_id=avatar_id,
            expire_seconds=expire_seconds,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_get_token._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, streaming_avatar_get_token._parse_response, AgoraTokenReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[OpenObject]:
        """Set the QA context.

        Gives the avatar a knowledge text (at most 5,000 characters) that later `ask` questions are
        answered from.

        Args:
            channel: The session's Agora channel, from `get_token`.
            text: The knowledge text answers are drawn from (the limit is stated in the page's prose).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StreamingAvatarSetQaContextBody(
            channel=channel,
            text=text,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_set_qa_context._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, streaming_avatar_set_qa_context._parse_response, EmptyEnvelope)
        return raw.with_data(raw.data.data)

    def get_qa_context(
        self,
        *,
        channel: str | Unset = UNSET,
    ) -> RawResponse[Any]:
        """Get the QA context.

        Reads back the knowledge text set with `set_qa_context`.

        Args:
            channel:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = streaming_avatar_get_qa_context._get_kwargs(
            channel=channel,
        )

        raw = self._runner.run(request, streaming_avatar_get_qa_context._parse_response, OpenObjectReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def ask(
        self,
        *,
        text: str,
        channel: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[OpenObject]:
        """Ask the avatar a question.

        The avatar answers from the QA context with lip-synced speech. The answer text is not in the
        HTTP reply; it arrives on the Agora client as `stream-message` events (`{"type": "QA",
        "message": ..., "pos": ...}`).

        Args:
            text: The question.
            channel: The session's Agora channel, from `get_token`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StreamingAvatarAskBody(
            text=text,
            channel=channel,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_ask._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, streaming_avatar_ask._parse_response, EmptyEnvelope)
        return raw.with_data(raw.data.data)

    def speak(
        self,
        *,
        channel: str,
        text: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[OpenObject]:
        """Let the avatar speak directly.

        Makes the avatar say `text` verbatim, for answers produced by your own logic (e.g. RAG).

        Args:
            channel: The session's Agora channel, from `get_token`.
            text: What the avatar should say.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StreamingAvatarSpeakBody(
            channel=channel,
            text=text,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_speak._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, streaming_avatar_speak._parse_response, EmptyEnvelope)
        return raw.with_data(raw.data.data)

    def leave(
        self,
        *,
        channel: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[OpenObject]:
        """Leave the room.

        Ends the session so A2E releases the avatar and stops charging; unused prepaid coins are
        refunded.

        Args:
            channel: The session's Agora channel, from `get_token`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StreamingAvatarLeaveBody(
            channel=channel,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_leave._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, streaming_avatar_leave._parse_response, EmptyEnvelope)
        return raw.with_data(raw.data.data)


class AsyncStreamingAvatarResource:
    """Operations of the streaming_avatar group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncStreamingAvatarResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncStreamingAvatarResourceWithRawResponse(self._runner)

    async def list_avatars(
        self,
    ) -> Any:
        """List streaming avatars.

        Lists the avatars that can be streamed; pass an avatar's `_id` as `avatar_id` to `get_token`.

        Returns:
            The reply's `data`.
        """

        request = streaming_avatar_list_avatars._get_kwargs()

        raw = await self._runner.run(request, streaming_avatar_list_avatars._parse_response, StreamingAvatarListReply)
        return unset_to_none(raw.data.data)

    async def get_token(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Get a streaming avatar token.

        Starts a streaming session and returns what a front end needs to join the Agora RTC room
        (`appId`, `channel`, `token`, `uid`). Coins are charged up front up to the expiry; call
        `leave` when done or billing continues. When no streaming host is free the API answers
        `code` 1001 ("hosts are occupied").

        Args:
            avatar_id: The `_id` of a streaming avatar from `list_avatars`.
            expire_seconds: Session lifetime in seconds; coins are charged up front for it (callers use 60 to 3600).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StreamingAvatarGetTokenBody(
            avatar_id=avatar_id,
            expire_seconds=expire_seconds,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_get_token._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, streaming_avatar_get_token._parse_response, AgoraTokenReply)
        return unset_to_none(raw.data.data)

    async def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        extra_body: dict[str, Any] | None = None,
    ) -> OpenObject:
        """Set the QA context.

        Gives the avatar a knowledge text (at most 5,000 characters) that later `ask` questions are
        answered from.

        Args:
            channel: The session's Agora channel, from `get_token`.
            text: The knowledge text answers are drawn from (the limit is stated in the page's prose).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StreamingAvatarSetQaContextBody(
            channel=channel,
            text=text,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_set_qa_context._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, streaming_avatar_set_qa_context._parse_response, EmptyEnvelope)
        return raw.data.data

    async def get_qa_context(
        self,
        *,
        channel: str | Unset = UNSET,
    ) -> Any:
        """Get the QA context.

        Reads back the knowledge text set with `set_qa_context`.

        Args:
            channel:

        Returns:
            The reply's `data`.
        """

        request = streaming_avatar_get_qa_context._get_kwargs(
            channel=channel,
        )

        raw = await self._runner.run(request, streaming_avatar_get_qa_context._parse_response, OpenObjectReply)
        return unset_to_none(raw.data.data)

    async def ask(
        self,
        *,
        text: str,
        channel: str,
        extra_body: dict[str, Any] | None = None,
    ) -> OpenObject:
        """Ask the avatar a question.

        The avatar answers from the QA context with lip-synced speech. The answer text is not in the
        HTTP reply; it arrives on the Agora client as `stream-message` events (`{"type": "QA",
        "message": ..., "pos": ...}`).

        Args:
            text: The question.
            channel: The session's Agora channel, from `get_token`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StreamingAvatarAskBody(
            text=text,
            channel=channel,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_ask._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, streaming_avatar_ask._parse_response, EmptyEnvelope)
        return raw.data.data

    async def speak(
        self,
        *,
        channel: str,
        text: str,
        extra_body: dict[str, Any] | None = None,
    ) -> OpenObject:
        """Let the avatar speak directly.

        Makes the avatar say `text` verbatim, for answers produced by your own logic (e.g. RAG).

        Args:
            channel: The session's Agora channel, from `get_token`.
            text: What the avatar should say.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StreamingAvatarSpeakBody(
            channel=channel,
            text=text,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_speak._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, streaming_avatar_speak._parse_response, EmptyEnvelope)
        return raw.data.data

    async def leave(
        self,
        *,
        channel: str,
        extra_body: dict[str, Any] | None = None,
    ) -> OpenObject:
        """Leave the room.

        Ends the session so A2E releases the avatar and stops charging; unused prepaid coins are
        refunded.

        Args:
            channel: The session's Agora channel, from `get_token`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = StreamingAvatarLeaveBody(
            channel=channel,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_leave._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, streaming_avatar_leave._parse_response, EmptyEnvelope)
        return raw.data.data


class AsyncStreamingAvatarResourceWithRawResponse:
    """Like `AsyncStreamingAvatarResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_avatars(
        self,
    ) -> RawResponse[Any]:
        """List streaming avatars.

        Lists the avatars that can be streamed; pass an avatar's `_id` as `avatar_id` to `get_token`.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = streaming_avatar_list_avatars._get_kwargs()

        raw = await self._runner.run(request, streaming_avatar_list_avatars._parse_response, StreamingAvatarListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def get_token(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Get a streaming avatar token.

        Starts a streaming session and returns what a front end needs to join the Agora RTC room
        (`appId`, `channel`, `token`, `uid`). Coins are charged up front up to the expiry; call
        `leave` when done or billing continues. When no streaming host is free the API answers
        `code` 1001 ("hosts are occupied").

        Args:
            avatar_id: The `_id` of a streaming avatar from `list_avatars`.
            expire_seconds: Session lifetime in seconds; coins are charged up front for it (callers use 60 to 3600).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StreamingAvatarGetTokenBody(
            avatar_id=avatar_id,
            expire_seconds=expire_seconds,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_get_token._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, streaming_avatar_get_token._parse_response, AgoraTokenReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[OpenObject]:
        """Set the QA context.

        Gives the avatar a knowledge text (at most 5,000 characters) that later `ask` questions are
        answered from.

        Args:
            channel: The session's Agora channel, from `get_token`.
            text: The knowledge text answers are drawn from (the limit is stated in the page's prose).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StreamingAvatarSetQaContextBody(
            channel=channel,
            text=text,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_set_qa_context._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, streaming_avatar_set_qa_context._parse_response, EmptyEnvelope)
        return raw.with_data(raw.data.data)

    async def get_qa_context(
        self,
        *,
        channel: str | Unset = UNSET,
    ) -> RawResponse[Any]:
        """Get the QA context.

        Reads back the knowledge text set with `set_qa_context`.

        Args:
            channel:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = streaming_avatar_get_qa_context._get_kwargs(
            channel=channel,
        )

        raw = await self._runner.run(request, streaming_avatar_get_qa_context._parse_response, OpenObjectReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def ask(
        self,
        *,
        text: str,
        channel: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[OpenObject]:
        """Ask the avatar a question.

        The avatar answers from the QA context with lip-synced speech. The answer text is not in the
        HTTP reply; it arrives on the Agora client as `stream-message` events (`{"type": "QA",
        "message": ..., "pos": ...}`).

        Args:
            text: The question.
            channel: The session's Agora channel, from `get_token`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StreamingAvatarAskBody(
            text=text,
            channel=channel,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_ask._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, streaming_avatar_ask._parse_response, EmptyEnvelope)
        return raw.with_data(raw.data.data)

    async def speak(
        self,
        *,
        channel: str,
        text: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[OpenObject]:
        """Let the avatar speak directly.

        Makes the avatar say `text` verbatim, for answers produced by your own logic (e.g. RAG).

        Args:
            channel: The session's Agora channel, from `get_token`.
            text: What the avatar should say.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StreamingAvatarSpeakBody(
            channel=channel,
            text=text,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_speak._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, streaming_avatar_speak._parse_response, EmptyEnvelope)
        return raw.with_data(raw.data.data)

    async def leave(
        self,
        *,
        channel: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[OpenObject]:
        """Leave the room.

        Ends the session so A2E releases the avatar and stops charging; unused prepaid coins are
        refunded.

        Args:
            channel: The session's Agora channel, from `get_token`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = StreamingAvatarLeaveBody(
            channel=channel,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = streaming_avatar_leave._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, streaming_avatar_leave._parse_response, EmptyEnvelope)
        return raw.with_data(raw.data.data)
