"""The sandbox's two HTTP servers on 127.0.0.1: the API, and a CDN on another origin.

The API routes each request to its operation, checks its token (any `sk_` one), checks its
arguments as the spec says (`_checks`), answers the error triggers, and answers with what
`_answers` says, in A2E's envelope. Unknown routes get an HTML 404 page like A2E; a sandbox bug
gets a 500 envelope, never a dropped connection (except on purpose: `sandbox:drop-reply`).
The CDN serves result files and takes uploads; it records any Authorization header it is sent,
so tests can check that the token never goes there."""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import json
import re
import socket
import struct
import threading
import time
import urllib.request
import uuid
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from a2e_api.descriptors import Operation

from . import _answers, _checks
from ._answers import Call, Handler
from ._world import DROP_REPLY, LATE_REPLY, TRIGGERS, Refusal, World

HTML_404 = b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>"


def trace_id() -> str:
    return str(uuid.uuid4())


class Routes:
    """Each operation's path as a regex, matched in spec order (literal segments before ids)."""

    def __init__(self, world: World) -> None:
        self.table: list[tuple[str, re.Pattern[str], list[str], Operation]] = []
        for operation in world.operations.values():
            names = [argument.wire for argument in operation.path_params]
            pattern = re.escape(operation.path)
            for name in names:
                pattern = pattern.replace(re.escape("{" + name + "}"), "([^/]+)")
            self.table.append((operation.http_method, re.compile(pattern + "$"), names, operation))
        self.table.sort(key=lambda row: row[3].path.count("{"))

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for verb, pattern, names, operation in self.table:
            found = pattern.match(path)
            if found and verb == method:
                return operation, dict(zip(names, found.groups(), strict=True))
        return None


class ApiHandler(BaseHTTPRequestHandler):
    server: ApiServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes; no 40 ms delayed-ACK stall

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        self.dispatch()

    def do_POST(self) -> None:
        self.dispatch()

    def do_PUT(self) -> None:
        self.dispatch()

    def do_DELETE(self) -> None:
        self.dispatch()

    def do_PATCH(self) -> None:
        self.dispatch()

    def send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def envelope(self, data: Any, status: int = 200, code: int = 0, msg: str | None = None) -> None:
        body: dict[str, Any] = {"code": code, "trace_id": trace_id()}
        if code == 0:
            body["data"] = data
        if msg:
            body["msg"] = msg
        self.send(status, json.dumps(body).encode())

    def dispatch(self) -> None:
        try:
            self.answer()
        except Refusal as refusal:
            self.envelope(None, refusal.status, refusal.code, refusal.msg)
        except Exception as error:  # a sandbox bug answers 500 (and the test runs flag it), never a dead connection
            self.close_connection = True
            self.envelope(None, 500, 500, f"Internal server error (sandbox: {type(error).__name__}: {error})")

    def answer(self) -> None:
        url = urlsplit(self.path)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise Refusal(400, 1001, "invalid parameter: Content-Length") from None
        raw = self.rfile.read(length) if length > 0 else b""
        world = self.server.world
        found = self.server.routes.match(self.command, url.path)
        if found is None:
            self.send(404, HTML_404, "text/html")
            return
        operation, path_ids = found
        token = self.headers.get("Authorization", "")
        if not token.startswith("Bearer sk_"):
            raise Refusal(401, 401, "Unauthorized - Invalid or missing JWT token")
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            raise Refusal(400, 1001, "invalid parameter: the body is not JSON") from None
        query = parse_qs(url.query, keep_blank_values=True)
        arguments = _checks.arguments(operation, path_ids, query, body)
        text = json.dumps([body, query])
        for trigger, (status, code, msg) in TRIGGERS.items():
            if trigger in text:
                raise Refusal(status, code, msg)
        world.requests.append((self.command, url.path))  # before answering: a test reads it right after
        call = Call(operation, arguments, body if isinstance(body, dict) and operation.body is not None else {})
        data = _answers.answer(world, self.server.handlers, call)
        if operation.task and DROP_REPLY in text:  # the job exists; its reply is lost
            self.reset()
            return
        if operation.task and LATE_REPLY in text:
            time.sleep(world.late_reply_seconds)
        self.envelope(data)

    def reset(self) -> None:
        """Close the connection with a TCP reset, sending no reply (`sandbox:drop-reply`)."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()


class CdnHandler(BaseHTTPRequestHandler):
    server: CdnServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def note_auth(self) -> None:
        if "Authorization" in self.headers:
            self.server.world.cdn_saw_authorization += 1

    def do_GET(self) -> None:
        self.note_auth()
        path = urlsplit(self.path).path
        name = path.removeprefix("/files/")
        data = self.server.world.files.get(name)
        if path.startswith("/expired/") or data is None:
            self.send_response(403 if path.startswith("/expired/") else 404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header(
            "Content-Type",
            {"mp3": "audio/mpeg", "png": "image/png", "mp4": "video/mp4"}.get(
                name.rsplit(".", 1)[-1], "application/octet-stream"
            ),
        )
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        delay = self.server.world.cdn_chunk_delay
        for start in range(0, len(data), 65536):
            self.wfile.write(data[start : start + 65536])
            if delay:
                time.sleep(delay)

    def do_PUT(self) -> None:
        self.note_auth()
        path = urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length)
        if not path.startswith("/upload/") or len(data) != length:
            self.send_response(400)
        else:
            self.server.world.files[path.removeprefix("/upload/")] = data
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()


class ApiServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, world: World, port: int, verbose: bool, handlers: Mapping[str, Handler]) -> None:
        self.world = world
        self.routes = Routes(world)
        self.handlers = handlers
        self.verbose = verbose
        super().__init__(("127.0.0.1", port), ApiHandler)


class CdnServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, world: World, port: int, verbose: bool) -> None:
        self.world = world
        self.verbose = verbose
        super().__init__(("127.0.0.1", port), CdnHandler)


def deliver_webhooks(world: World, stop: threading.Event) -> None:
    """Post `task.completed` / `task.failed` once per finished job that asked for it (best effort),
    to loopback addresses only unless `world.remote_webhooks`."""
    while not stop.wait(0.1):
        for job in list(world.finished_with_webhook()):
            assert job.webhook is not None
            url, token = job.webhook
            if not may_post_to(url, world.remote_webhooks):
                world.webhooks_refused.append(url)
                continue
            status = job.record[job.start.start_task.status]
            event = "task.completed" if status in job.start.start_task.done else "task.failed"
            payload = {
                "event": event,
                "task_id": job.id,
                "task_type": job.start.name.split(".")[0],
                "data": job.record,
            }
            request = urllib.request.Request(
                url, data=json.dumps(payload).encode(), method="POST",
                headers={"Content-Type": "application/json", "X-A2e-Webhook-Token": token},
            )  # fmt: skip
            with contextlib.suppress(OSError, ValueError, http.client.HTTPException):  # one attempt, like A2E
                urllib.request.urlopen(request, timeout=5).close()


def may_post_to(url: str, remote: bool) -> bool:
    """An http(s) URL, to a loopback address unless `remote`."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.scheme not in ("http", "https") or not host:
            return False
        return remote or host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
