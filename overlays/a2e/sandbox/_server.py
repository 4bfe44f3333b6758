"""The sandbox's two HTTP servers on 127.0.0.1: the API, and a CDN on another origin.

The API answers every operation of the spec with a realistic envelope: job starts create jobs
that advance over time, details and batch details read them, lists page through them, quotes
price them, presigned uploads point at the CDN; any other operation answers its documented
example. It accepts any token that starts with `sk_`, answers unknown routes with an HTML 404 page
like A2E, and answers errors on purpose when a field holds a trigger (`sandbox:moderation`...).
The CDN serves result files and takes uploads; it records any Authorization header it is sent,
so tests can check that the token never goes there.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import socket
import struct
import threading
import time
import urllib.request
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._world import TRIGGERS, World

DROP_REPLY = "sandbox:drop-reply"
"""Text in a start's fields: the job is created, then the connection is reset instead of answered."""
LATE_REPLY = "sandbox:late-reply"
"""Text in a start's fields: the job is created at once, its reply sent LATE_REPLY_SECONDS later."""
LATE_REPLY_SECONDS = 2.0
HTML_404 = b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>"


def trace_id() -> str:
    import uuid

    return str(uuid.uuid4())


class Routes:
    """Each operation's path as a regex, matched in spec order (literal segments before ids)."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.table: list[tuple[str, re.Pattern[str], Mapping[str, Any]]] = []
        for operation in world.operations.values():
            names = [wire for _, wire, *_ in operation["path_params"]]
            pattern = re.escape(operation["path"])
            for name in names:
                pattern = pattern.replace(re.escape("{" + name + "}"), "(?P<" + re.sub(r"\W", "_", name) + ">[^/]+)")
            self.table.append((operation["method"], re.compile(pattern + "$"), operation))
        self.table.sort(key=lambda row: row[2]["path"].count("{"))

    def match(self, method: str, path: str) -> tuple[Mapping[str, Any], dict[str, str]] | None:
        for verb, pattern, operation in self.table:
            found = pattern.match(path)
            if found and verb == method:
                return operation, found.groupdict()
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
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        world = self.server.world
        found = self.server.routes.match(self.command, url.path)
        if found is None:
            self.send(404, HTML_404, "text/html")
            return
        operation, path_ids = found
        token = self.headers.get("Authorization", "")
        if not token.startswith("Bearer sk_"):
            self.envelope(None, 401, 401, "Unauthorized - Invalid or missing JWT token")
            return
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            self.envelope(None, 400, 1001, "invalid parameter: the body is not JSON")
            return
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        text = json.dumps([body, query])
        for trigger, (status, code, msg) in TRIGGERS.items():
            if trigger in text:
                self.envelope(None, status, code, msg)
                return
        arguments = {**query, **(body if isinstance(body, dict) else {}), **path_ids}
        world.requests.append((self.command, url.path))  # before answering: a test reads it right after
        data = self.answer(operation, arguments, body if isinstance(body, dict) else {})
        if operation["task"] and DROP_REPLY in text:  # the job exists; its reply is lost
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        if operation["task"] and LATE_REPLY in text:
            time.sleep(LATE_REPLY_SECONDS)
        self.envelope(data)

    def answer(self, operation: Mapping[str, Any], arguments: dict[str, Any], body: dict[str, Any]) -> Any:
        world = self.server.world
        if operation["task"]:
            record = world.start_job(operation, body)
            example = world.examples.get(operation["id"])
            return [record] if isinstance(example, list) else record
        if operation["id"] == "credits_quote":
            return world.quote(body)
        if operation["id"] == "storage_presigned_upload_url":
            key = re.sub(r"[^\w.-]", "_", str(body.get("key", "upload.bin")))
            return {
                "uploadUrl": f"{world.cdn_url}/upload/{key}?X-Amz-Signature=sandbox",
                "cdnUrl": f"{world.cdn_url}/files/{key}",
                "key": key,
            }
        kind = self.kind(operation)
        if kind is not None:
            return self.read_jobs(operation, kind, arguments)
        example = copy.deepcopy(world.examples.get(operation["id"]))
        if isinstance(example, str) and example.startswith(("http://", "https://")):
            return world.serve_file(operation["name"], example)  # a file made on the spot (text to speech)
        return example

    def kind(self, operation: Mapping[str, Any]) -> str | None:
        """The detail operation whose jobs this operation reads: itself, or the one its group's starts poll."""
        world = self.server.world
        details = {op["task"]["detail"] for op in world.operations.values() if op["task"]}
        if operation["id"] in details:
            return str(operation["id"])
        if operation["pagination"] or operation["id"].endswith("_batch_detail"):
            return world.kind_of_list(operation)
        return None

    def read_jobs(self, operation: Mapping[str, Any], kind: str, arguments: dict[str, Any]) -> Any:
        world = self.server.world
        detail = world.operations[kind]
        if operation["id"] == kind:
            wire = next(
                (
                    w
                    for p, w, *_ in detail["path_params"] + detail["query"] + (detail["body"] or [])
                    if p == detail["record_id"]
                ),
                None,
            )
            job = world.find(str(arguments.get(wire or "", "")))
            example = world.examples.get(kind)
            if job is None:
                fallback = copy.deepcopy(example[0] if isinstance(example, list) and example else example)
                if isinstance(fallback, dict) and wire:
                    fallback["_id"] = arguments.get(wire)
                return [fallback] if isinstance(example, list) else fallback
            record = copy.deepcopy(job.record)
            return [record] if isinstance(example, list) else record
        records = world.records_of(kind)
        if operation["id"].endswith("_batch_detail"):
            ids = set(arguments.get("ids") or [])
            return [r for r in records if r.get("_id") in ids]
        pagination = operation["pagination"]
        page = int(arguments.get(pagination["page"], pagination.get("first", 1)) or 1)
        size = int(arguments.get(pagination["size"], 10) or 10)
        first = pagination.get("first", 1)
        rows = records[(page - first) * size : (page - first + 1) * size]
        if pagination["rows"] == "":
            return rows
        page_body: dict[str, Any] = {pagination["rows"]: rows}
        if pagination.get("total"):
            page_body[pagination["total"]] = len(records)
        return page_body


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

    def __init__(self, world: World, port: int, verbose: bool) -> None:
        self.world = world
        self.routes = Routes(world)
        self.verbose = verbose
        super().__init__(("127.0.0.1", port), ApiHandler)


class CdnServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, world: World, port: int, verbose: bool) -> None:
        self.world = world
        self.verbose = verbose
        super().__init__(("127.0.0.1", port), CdnHandler)


def deliver_webhooks(world: World, stop: threading.Event) -> None:
    """Post `task.completed` / `task.failed` once per finished job that asked for it (best effort)."""
    while not stop.wait(0.1):
        for job in list(world.finished_with_webhook()):
            assert job.webhook is not None
            url, token = job.webhook
            status = job.record[job.start["task"]["status"]]
            event = "task.completed" if status in job.start["task"]["done"] else "task.failed"
            payload = {
                "event": event,
                "task_id": job.id,
                "task_type": job.start["name"].split(".")[0],
                "data": job.record,
            }
            request = urllib.request.Request(
                url, data=json.dumps(payload).encode(), method="POST",
                headers={"Content-Type": "application/json", "X-A2e-Webhook-Token": token},
            )  # fmt: skip
            with contextlib.suppress(OSError):  # one attempt, like A2E
                urllib.request.urlopen(request, timeout=5).close()
