"""The HTTP layer under the runners: a total deadline per attempt, and replies read with size caps.

httpx's timeouts bound each phase (connect, one read, one write), so a server that trickles its
reply a byte at a time never trips them. The sync client's own transport therefore checks a total
deadline on every socket operation (`DeadlineBackend`); the async runner wraps each attempt in
`anyio.fail_after` instead. Bodies are read raw and decompressed here, so that a gzip bomb stops
at the cap instead of filling memory.
"""

from __future__ import annotations

import contextvars
import ssl
import time
import typing
import zlib
from collections.abc import AsyncIterator, Iterator

import httpcore
import httpx

from ._exceptions import ResponseTooLargeError

MAX_REPLY_BYTES = 32 * 1024 * 1024
"""The largest API reply accepted, raw and decompressed (A2E's JSON replies are kilobytes)."""
ACCEPT_ENCODING = "gzip, deflate"
"""The encodings asked for, and decoded here; replies in any other encoding are refused."""

DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("a2e_deadline", default=None)
"""`time.monotonic()` by which the current attempt must be done, if any."""


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise error("the call's total timeout passed")
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, with every connect, read and write bounded by `DEADLINE`."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def deadline_transport(limits: httpx.Limits) -> httpx.HTTPTransport:
    """httpx's own transport with `DeadlineBackend` under its pool (httpx pins `_pool`, <0.29)."""
    transport = httpx.HTTPTransport(limits=limits)
    pool = transport._pool
    pool._network_backend = DeadlineBackend(pool._network_backend)
    return transport


class BodyReader:
    """Decodes and caps one reply's raw body, chunk by chunk."""

    def __init__(self, response: httpx.Response, limit: int, deadline: float | None) -> None:
        self._limit = limit
        self._deadline = deadline
        self._raw = 0
        self._chunks: list[bytes] = []
        self._size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise self._too_large(response, f"it declares {declared} bytes")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding in ("", "identity"):
            self._decoder = None
        elif encoding in ("gzip", "x-gzip"):
            self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._decoder = zlib.decompressobj()
        else:
            raise httpx.DecodingError(f"A2E answered in an encoding it was not asked for: {encoding!r}")
        self._response = response

    def _too_large(self, response: httpx.Response, why: str) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"the reply is larger than the {self._limit} bytes the client accepts ({why})",
            http_status=response.status_code,
        )

    def feed(self, chunk: bytes) -> None:
        self._raw += len(chunk)
        if self._raw > self._limit:
            raise self._too_large(self._response, "raw")
        if self._decoder is None:
            self._add(chunk)
        else:
            try:
                self._add(self._decoder.decompress(chunk, self._limit + 1 - self._size))
                while self._decoder.unconsumed_tail:
                    self._add(self._decoder.decompress(self._decoder.unconsumed_tail, self._limit + 1 - self._size))
            except zlib.error as exc:
                raise httpx.DecodingError(f"the compressed reply is corrupt ({exc})") from None
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise httpx.ReadTimeout("the call's total timeout passed")

    def _add(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise self._too_large(self._response, "decompressed")
        if data:
            self._chunks.append(data)

    def body(self) -> bytes:
        if self._decoder is not None:
            try:
                self._add(self._decoder.flush())
            except zlib.error as exc:
                raise httpx.DecodingError(f"the compressed reply is corrupt ({exc})") from None
        return b"".join(self._chunks)


def _already_read(response: httpx.Response, limit: int) -> bytes | None:
    """The body of a response httpx built in memory (`httpx.MockTransport`), which it has decoded already."""
    if not response.is_stream_consumed:
        return None
    if len(response.content) > limit:
        raise ResponseTooLargeError(
            f"the reply is larger than the {limit} bytes the client accepts", http_status=response.status_code
        )
    return response.content


def read_body(response: httpx.Response, limit: int, deadline: float | None) -> bytes:
    if (content := _already_read(response, limit)) is not None:
        return content
    reader = BodyReader(response, limit, deadline)
    chunks: Iterator[bytes] = response.iter_raw()
    for chunk in chunks:
        reader.feed(chunk)
    return reader.body()


async def aread_body(response: httpx.Response, limit: int, deadline: float | None) -> bytes:
    if (content := _already_read(response, limit)) is not None:
        return content
    reader = BodyReader(response, limit, deadline)
    chunks: AsyncIterator[bytes] = response.aiter_raw()
    async for chunk in chunks:
        reader.feed(chunk)
    return reader.body()
