"""The exception tree. Every error the client raises on purpose is an `A2EError`.

A2E reports failures in the body (`code != 0`, even on HTTP 200) as often as in the HTTP status,
so `error_for` picks the class from the envelope `code` first and the HTTP status second.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "A2EError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "InsufficientCreditsError",
    "InternalServerError",
    "ModerationError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
]

BODY_SNIPPET_CHARS = 500


class A2EError(Exception):
    """Base class of every error raised by the `a2e` client."""


class ConfigurationError(A2EError):
    """The client was set up wrongly (for example, no API token)."""


class APIError(A2EError):
    """A2E answered, and the answer is an error or cannot be used.

    Attributes:
        message: The server's `msg` (or `message`), or a description of what was wrong.
        code: The envelope `code`, when the body had one.
        trace_id: A2E's id for the request; quote it when reporting a problem.
        http_status: The HTTP status code.
        body: The raw response body.
        retry_after: Seconds the server asked to wait (`Retry-After`), if it said.
    """

    retry_after: float | None = None

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        trace_id: str | None = None,
        http_status: int,
        body: bytes = b"",
    ) -> None:
        self.message = message
        self.code = code
        self.trace_id = trace_id
        self.http_status = http_status
        self.body = body
        super().__init__(str(self))

    @property
    def body_snippet(self) -> str:
        text = self.body.decode("utf-8", errors="replace")
        return text if len(text) <= BODY_SNIPPET_CHARS else text[:BODY_SNIPPET_CHARS] + "..."

    def __str__(self) -> str:
        parts = [f"HTTP {self.http_status}"]
        if self.code is not None:
            parts.append(f"code {self.code}")
        parts.append(f"trace_id {self.trace_id or 'unknown'}")
        return f"{self.message} ({', '.join(parts)})"


class BadRequestError(APIError):
    """The request was rejected as invalid (HTTP 400, or code 1001)."""


class AuthenticationError(APIError):
    """The token is missing, invalid or expired."""


class InsufficientCreditsError(APIError):
    """The account has too few credits for the job."""


class PermissionDeniedError(APIError):
    """The request is not allowed (HTTP 403), for example a plan limit."""


class ModerationError(PermissionDeniedError):
    """Content moderation refused the input (codes 1003 and 1004)."""


class NotFoundError(APIError):
    """No such record, or no such route (A2E answers unknown paths with an HTML 404 page)."""


class RateLimitError(APIError):
    """Too many requests (HTTP 429)."""


class InternalServerError(APIError):
    """A2E failed or is unavailable (HTTP 5xx)."""


class APIResponseValidationError(APIError):
    """A2E answered with a success status, but the body is not what the spec describes."""


class APIConnectionError(A2EError):
    """The request did not get an answer: DNS, TCP, TLS or protocol failure."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


_BY_CODE: dict[int, type[APIError]] = {
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: AuthenticationError,
    404: NotFoundError,
    429: RateLimitError,
    1001: BadRequestError,
    1003: ModerationError,
    1004: ModerationError,
}
"""Envelope codes with a known meaning. Some servers put HTTP-like codes in the body (401/403 for a
bad key on HTTP 200, seen in public code)."""

_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_class(code: int | None, http_status: int) -> type[APIError]:
    """The most specific class for an error reply: by envelope code, then by HTTP status."""
    if code is not None and code in _BY_CODE:
        return _BY_CODE[code]
    if http_status in _BY_STATUS:
        return _BY_STATUS[http_status]
    if http_status >= 500:
        return InternalServerError
    return APIError


def error_for(body: Any, *, http_status: int, raw: bytes) -> APIError:
    """Build the error for a reply whose decoded JSON is `body` (any JSON value, or None)."""
    envelope = body if isinstance(body, dict) else {}
    code = envelope.get("code")
    code = code if isinstance(code, int) and not isinstance(code, bool) else None
    message = envelope.get("msg") or envelope.get("message")
    trace_id = envelope.get("trace_id")
    if not isinstance(message, str) or not message:
        message = f"A2E answered HTTP {http_status}" + ("" if envelope else " with a body that is not an envelope")
    return error_class(code, http_status)(
        message,
        code=code,
        trace_id=trace_id if isinstance(trace_id, str) else None,
        http_status=http_status,
        body=raw,
    )
