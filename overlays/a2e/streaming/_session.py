"""Streaming Avatar sessions: a billed room that is always left, whatever ends the program.

`client.streaming_avatar.session(avatar_id)` (generated from the spec's `x-a2e-session`) makes one.
Entering it opens the room (retrying "hosts are occupied" a bounded number of times), writes it
to the local registry and to the exit guard; leaving it, on any path, calls the close operation
once and takes it out of both. SIGTERM and interpreter exit close it through the guard, with a
fresh connection (the session's own may be in use by the interrupted code).
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from a2e_api.descriptors import Operation

from .._exceptions import A2EError, APIConnectionError, APIError, CapacityError
from ._guard import GUARD
from ._registry import Entry, Registry

if TYPE_CHECKING:
    from ._viewer import Viewer

logger = logging.getLogger("a2e")

BUSY_DELAYS = (3.0, 6.0, 10.0)
"""Seconds between tries when the open answers "busy": 3 tries take about 9 s."""


@dataclass(frozen=True)
class Credentials:
    """What a front end needs to join the session's Agora room, as audience."""

    app_id: str
    channel: str
    token: str = field(repr=False)
    """The Agora RTC token for this room (not the A2E API token)."""
    uid: int
    expires_at: datetime


def busy_delay(attempt: int) -> float:
    return BUSY_DELAYS[min(attempt, len(BUSY_DELAYS) - 1)]


class _Session:
    """What the sync and async sessions share: the facts, the credentials, the registry entry."""

    def __init__(
        self,
        resource: Any,
        open_operation: Operation,
        arguments: dict[str, Any],
        *,
        busy_tries: int,
        options: dict[str, Any],
    ) -> None:
        if type(busy_tries) is not int or busy_tries < 1:
            from .._exceptions import ArgumentValueError

            raise ArgumentValueError(open_operation.name, "busy_tries", busy_tries, "an int >= 1")
        if open_operation.session is None:
            raise TypeError(f"{open_operation.name} opens no session")
        self._resource = resource
        self._group, self._open = open_operation.group, open_operation.method
        self._close = open_operation.session.close.removeprefix(self._group + "_")
        self._facts = open_operation.session
        self._arguments = arguments
        self._busy_tries = busy_tries
        self._options = options
        self._registry = Registry()
        self._entry: Entry | None = None
        self.record: Any = None
        """The open's reply record (`AgoraToken`), once open."""
        self._credentials: Credentials | None = None

    @property
    def _settings(self) -> Any:
        return self._resource._runner.settings

    @property
    def is_open(self) -> bool:
        return self._entry is not None

    @property
    def credentials(self) -> Credentials:
        """The room's Agora app id, channel, token and uid, and its expiry (while open)."""
        return self._opened()

    @property
    def channel(self) -> str:
        return self._opened().channel

    @property
    def expires_at(self) -> datetime:
        """When A2E ends the session by itself (its coins are taken up to then)."""
        return self._opened().expires_at

    def _opened(self) -> Credentials:
        if self._credentials is None or self._entry is None:
            raise A2EError("the session is not open: use it in a `with` block, or call open() first")
        return self._credentials

    def _on_open(self, record: Any) -> None:
        data = record.to_dict()
        key = str(data[self._facts.key])
        expires = float(data.get(self._facts.expires) or time.time())
        self.record = record
        self._credentials = credentials = Credentials(
            app_id=str(data.get("appId", "")),
            channel=key,
            token=str(data.get("token", "")),
            uid=int(data.get("uid") or 0),
            expires_at=datetime.fromtimestamp(expires, UTC),
        )
        self._entry = Entry(
            base_url=str(self._settings.base_url),
            group=self._group,
            close=self._close,
            key=self._facts.key,
            value=key,
            expires_at=expires,
            pid=os.getpid(),
            opened_at=time.time(),
        )
        self._registry.add(self._entry)
        GUARD.add(self)
        logger.debug("%s.%s: opened %s, expires %s", self._group, self._open, key, credentials.expires_at)

    def _on_close(self, left: bool) -> None:
        """Forget the session: closed, or refused by A2E as not open (nothing is billed any more)."""
        if self._entry is None:
            return
        if left:
            self._registry.remove(self._entry)
        GUARD.discard(self)
        self._entry = None

    def close_now(self) -> None:
        """Close through a fresh connection of the same settings (the guard's path, at exit or SIGTERM)."""
        if self._entry is None:
            return
        from .._client import A2E

        settings = self._settings
        with A2E(
            api_key=settings.api_key, base_url=str(settings.base_url), timeout=10.0, allow_insecure_http=True
        ) as client:
            self._call_close(getattr(client, self._group))

    def _call_close(self, resource: Any) -> None:
        entry = self._entry
        assert entry is not None
        try:
            getattr(resource, entry.close)(**{entry.key: entry.value})
        except APIConnectionError:
            self._on_close(left=False)  # stays in the registry: `sweep` closes it later
            raise
        except APIError as exc:
            logger.warning("%s.%s %s: %s", entry.group, entry.close, entry.value, exc)
        self._on_close(left=True)

    def __repr__(self) -> str:
        state = f"channel={self._credentials.channel!r}" if self._credentials else "not open"
        return f"{type(self).__name__}({self._group}, {state})"


