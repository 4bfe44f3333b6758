"""The exception tree. Everything the client raises on purpose is an `A2EError`.

A2E reports failures in the body (`code != 0`, even on HTTP 200) as often as in the HTTP status,
so `error_for` picks the class from the envelope `code` first and the HTTP status second. Every
exception pickles with its attributes, so it can cross a process pool or a task queue.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from a2e_api.models.quote import Quote
    from a2e_api.types import Record

__all__ = [
    "A2EError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "ArgumentError",
    "ArgumentTypeError",
    "ArgumentValueError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExceededError",
    "CapacityError",
    "ConfigurationError",
    "DownloadError",
    "InsufficientCreditsError",
    "InternalServerError",
    "JobFailedError",
    "JobTimeoutError",
    "ModerationError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "StartUncertainError",
    "UploadError",
]

BODY_SNIPPET_BYTES = 2048
"""How much of an error reply's body an exception keeps (`exc.body`)."""


def _rebuild(cls: type[A2EError], args: tuple[Any, ...], state: dict[str, Any]) -> A2EError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class A2EError(Exception):
    """Base class of every error raised by the `a2e` client."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds with `cls(*args)`, which keyword-only attributes do not survive.
        return _rebuild, (type(self), self.args, self.__dict__.copy())


class ConfigurationError(A2EError):
    """The client was set up wrongly: no API token, a bad `base_url`, timeout or option."""


class ArgumentError(A2EError):
    """A call's argument is not what the spec allows; nothing was sent.

    Attributes:
        operation: The operation (`group.method`).
        argument: The argument's name (`extra_body` for a value there).
        value: A short repr of what was given.
        allowed: What the spec allows, in words.
    """

    def __init__(self, operation: str, argument: str, value: object, allowed: str) -> None:
        self.operation = operation
        self.argument = argument
        text = repr(value)
        self.value = text if len(text) <= 80 else text[:77] + "..."
        self.allowed = allowed
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.operation}: {self.argument} must be {self.allowed}, got {self.value}"


class ArgumentTypeError(ArgumentError, TypeError):
    """An argument has the wrong type (also a `TypeError`)."""


class ArgumentValueError(ArgumentError, ValueError):
    """An argument has a value the spec does not allow (also a `ValueError`).

    To send such a value on purpose, put it in `extra_body` (or `extra_query`), which is sent as
    given and overrides the argument of the same name.
    """


class APIError(A2EError):
    """A2E answered, and the answer is an error or cannot be used.

    Attributes:
        message: The server's `msg` (or `message`), or a description of what was wrong.
        code: The envelope `code`, when the body had one.
        trace_id: A2E's id for the request; quote it when reporting a problem.
        http_status: The HTTP status code.
        body: The start of the raw response body (at most 2 KiB), the token scrubbed.
        retry_after: Seconds the server asked to wait (`Retry-After`): None, or finite and >= 0.
        operation: The operation that failed (`group.method`), when known.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        trace_id: str | None = None,
        http_status: int,
        body: bytes = b"",
        retry_after: float | None = None,
        operation: str | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.trace_id = trace_id
        self.http_status = http_status
        self.body = body[:BODY_SNIPPET_BYTES]
        self.retry_after = retry_after
        self.operation = operation
        super().__init__(str(self))

    @property
    def body_snippet(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def __str__(self) -> str:
        parts = [f"HTTP {self.http_status}"]
        if self.code is not None:
            parts.append(f"code {self.code}")
        parts.append(f"trace_id {self.trace_id or 'unknown'}")
        where = f"{self.operation}: " if self.operation else ""
        return f"{where}{self.message} ({', '.join(parts)})"


class BadRequestError(APIError):
    """The request was rejected as invalid (HTTP 400, or code 1001)."""


class CapacityError(APIError):
    """A2E has no capacity for the request now (e.g. "hosts are occupied"): not the caller's mistake.

    Chosen by the operation's spec fact `x-a2e-capacity-codes`, never by the message text: the
    same code (1001) means an invalid parameter on other operations. Nothing was started; the
    same request may succeed later.
    """

    def __str__(self) -> str:
        return super().__str__() + "; A2E is at capacity, try again later"


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
    """Too many requests (HTTP 429); `retry_after` says how long the server asked to wait."""


class InternalServerError(APIError):
    """A2E failed or is unavailable (HTTP 5xx)."""


class APIResponseValidationError(APIError):
    """A2E answered with a success status, but the body is not what the spec describes."""


class ResponseTooLargeError(APIResponseValidationError):
    """The reply was larger than the client accepts (raw or decompressed)."""


class JobFailedError(APIError):
    """The job failed on A2E's side (A2E refunds failed jobs).

    Attributes:
        task_id: The job's id.
        record: The job's last record: an `a2e.Record`, of the class the group's detail operation
            answers (`isinstance(failed.record, TalkingPhotoTask)` narrows it).
        failure_code: The record's failure code, if it has one.
        failure_message: The record's failure reason, if it has one.
    """

    def __init__(
        self,
        message: str,
        *,
        task_id: str,
        record: Record,
        failure_code: str | None,
        failure_message: str | None,
        http_status: int = 200,
        trace_id: str | None = None,
        operation: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.record = record
        self.failure_code = failure_code
        self.failure_message = failure_message
        super().__init__(message, http_status=http_status, trace_id=trace_id, operation=operation)


class APIConnectionError(A2EError):
    """The request did not get an answer: DNS, TCP, TLS or protocol failure.

    Attributes:
        operation: The operation (`group.method`), when known.
        maybe_sent: Whether A2E may have received the request (and, for a start, begun a job).
    """

    def __init__(self, message: str, *, operation: str | None = None, maybe_sent: bool = True) -> None:
        self.message = message
        self.operation = operation
        self.maybe_sent = maybe_sent
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.operation}: {self.message}" if self.operation else self.message


class APITimeoutError(APIConnectionError):
    """The request timed out (the client's `timeout` covers each attempt in all)."""


class JobTimeoutError(A2EError, TimeoutError):
    """A wait ended before the job finished. This is not a failure: the job may still be running.

    Attributes:
        task_id: The job's id: wait again with it (`client.<group>.wait(task_id)`).
        record: The last record seen, or None if none was read.
        waited: Seconds waited.
        operation: The start (`group.method`) whose job it is.
    """

    def __init__(
        self, message: str, *, task_id: str, record: Record | None, waited: float, operation: str | None = None
    ) -> None:
        self.message = message
        self.task_id = task_id
        self.record = record
        self.waited = waited
        self.operation = operation
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


class BudgetExceededError(A2EError):
    """A job start was refused before anything billable was sent: it would cost more than allowed.

    Attributes:
        operation: The start (`group.method`).
        cost: The quoted cost in credits, or None when the job could not be quoted.
        limit: The credit limit that applied.
        quote: The quote record, when there is one.
    """

    def __init__(self, message: str, *, operation: str, cost: float | None, limit: float, quote: Quote | None) -> None:
        self.message = message
        self.operation = operation
        self.cost = cost
        self.limit = limit
        self.quote = quote
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


class StartUncertainError(A2EError):
    """A start with an idempotency key may have begun a job that the client could not find; nothing was resent.

    Attributes:
        operation: The start (`group.method`).
        key: The idempotency key.
    """

    def __init__(self, message: str, *, operation: str, key: str) -> None:
        self.message = message
        self.operation = operation
        self.key = key
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


class UploadError(A2EError):
    """A local file could not be uploaded (read, presign or PUT failed)."""


class DownloadError(A2EError):
    """A result file could not be downloaded.

    Attributes:
        url: The file's URL without its query (signed URLs keep their signature out of logs).
        http_status: The CDN's status, if it answered.
        expired: True when the CDN answered 403 or 404: result URLs expire after days.
    """

    def __init__(self, message: str, *, url: str, http_status: int | None = None, expired: bool = False) -> None:
        self.message = message
        self.url = url
        self.http_status = http_status
        self.expired = expired
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


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


def error_class(code: int | None, http_status: int, capacity_codes: Collection[int] = ()) -> type[APIError]:
    """The most specific class for an error reply: by the operation's capacity codes, by envelope
    code, then by HTTP status."""
    if code is not None and code in capacity_codes:
        return CapacityError
    if code is not None and code in _BY_CODE:
        return _BY_CODE[code]
    if http_status in _BY_STATUS:
        return _BY_STATUS[http_status]
    if http_status >= 500:
        return InternalServerError
    return APIError


def error_for(
    body: Any,
    *,
    http_status: int,
    raw: bytes,
    operation: str | None = None,
    fallback: str | None = None,
    capacity_codes: Collection[int] = (),
) -> APIError:
    """The error for a reply whose decoded JSON is `body` (any JSON value, or None if it was not JSON);
    `capacity_codes` are the operation's `x-a2e-capacity-codes`."""
    envelope = body if isinstance(body, dict) else {}
    code = envelope.get("code")
    code = code if isinstance(code, int) and not isinstance(code, bool) else None
    message = envelope.get("msg") or envelope.get("message")
    trace_id = envelope.get("trace_id")
    if not isinstance(message, str) or not message:
        message = fallback or f"A2E answered HTTP {http_status}" + (
            "" if envelope else " with a body that is not an envelope"
        )
    return error_class(code, http_status, capacity_codes)(
        message,
        code=code,
        trace_id=trace_id if isinstance(trace_id, str) else None,
        http_status=http_status,
        body=raw,
        operation=operation,
    )
