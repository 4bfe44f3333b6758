"""The viewer: a page on 127.0.0.1 that joins a session's Agora room as audience and plays the avatar.

The page loads the Agora Web SDK (`agora-rtc-sdk-ng`) as Agora documents it, a script tag for its
CDN build, unless `sdk_url` (or A2E_AGORA_SDK_URL) names another URL or a local file, which the
viewer then serves itself (tests use a stub). It gets the room's credentials from this server,
shows the answers of `ask` as they arrive on the room's stream messages, and sends typed text to
`speak` or `ask` through this server: the A2E API token stays in this process. Every path starts
with a secret made per viewer, so other local users cannot drive it. Closing the page (`pagehide`)
leaves the session; `closed` is then set.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import os
import secrets
import threading
import webbrowser
from collections.abc import Callable, Coroutine
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self
from urllib.parse import urlsplit

from .._exceptions import A2EError
from ._session import Credentials

if TYPE_CHECKING:
    from ._session import AsyncStreamingSession

logger = logging.getLogger("a2e")

AGORA_SDK_VERSION = "4.24.8"
AGORA_SDK_URL = f"https://download.agora.io/sdk/release/AgoraRTC_N-{AGORA_SDK_VERSION}.js"
"""The Web SDK's CDN build, the script tag Agora's docs give."""
MAX_TEXT_BYTES = 64 * 1024


def asset(name: str) -> bytes:
    return resources.files("a2e.streaming").joinpath("assets", name).read_bytes()


class Room(Protocol):
    """What the viewer drives: a `StreamingSession`, or an async one behind `AsyncRoom`."""

    @property
    def is_open(self) -> bool: ...
    @property
    def credentials(self) -> Credentials: ...
    def speak(self, text: str) -> None: ...
    def ask(self, question: str) -> None: ...
    def leave(self) -> None: ...


class Viewer:
    """Serves the page for one session until stopped; `url` has the per-viewer secret.

    Args:
        session: An open `StreamingSession` (or an `AsyncRoom`).
        sdk_url: The Agora Web SDK to load: a URL, or a local file served by the viewer.
        port: 0 for any free port.
        on_send: Called with every byte string the server sends (tests check the token is in none).
    """

    def __init__(
        self,
        session: Room,
        *,
        sdk_url: str | None = None,
        port: int = 0,
        on_send: Callable[[bytes], None] | None = None,
    ) -> None:
        self.session = session
        self.secret = secrets.token_urlsafe(18)
        source = sdk_url or os.environ.get("A2E_AGORA_SDK_URL") or AGORA_SDK_URL
        self._sdk_file = None if source.startswith(("http://", "https://")) else Path(source)
        self.sdk_url = "sdk.js" if self._sdk_file is not None else source
        self.on_send = on_send
        self.closed = threading.Event()
        """Set once the page has left the session (closed, or navigated away)."""
        self._server = _Server(self, port)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/{self.secret}/"

    def start(self, *, open_browser: bool = False) -> Self:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()
        if open_browser:
            webbrowser.open(self.url)
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start() if self._thread is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- what the page asks for ----

    def page(self) -> bytes:
        text = asset("viewer.html").decode()
        return text.replace("{{SDK_URL}}", html.escape(self.sdk_url, quote=True)).encode()

    def credentials(self) -> dict[str, Any]:
        if not self.session.is_open:
            return {"open": False}
        credentials = self.session.credentials
        return {
            "open": True,
            "appId": credentials.app_id,
            "channel": credentials.channel,
            "token": credentials.token,
            "uid": credentials.uid,
            "expiresAt": credentials.expires_at.isoformat(),
        }

    def act(self, action: str, body: dict[str, Any]) -> dict[str, Any]:
        if action == "leave":
            self.session.leave()
            self.closed.set()
            return {"left": True}
        text = body.get("text")
        if not isinstance(text, str) or not text.strip():
            return {"error": "type something first"}
        if action == "speak":
            self.session.speak(text)
        else:
            self.session.ask(text)
        return {"sent": action}


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, viewer: Viewer, port: int) -> None:
        self.viewer = viewer
        super().__init__(("127.0.0.1", port), _Handler)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("viewer: " + format, *args)

    def route(self) -> str | None:
        """The path after the secret, or None when the secret is wrong."""
        path = urlsplit(self.path).path
        prefix = f"/{self.server.viewer.secret}/"
        if not path.startswith(prefix):
            return None
        return path[len(prefix) :]

    def send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(body)
        if self.server.viewer.on_send is not None:
            self.server.viewer.on_send(body)

    def send_json(self, data: Any, status: int = 200) -> None:
        self.send(status, json.dumps(data).encode(), "application/json")

    def do_GET(self) -> None:
        viewer = self.server.viewer
        route = self.route()
        if route == "":
            self.send(200, viewer.page(), "text/html; charset=utf-8")
        elif route == "viewer.js":
            self.send(200, asset("viewer.js"), "text/javascript; charset=utf-8")
        elif route == "session.json":
            self.send_json(viewer.credentials())
        elif route == "sdk.js" and viewer._sdk_file is not None:
            self.send(200, viewer._sdk_file.read_bytes(), "text/javascript; charset=utf-8")
        else:
            self.send(404, b"not found", "text/plain")

    def do_POST(self) -> None:
        route = self.route()
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(min(length, MAX_TEXT_BYTES)) if length else b""
        if route not in ("speak", "ask", "leave") or length > MAX_TEXT_BYTES:
            self.send(404, b"not found", "text/plain")
            return
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            body = {}
        try:
            self.send_json(self.server.viewer.act(route, body if isinstance(body, dict) else {}))
        except A2EError as exc:
            self.send_json({"error": str(exc)}, 502)


class AsyncRoom:
    """An `AsyncStreamingSession` as the viewer's server threads see it: each call runs on the session's loop."""

    def __init__(self, session: AsyncStreamingSession, loop: asyncio.AbstractEventLoop) -> None:
        self.session = session
        self.loop = loop

    @property
    def is_open(self) -> bool:
        return self.session.is_open

    @property
    def credentials(self) -> Credentials:
        return self.session.credentials

    def run(self, call: Coroutine[Any, Any, None]) -> None:
        asyncio.run_coroutine_threadsafe(call, self.loop).result(timeout=120)

    def speak(self, text: str) -> None:
        self.run(self.session.speak(text))

    def ask(self, question: str) -> None:
        self.run(self.session.ask(question))

    def leave(self) -> None:
        self.run(self.session.leave())
