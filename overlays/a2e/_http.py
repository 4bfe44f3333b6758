"""What the overlay adds to the httpx clients: scoped auth, envelope checks and the retry policy."""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Generator

import httpx

from ._exceptions import APIConnectionError, APIError, APIResponseValidationError, APITimeoutError, error_for

logger = logging.getLogger("a2e")

DEFAULT_BASE_URL = "https://video.a2e.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
MAX_RETRY_AFTER_SECONDS = 60.0
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures before a connection carried the request: retrying these cannot start a second job."""


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


class BearerAuth(httpx.Auth):
    """Adds the token only to requests for the A2E API's own origin.

    Result files live on third-party CDNs; a shared httpx client must never send them the token.
    """

    def __init__(self, token: str, base_url: httpx.URL) -> None:
        self._token = token
        self._origin = origin(base_url)

    def __repr__(self) -> str:
        return f"BearerAuth(origin={self._origin!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if origin(request.url) == self._origin:
            request.headers["Authorization"] = f"Bearer {self._token}"
        yield request


class EnvelopeCheck:
    """httpx response hooks that raise the `APIError` an A2E reply stands for.

    They run before the generated parser sees the body, so an error envelope on HTTP 200 (whose
    `data` is null) or an HTML error page becomes a typed error instead of a TypeError deep inside
    a model's `from_dict`. Only replies from the API's origin are checked.
    """

    def __init__(self, token: str, base_url: httpx.URL) -> None:
        self._secret = token.encode()
        self._origin = origin(base_url)

    def __repr__(self) -> str:
        return f"EnvelopeCheck(origin={self._origin!r})"

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        self.check(response)

    async def async_hook(self, response: httpx.Response) -> None:
        await response.aread()
        self.check(response)

    def check(self, response: httpx.Response) -> None:
        if origin(response.request.url) != self._origin:
            return
        raw = response.content.replace(self._secret, b"***") if self._secret else response.content
        logger.debug("%s %s -> HTTP %s", response.request.method, response.request.url.path, response.status_code)
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
            if response.is_success:
                raise APIResponseValidationError(
                    "A2E answered with a body that is not JSON", http_status=response.status_code, body=raw
                ) from None
        if not response.is_success:
            error = error_for(body, http_status=response.status_code, raw=raw)
            error.retry_after = retry_after_seconds(response.headers)
            raise error
        code = body.get("code") if isinstance(body, dict) else None
        if not isinstance(code, int) or isinstance(code, bool):
            raise APIResponseValidationError(
                "A2E answered with JSON that is not an envelope (no integer `code`)",
                http_status=response.status_code,
                body=raw,
            )
        if code != 0:
            raise error_for(body, http_status=response.status_code, raw=raw)


def should_retry(method: str, error: Exception) -> bool:
    """Retry only what cannot start a second billed job.

    Any request whose connection failed before it was sent may be retried. Everything else (timeouts
    after sending, dropped connections, 429 and 5xx answers) is retried for read-only methods only:
    a POST that reached A2E may have started a job, even if the answer was lost.
    """
    if isinstance(error, NEVER_SENT):
        return True
    if method.upper() not in SAFE_METHODS:
        return False
    if isinstance(error, httpx.TransportError):
        return True
    return isinstance(error, APIError) and error.http_status in RETRYABLE_STATUSES


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """The `Retry-After` header in seconds; the HTTP-date form is rare enough to ignore."""
    try:
        return float(headers["retry-after"])
    except (KeyError, ValueError):
        return None


def retry_delay(attempt: int, error: Exception) -> float:
    """Seconds to wait before retry number `attempt` (0-based): Retry-After if sane, else backoff."""
    retry_after = error.retry_after if isinstance(error, APIError) else None
    if retry_after is not None and 0 <= retry_after <= MAX_RETRY_AFTER_SECONDS:
        return retry_after
    backoff: float = min(0.5 * 2**attempt, 8.0)
    return backoff * (1 - 0.25 * random.random())


def transport_error(error: httpx.TransportError) -> APIConnectionError:
    """The overlay's error for an httpx failure; the message never carries headers."""
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"A2E did not answer in time ({type(error).__name__})")
    return APIConnectionError(f"Could not reach A2E: {type(error).__name__}: {error}")
