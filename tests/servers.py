"""A real HTTP/1.1 peer on 127.0.0.1 that misbehaves on purpose, for the fault suite.

Each test registers, per request path, what the server does once it has read a request: answer,
trickle its answer a byte at a time, reset the connection, or close it without answering (a
billed start dropped after A2E read it). The server counts the requests it read per path. It
runs in a daemon thread, handles connections concurrently, and stops when the test ends.
"""

from __future__ import annotations

import gzip
import json
import socket
import socketserver
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

Behaviour = Callable[[socket.socket, "Request"], None]


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


def response_bytes(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in (headers or {"Content-Type": "application/json"}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def answer(
    status: int, payload: Any = None, *, raw: bytes | None = None, headers: dict[str, str] | None = None
) -> Behaviour:
    body = raw if raw is not None else json.dumps(payload).encode()

    def behave(sock: socket.socket, request: Request) -> None:
        sock.sendall(response_bytes(status, body, headers))

    return behave


def envelope(data: Any = None, **extra: Any) -> Behaviour:
    return answer(200, {"code": 0, "data": data, "trace_id": "trace-fault", **extra})


def trickle(payload: bytes, interval: float) -> Behaviour:
    """Send the whole answer (status line, headers, body) one byte at a time."""

    def behave(sock: socket.socket, request: Request) -> None:
        for index in range(len(payload)):
            try:
                sock.sendall(payload[index : index + 1])
            except OSError:
                return
            time.sleep(interval)

    return behave


def reset(sock: socket.socket, request: Request) -> None:
    """Abort the connection with a TCP reset after reading the request."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def drop(sock: socket.socket, request: Request) -> None:
    """Close the connection cleanly without answering (the request was read)."""
    sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def silent(seconds: float) -> Behaviour:
    """Read the request and answer nothing for `seconds` (a poll that is never answered), then close."""

    def behave(sock: socket.socket, request: Request) -> None:
        time.sleep(seconds)
        sock.close()

    return behave


def gzip_bomb(decompressed_bytes: int) -> Behaviour:
    body = gzip.compress(b"\0" * decompressed_bytes, compresslevel=9)
    return answer(200, raw=body, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})


@dataclass
class FaultServer:
    behaviours: dict[str, Behaviour | list[Behaviour]] = field(default_factory=dict)
    """Per path: one behaviour, or a list used in turn (the last one repeats)."""
    counts: Counter[str] = field(default_factory=Counter)
    requests: list[Request] = field(default_factory=list)
    url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def on(self, path: str, *behaviours: Behaviour) -> None:
        self.behaviours[path] = list(behaviours) if len(behaviours) > 1 else behaviours[0]

    def pick(self, request: Request) -> Behaviour:
        with self.lock:
            self.counts[request.path] += 1
            self.requests.append(request)
            chosen = self.behaviours.get(request.path, answer(404, raw=b"<html>404</html>", headers={}))
            if isinstance(chosen, list):
                return chosen.pop(0) if len(chosen) > 1 else chosen[0]
            return chosen


def _read_request(sock: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    return Request(method, target.split("?", 1)[0], headers, rest[:length])


@contextmanager
def fault_server() -> Iterator[FaultServer]:
    state = FaultServer()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            sock: socket.socket = self.request
            sock.settimeout(30)
            try:
                while True:
                    request = _read_request(sock)
                    if request is None:
                        return
                    behaviour = state.pick(request)
                    behaviour(sock, request)
                    if sock.fileno() == -1:
                        return
            except OSError:
                return

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True
        request_queue_size = 1024

    with Server(("127.0.0.1", 0), Handler) as server:
        state.url = f"http://127.0.0.1:{server.server_address[1]}"
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield state
        finally:
            server.shutdown()
            thread.join(timeout=5)
