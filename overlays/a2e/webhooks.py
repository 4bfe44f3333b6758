"""Receive A2E's job webhooks: check the shared token, read the event, then ask A2E for the record.

A start that is given `webhook_url` and `webhook_token` makes A2E POST one best-effort
notification when the job ends (`task.completed` or `task.failed`), with the token in the
`X-A2e-Webhook-Token` header. Delivery is not guaranteed and the payload's shape is not
documented (the spec's `webhooks.taskEvent` is inferred), so a receiver should verify, parse,
then read the job's record from its detail operation, which is the source of truth:

    from a2e import A2E, webhooks

    def receive(headers, body):
        if not webhooks.verify(headers, expected_token=SECRET):
            return 401
        event = webhooks.parse(body)
        record = client.face_swap.wait(event.task_id, wait_timeout=60)   # the record, finished

`Receiver` does all of that as an ASGI and WSGI app, with a token per job (`job_token`: an
HMAC of the job's key under one secret, so a leaked token opens one job only), deduplication, and
an in-process wake-up of the `wait` / `wait_many` sleeping on the job (`a2e webhooks listen`
serves one from the command line).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import socketserver
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self, TypedDict
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from . import _wake
from ._exceptions import A2EError, ArgumentValueError

__all__ = [
    "TOKEN_HEADER",
    "JobWebhook",
    "Listener",
    "Receiver",
    "WebhookError",
    "WebhookEvent",
    "job_token",
    "listen",
    "parse",
    "verify",
]
logger = logging.getLogger("a2e")

TOKEN_HEADER = "X-A2e-Webhook-Token"
MAX_BODY_BYTES = 1024 * 1024
KEY = re.compile(r"[A-Za-z0-9._~-]{1,200}")
"""A job key: what names the job in its webhook URL (URL-safe as it is)."""


class WebhookError(A2EError):
    """A webhook body that is not an A2E job event."""


@dataclass(frozen=True)
class WebhookEvent:
    """One job notification.

    Attributes:
        event: `task.completed` or `task.failed` (another value is kept as sent).
        task_id: The job's id: read its record (`client.<group>.wait(task_id)` or the detail call).
        kind: The job kind, as A2E names it, if the payload says.
        record: The job record the payload carries (a dict), if any; the detail call is authoritative.
    """

    event: str
    task_id: str
    kind: str | None
    record: Mapping[str, Any] | None

    @property
    def succeeded(self) -> bool:
        return self.event == "task.completed"


def verify(headers: Mapping[str, str], expected_token: str) -> bool:
    """Whether the request carries the token given to the start as `webhook_token` (constant-time)."""
    if not expected_token:
        raise WebhookError("expected_token is empty: give every start a webhook_token and check it here")
    lowered = {str(key).lower(): value for key, value in headers.items()}
    received = lowered.get(TOKEN_HEADER.lower())
    if not isinstance(received, str):
        return False
    return hmac.compare_digest(received.encode(), expected_token.encode())


def parse(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """The event in a webhook body (raw bytes, text or decoded JSON); `WebhookError` if it is not one."""
    if isinstance(body, bytes | str):
        if len(body) > MAX_BODY_BYTES:
            raise WebhookError(f"the webhook body is over {MAX_BODY_BYTES} bytes")
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError):
            raise WebhookError("the webhook body is not JSON") from None
    else:
        payload = body
    if not isinstance(payload, Mapping):
        raise WebhookError("the webhook body is not a JSON object")
    event = payload.get("event") or payload.get("type")
    record = payload.get("data") if isinstance(payload.get("data"), Mapping) else payload.get("task")
    record = record if isinstance(record, Mapping) else None
    task_id = payload.get("task_id") or payload.get("id") or (record or {}).get("_id")
    if not isinstance(event, str) or not isinstance(task_id, str) or not task_id:
        raise WebhookError("the webhook body has no `event` and task id")
    kind = payload.get("task_type") or payload.get("kind")
    return WebhookEvent(event=event, task_id=task_id, kind=kind if isinstance(kind, str) else None, record=record)


class JobWebhook(TypedDict):
    """A start's webhook arguments: `client.<group>.<start>(..., **receiver.webhook(key))`."""

    webhook_url: str
    webhook_token: str


def job_token(secret: str | bytes, key: str) -> str:
    """The `webhook_token` for the job named `key` (its idempotency key, or any name unique to it).

    An HMAC-SHA256 of the key under your one secret: a receiver recomputes it from the key in the
    URL, so it keeps no table of tokens, and a token that leaks opens that one job's URL only.
    """
    check_key(key)
    return hmac.new(secret_bytes(secret), key.encode(), hashlib.sha256).hexdigest()


def check_key(key: object) -> str:
    if not isinstance(key, str) or not KEY.fullmatch(key):
        raise ArgumentValueError("webhooks", "key", key, "1 to 200 of A-Z a-z 0-9 . _ ~ -")
    return key


def secret_bytes(secret: str | bytes) -> bytes:
    value = secret.encode() if isinstance(secret, str) else secret
    if not isinstance(value, bytes) or len(value) < 16:
        raise WebhookError("the webhook secret must be at least 16 bytes (e.g. secrets.token_hex(32))")
    return value


