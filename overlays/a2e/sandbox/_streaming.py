"""The sandbox's Streaming Avatar state: real channels, expiries and coins, instead of fixed examples.

`get_token` opens a fresh channel per call with the expiry asked for and takes the coins for the
whole lifetime up front, as A2E documents; `leave` closes it and gives back the unused whole
minutes. `speak`, `ask`, `set_qa_context` and `get_qa_context` on a channel that is unknown, left
or expired answer A2E's invalid-parameter error (the exact text A2E sends is not documented:
inferred, as the spec notes). Each operation has one entry point taking the request's arguments
and returning the reply's `data`, or raising `StreamingError` with the envelope to answer.
A2E documents no price per minute: `COINS_PER_MINUTE` is the sandbox's own (inferred, marked in
the spec's `x-a2e-source`).
"""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._world import Refusal

COINS_PER_MINUTE = 1
"""Coins a minute of streaming costs in the sandbox (A2E publishes no rate: inferred)."""
DEFAULT_EXPIRE_SECONDS = 600
"""The lifetime when `expire_seconds` is not sent (A2E's default is not documented; callers use 60 to 3600)."""
"""The account's coins at start: the documented example of `credits.remaining`."""
APP_ID = "8f1e2d3c4b5a69788796a5b4c3d2e1f0"


StreamingError = Refusal


BUSY = StreamingError(200, 1001, "All hosts are occupied, please try again later")


@dataclass
class Channel:
    name: str
    avatar_id: str
    token: str
    uid: int
    opened_at: float
    expires_at: float
    coins: int
    left_at: float | None = None
    context: str = ""
    said: list[tuple[str, str]] = field(default_factory=list)
    """("speak" or "ask", text) in the order received."""


@dataclass
class StreamingState:
    """Every channel the sandbox opened, and the coins they took. Thread-safe; `now` is injectable."""

    now: Callable[[], float] = time.time
    account: Any = None
    """What the coins are taken from and refunded to (the sandbox's `World`, with its `coins`)."""
    channels: dict[str, Channel] = field(default_factory=dict)
    busy_next: int = 0
    """How many of the next `get_token` calls answer 1001 "hosts are occupied" (tests set it)."""
    lock: Any = field(default_factory=threading.RLock)

    def open_channels(self) -> list[Channel]:
        """Channels neither left nor expired: the ones A2E would still be billing."""
        with self.lock:
            return [c for c in self.channels.values() if c.left_at is None and c.expires_at > self.now()]

    # ---- entry points ----

    def get_token(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        seconds = arguments.get("expire_seconds", DEFAULT_EXPIRE_SECONDS)
        if type(seconds) is not int or seconds < 1:
            raise StreamingError(400, 1001, "invalid parameter: expire_seconds must be a positive integer")
        with self.lock:
            if self.busy_next > 0:
                self.busy_next -= 1
                raise BUSY
            coins = math.ceil(seconds / 60) * COINS_PER_MINUTE
            if coins > self.account.coins:
                raise StreamingError(402, 402, "Insufficient credits")
            self.account.coins -= coins
            now = self.now()
            channel = Channel(
                name=secrets.token_hex(5),
                avatar_id=str(arguments.get("avatar_id", "")),
                token="007eJx" + secrets.token_urlsafe(24),
                uid=secrets.randbelow(900_000) + 100_000,
                opened_at=now,
                expires_at=now + seconds,
                coins=coins,
            )
            self.channels[channel.name] = channel
        expiry = int(channel.expires_at)
        return {
            "token": channel.token,
            "appId": APP_ID,
            "channel": channel.name,
            "uid": channel.uid,
            "expire_epoch_timestamp": expiry,
            "expire_date_UTC": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(expiry)),
        }

    def speak(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            self.live(arguments).said.append(("speak", str(arguments.get("text", ""))))
        return {}

    def ask(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            self.live(arguments).said.append(("ask", str(arguments.get("text", ""))))
        return {}

    def set_qa_context(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            self.live(arguments).context = str(arguments.get("text", ""))
        return {}

    def get_qa_context(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        if not arguments.get("channel"):  # the channel is optional in the spec (inferred): no session, no text
            return {"channel": "", "text": ""}
        with self.lock:
            channel = self.live(arguments)
            return {"channel": channel.name, "text": channel.context}

    def leave(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """Close the channel and refund its unused whole minutes; an expired one closes with no refund."""
        with self.lock:
            channel = self.known(arguments)
            if channel.left_at is not None:
                raise self.not_open(channel.name, "was left")
            now = self.now()
            channel.left_at = now
            unused = max(channel.expires_at - now, 0.0)
            self.account.coins += min(math.floor(unused / 60) * COINS_PER_MINUTE, channel.coins)
        return {}

    # ---- checks ----

    def known(self, arguments: Mapping[str, Any]) -> Channel:
        name = str(arguments.get("channel", ""))
        channel = self.channels.get(name)
        if channel is None:
            raise self.not_open(name, "is unknown")
        return channel

    def live(self, arguments: Mapping[str, Any]) -> Channel:
        channel = self.known(arguments)
        if channel.left_at is not None:
            raise self.not_open(channel.name, "was left")
        if channel.expires_at <= self.now():
            raise self.not_open(channel.name, "has expired")
        return channel

    @staticmethod
    def not_open(name: str, why: str) -> StreamingError:
        return StreamingError(400, 1001, f"invalid parameter: channel {name!r} {why}")


ENTRY_POINTS = {
    "streaming_avatar_get_token": StreamingState.get_token,
    "streaming_avatar_speak": StreamingState.speak,
    "streaming_avatar_ask": StreamingState.ask,
    "streaming_avatar_set_qa_context": StreamingState.set_qa_context,
    "streaming_avatar_get_qa_context": StreamingState.get_qa_context,
    "streaming_avatar_leave": StreamingState.leave,
}


def _answer(entry: Callable[[StreamingState, Mapping[str, Any]], Any]) -> Any:
    def handle(world: Any, call: Any) -> Any:
        return entry(world.streaming, call.arguments)

    return handle


HANDLERS = {operation_id: _answer(entry) for operation_id, entry in ENTRY_POINTS.items()}
"""The sandbox's answers to the Streaming Avatar's operations (see `_answers.handlers`)."""