class StreamingSession(_Session):
    """A Streaming Avatar session: `with client.streaming_avatar.session(avatar_id) as s: s.speak("Hi")`."""

    def open(self) -> Self:
        """Open the room (a no-op if open). Busy answers are retried `busy_tries` times in all."""
        if self._entry is not None:
            return self
        opener = getattr(self._resource, self._open)
        attempt = 0
        while True:
            try:
                record = opener(**self._arguments, **self._options)
                break
            except APIError as exc:
                attempt += 1
                if not isinstance(exc, CapacityError) or attempt >= self._busy_tries:
                    raise
                delay = busy_delay(attempt - 1)
                logger.info("%s.%s: hosts busy, try %d in %.0f s", self._group, self._open, attempt + 1, delay)
            self._resource._runner.sleep(delay)
        self._on_open(record)
        return self

    def speak(self, text: str) -> None:
        """Make the avatar say `text` as it is."""
        self._resource.speak(channel=self.channel, text=text)

    def ask(self, question: str) -> None:
        """Ask the avatar; it answers from the context, and the answer text reaches the viewer."""
        self._resource.ask(channel=self.channel, text=question)

    def set_context(self, text: str) -> None:
        """The knowledge text `ask` answers from (at most 5,000 characters)."""
        self._resource.set_qa_context(channel=self.channel, text=text)

    def leave(self) -> None:
        """Leave the room (once; later calls do nothing): billing stops, unused coins come back."""
        if self._entry is not None:
            self._call_close(self._resource)

    def viewer(self, *, open_browser: bool = False, sdk_url: str | None = None) -> Viewer:
        """A page on 127.0.0.1 that shows and plays the avatar (see `a2e.streaming.Viewer`), started."""
        from ._viewer import Viewer

        return Viewer(self, sdk_url=sdk_url).start(open_browser=open_browser)

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            self.leave()
            return
        try:
            self.leave()
        except Exception as problem:  # the block's own exception is the one to see
            logger.warning("could not leave %r: %s", self, problem)


class AsyncStreamingSession(_Session):
    """A Streaming Avatar session on `AsyncA2E`: `async with client.streaming_avatar.session(avatar_id) as s:`."""

    async def open(self) -> Self:
        if self._entry is not None:
            return self
        opener = getattr(self._resource, self._open)
        attempt = 0
        while True:
            try:
                record = await opener(**self._arguments, **self._options)
                break
            except APIError as exc:
                attempt += 1
                if not isinstance(exc, CapacityError) or attempt >= self._busy_tries:
                    raise
                delay = busy_delay(attempt - 1)
            await self._resource._runner.sleep(delay)
        self._on_open(record)
        return self

    async def speak(self, text: str) -> None:
        await self._resource.speak(channel=self.channel, text=text)

    async def ask(self, question: str) -> None:
        await self._resource.ask(channel=self.channel, text=question)

    async def set_context(self, text: str) -> None:
        await self._resource.set_qa_context(channel=self.channel, text=text)

    async def leave(self) -> None:
        entry = self._entry
        if entry is None:
            return
        try:
            await getattr(self._resource, entry.close)(**{entry.key: entry.value})
        except APIConnectionError:
            self._on_close(left=False)
            raise
        except APIError as exc:
            logger.warning("%s.%s %s: %s", entry.group, entry.close, entry.value, exc)
        self._on_close(left=True)

    def viewer(self, *, open_browser: bool = False, sdk_url: str | None = None) -> Viewer:
        """The viewer of `StreamingSession.viewer`; its requests run on this event loop (call it from a coroutine)."""
        import asyncio

        from ._viewer import AsyncRoom, Viewer

        return Viewer(AsyncRoom(self, asyncio.get_running_loop()), sdk_url=sdk_url).start(open_browser=open_browser)

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            await self.leave()
            return
        try:
            await self.leave()
        except Exception as problem:
            logger.warning("could not leave %r: %s", self, problem)