class Receiver:
    """An ASGI and WSGI app that takes A2E's webhooks at `<url>/<key>`.

    For each POST it checks the token against `job_token(secret, key)` (401 if forged), parses the
    event (400), drops a duplicate (200, once per job and event), then wakes any `wait(id)` or
    `wait_many` of this process sleeping on the job and calls `on_event(event, key)`. A key
    answers for one job: another task id under it is refused (409). Delivery is best effort, so
    while a receiver is open, waits in this process keep polling, `safety_poll` seconds apart.

    Args:
        secret: Your webhook secret (at least 16 bytes); tokens are derived from it.
        url: The public URL A2E posts to (this app's mount point), for `webhook(key)`.
        on_event: Called once per job event, after the wake-up; keep it short (enqueue work).
        safety_poll: The slowest poll interval of waits while the receiver is open (0: unchanged).
        remember: How many jobs' events it remembers for deduplication.
    """

    def __init__(
        self,
        secret: str | bytes,
        *,
        url: str | None = None,
        on_event: Callable[[WebhookEvent, str], object] | None = None,
        safety_poll: float = 60.0,
        remember: int = 10_000,
    ) -> None:
        self._secret = secret_bytes(secret)
        self.url = url.rstrip("/") if url else None
        self.on_event = on_event
        self.remember = remember
        self.counts: Counter[str] = Counter()
        """Deliveries by outcome: accepted, duplicate, forged, malformed, conflict, failed."""
        self._seen: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._jobs: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.RLock()
        _wake.open_receiver(self, safety_poll)

    def __repr__(self) -> str:
        return f"Receiver(url={self.url!r})"

    def webhook(self, key: str) -> JobWebhook:
        """The `webhook_url` and `webhook_token` arguments for the start of the job named `key`."""
        if self.url is None:
            raise WebhookError("Receiver(url=...) is needed for webhook(): the URL A2E posts to")
        return {"webhook_url": f"{self.url}/{check_key(key)}", "webhook_token": job_token(self._secret, key)}

    def handle(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> tuple[int, dict[str, Any]]:
        """One delivery: the HTTP status and JSON reply (what the ASGI/WSGI apps send back)."""
        if method.upper() != "POST":
            return 405, {"error": "POST only"}
        key = path.rstrip("/").rsplit("/", 1)[-1]
        if not KEY.fullmatch(key) or not verify(headers, job_token(self._secret, key)):
            return self._refuse("forged", 401, "the token does not match this URL's job")
        if len(body) > MAX_BODY_BYTES:
            return self._refuse("malformed", 413, "the body is too large")
        try:
            event = parse(body)
        except WebhookError as exc:
            return self._refuse("malformed", 400, str(exc))
        seen = (event.task_id, event.event)
        with self._lock:
            bound = self._jobs.setdefault(key, event.task_id)
            if bound != event.task_id:
                return self._refuse("conflict", 409, "this URL's key belongs to another job")
            if seen in self._seen:
                self.counts["duplicate"] += 1
                return 200, {"duplicate": True}
            self._remember(self._jobs, key, event.task_id)
            self._remember(self._seen, seen, None)
        _wake.wake(event.task_id)
        if self.on_event is not None:
            try:
                self.on_event(event, key)
            except Exception:
                logger.exception("webhooks: on_event failed for job %s", event.task_id)
                with self._lock:
                    self._seen.pop(seen, None)
                return self._refuse("failed", 500, "the handler failed")
        with self._lock:
            self.counts["accepted"] += 1
        return 200, {"accepted": True}

    def _refuse(self, outcome: str, status: int, message: str) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self.counts[outcome] += 1
        return status, {"error": message}

    def _remember(self, table: OrderedDict[Any, Any], key: object, value: object) -> None:
        table[key] = value
        table.move_to_end(key)
        while len(table) > self.remember:
            table.popitem(last=False)

    def __call__(self, *args: Any) -> Any:
        """WSGI `(environ, start_response)` or ASGI `(scope, receive, send)`: mount it in any framework."""
        return self._asgi(*args) if len(args) == 3 else self._wsgi(*args)

    def _wsgi(self, environ: Mapping[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(min(length, MAX_BODY_BYTES + 1)) if length > 0 else b""
        headers = {key[5:].replace("_", "-"): str(value) for key, value in environ.items() if key.startswith("HTTP_")}
        status, reply = self.handle(environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", ""), headers, body)
        payload = json.dumps(reply).encode()
        start_response(
            f"{status} {_REASONS.get(status, 'OK')}",
            [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))],
        )
        return [payload]

    async def _asgi(self, scope: Mapping[str, Any], receive: Callable[[], Any], send: Callable[[Any], Any]) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        body = b""
        while len(body) <= MAX_BODY_BYTES:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope.get("headers", [])}
        status, reply = self.handle(scope["method"], scope["path"], headers, body)
        payload = json.dumps(reply).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    def close(self) -> None:
        """Stop slowing this process's waits down (they poll at their own pace again)."""
        _wake.close_receiver(self)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 405: "Method Not Allowed", 409: "Conflict"}
_REASONS |= {413: "Content Too Large", 500: "Internal Server Error"}


class _Server(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("webhooks: " + format, *args)


class Listener:
    """A receiver served over HTTP on `host:port` in a background thread (`listen`)."""

    def __init__(self, receiver: Receiver, host: str, port: int) -> None:
        self.receiver = receiver
        self.host = host
        self._server = make_server(host, port, receiver, server_class=_Server, handler_class=_QuietHandler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self._server.server_port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self.receiver.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def listen(receiver: Receiver, port: int = 0, host: str = "127.0.0.1") -> Listener:
    """Serve `receiver` on `host:port` (0: any free port) until the listener is closed."""
    return Listener(receiver, host, port)
