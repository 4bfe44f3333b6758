"""Streaming Avatar sessions as MCP tools: open, speak, ask, set the context, leave.

The MCP server adds `tools()` to its list and sends calls of `names` to `call()`. A session opened
here is an `AsyncStreamingSession`, so the exit guard leaves it when the server process ends
(stdin closed, Ctrl-C, SIGTERM). The
budget rules of the job starts apply: A2E has no quote for a session, so its cost is what the
balance lost when it opened; a session over the per-job limit or the session total is left at
once (A2E refunds the unused minutes) and the call is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .._client import AsyncA2E
    from ._session import AsyncStreamingSession

MAX_EXPIRE_SECONDS = 3600


class Budget(Protocol):
    spent: float

    def refusal(self, name: str, cost: float | None) -> str | None: ...


def _schema(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


_CHANNEL = {"type": "string", "minLength": 1, "description": "The session's channel, from a2e_streaming_open."}
_TEXT = {"type": "string", "minLength": 1}
_CONTEXT = {"type": "string", "maxLength": 5000}


def tools() -> list[dict[str, Any]]:
    """The session tools: name, description, JSON Schema input, read_only and destructive hints."""
    return [
        {
            "name": "a2e_streaming_open",
            "description": "Open a Streaming Avatar session (billed up front for expire_seconds; left when you call "
            "a2e_streaming_leave, or when this server stops). Answers the channel, its expiry, the cost, and the "
            "Agora credentials a viewer joins with as audience.",
            "schema": _schema(
                {
                    "avatar_id": {
                        "type": "string",
                        "minLength": 1,
                        "description": "A streaming avatar's _id (streaming_avatar_list_avatars).",
                    },
                    "expire_seconds": {"type": "integer", "minimum": 60, "maximum": MAX_EXPIRE_SECONDS, "default": 300},
                    "context": {**_CONTEXT, "description": "A knowledge text for ask."},
                },
                ["avatar_id"],
            ),
            "read_only": False,
            "destructive": False,
        },
        {
            "name": "a2e_streaming_speak",
            "description": "Make the avatar of an open session say a text as it is.",
            "schema": _schema({"channel": _CHANNEL, "text": _TEXT}, ["channel", "text"]),
            "read_only": False,
            "destructive": False,
        },
        {
            "name": "a2e_streaming_ask",
            "description": "Ask the avatar of an open session; it answers aloud from the context (the answer text "
            "reaches the viewer, not this call).",
            "schema": _schema({"channel": _CHANNEL, "text": _TEXT}, ["channel", "text"]),
            "read_only": False,
            "destructive": False,
        },
        {
            "name": "a2e_streaming_set_context",
            "description": "Set the knowledge text an open session's ask answers from (at most 5,000 characters).",
            "schema": _schema(
                {"channel": _CHANNEL, "text": {"type": "string", "maxLength": 5000}}, ["channel", "text"]
            ),
            "read_only": False,
            "destructive": False,
        },
        {
            "name": "a2e_streaming_leave",
            "description": "Leave a session: billing stops and the unused minutes are refunded.",
            "schema": _schema({"channel": _CHANNEL}, ["channel"]),
            "read_only": False,
            "destructive": False,
        },
    ]


NAMES = frozenset(tool["name"] for tool in tools())


class StreamingTools:
    """The open sessions of one MCP server and the calls on them."""

    names = NAMES

    def __init__(self, client: AsyncA2E, budget: Budget) -> None:
        self.client = client
        self.budget = budget
        self.sessions: dict[str, AsyncStreamingSession] = {}

    async def call(self, name: str, arguments: dict[str, Any]) -> tuple[bool, Any]:
        """(True, the result) or (False, why it was refused)."""
        if name == "a2e_streaming_open":
            return await self.open(arguments)
        session = self.sessions.get(str(arguments.get("channel", "")))
        if session is None:
            return False, f"no open session on channel {arguments.get('channel')!r} (open one with a2e_streaming_open)"
        if name == "a2e_streaming_leave":
            del self.sessions[session.channel]
            channel = session.channel
            await session.leave()
            return True, {"channel": channel, "left": True}
        text = str(arguments["text"])
        if name == "a2e_streaming_speak":
            await session.speak(text)
        elif name == "a2e_streaming_ask":
            await session.ask(text)
        else:
            await session.set_context(text)
        return True, {"channel": session.channel, "sent": name.removeprefix("a2e_streaming_")}

    async def open(self, arguments: dict[str, Any]) -> tuple[bool, Any]:
        name = "streaming_avatar.session"
        seconds = int(arguments.get("expire_seconds", 300))
        if not 60 <= seconds <= MAX_EXPIRE_SECONDS:
            return False, f"expire_seconds must be 60 to {MAX_EXPIRE_SECONDS}"
        early = self.budget.refusal(name, 0.0)
        if early:
            return False, early
        before = (await self.client.credits.remaining()).coins
        session = self.client.streaming_avatar.session(str(arguments["avatar_id"]), expire_seconds=seconds)
        await session.open()
        after = (await self.client.credits.remaining()).coins
        cost = float(before - after) if isinstance(before, int | float) and isinstance(after, int | float) else None
        refusal = self.budget.refusal(name, cost)
        if refusal:
            await session.leave()
            return False, f"{refusal}; the session was opened and left at once (A2E refunds its unused minutes)"
        self.budget.spent += cost or 0.0
        self.sessions[session.channel] = session
        if arguments.get("context"):
            await session.set_context(str(arguments["context"]))
        credentials = session.credentials
        return True, {
            "channel": session.channel,
            "expires_at": session.expires_at.isoformat(),
            "cost": cost,
            "agora": {"app_id": credentials.app_id, "token": credentials.token, "uid": credentials.uid},
            "next": "a2e_streaming_speak / a2e_streaming_ask with this channel; a2e_streaming_leave when done.",
        }
