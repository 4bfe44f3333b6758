"""When to retry a request, and how long to wait first.

Only what cannot start a second billed job is retried: a request whose connection failed before
it was sent, always; a GET (or HEAD) also after a timeout, a dropped connection, 408, 429 or 5xx.
A POST that may have reached A2E is never sent again, whatever the answer was.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import re
import time
from typing import TYPE_CHECKING

import httpx

from ._exceptions import APIError

if TYPE_CHECKING:
    from ._requests import Prepared

logger = logging.getLogger("a2e")

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures before a connection carried the request: retrying these cannot start a second job."""
MAX_RETRY_AFTER = 60.0
"""The longest `Retry-After` the client waits out; a longer one is raised at once (`exc.retry_after`)."""
_SECONDS = re.compile(r"\d{1,10}(\.\d{1,6})?")


def should_retry(method: str, error: Exception) -> bool:
    if isinstance(error, NEVER_SENT):
        return True
    if method.upper() not in SAFE_METHODS:
        return False
    if isinstance(error, APIError):
        if error.retry_after is not None and error.retry_after > MAX_RETRY_AFTER:
            return False
        return error.http_status in RETRYABLE_STATUSES
    return isinstance(error, httpx.TransportError)


def retry_after_seconds(headers: httpx.Headers, now: float | None = None) -> float | None:
    """`retry-after-ms`, or `Retry-After` as seconds or an HTTP-date: None, or finite and >= 0."""
    millis = headers.get("retry-after-ms", "").strip()
    if _SECONDS.fullmatch(millis):
        return float(millis) / 1000
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    if _SECONDS.fullmatch(value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    seconds = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, seconds) if math.isfinite(seconds) else None


def retry_delay(attempt: int, error: Exception) -> float:
    """Seconds before retry number `attempt` (0-based): never less than the server asked for."""
    backoff: float = min(0.5 * 2**attempt, 8.0) * (1 - 0.25 * random.random())
    retry_after = error.retry_after if isinstance(error, APIError) else None
    return backoff if retry_after is None else max(retry_after, backoff)


def log_retry(prepared: Prepared, attempt: int, delay: float, error: Exception) -> None:
    logger.debug(
        "%s %s: retry %d in %.1f s (%s)", prepared.method, prepared.path, attempt + 1, delay, type(error).__name__
    )
