"""Read an A2E reply: the envelope check, then the operation's `data` parsed into its typed record.

The body is decoded once. An error on any HTTP status (`code != 0` counts, even on HTTP 200)
becomes the `APIError` subclass it stands for; a body that is not JSON, not an envelope, or whose
`data` does not fit the spec becomes an `APIResponseValidationError` with the status, trace_id
and a bounded, token-free snippet of the body.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from a2e_api.descriptors import Operation
from a2e_api.types import InvalidRecordError

from ._exceptions import (
    A2EError,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    error_for,
)
from ._retry import retry_after_seconds

T = TypeVar("T")


def scrub(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret else text


def _trace_id(body: Any) -> str | None:
    trace_id = body.get("trace_id") if isinstance(body, dict) else None
    return trace_id if isinstance(trace_id, str) else None


def _decode(content: bytes) -> tuple[Any, bool]:
    try:
        return (json.loads(content) if content else None), True
    except (ValueError, RecursionError):
        return None, False


def parse_reply(
    operation: Operation | None,
    path: str,
    response: httpx.Response,
    content: bytes,
    parse: Callable[[Any], T],
    secret: str,
) -> tuple[T, str | None]:
    """The reply's parsed `data` and its trace_id, or the error the reply stands for.

    Errors are built from the body with the token scrubbed out, in case a server echoes it. `operation`
    is None for `api_client`'s calls, which know only the request's method and path.
    """
    method = operation.http_method if operation is not None else response.request.method
    status = response.status_code
    body, decoded = _decode(content)
    if 200 <= status < 300 and isinstance(body, dict) and body.get("code") == 0 and type(body["code"]) is int:
        try:
            return parse(body.get("data")), _trace_id(body)
        except (InvalidRecordError, RecursionError) as exc:
            problem = f"A2E's reply to {method} {path} does not match the spec: {exc}"
    else:
        problem = None
    raw = content.replace(secret.encode(), b"***") if secret and secret.encode() in content else content
    if raw is not content:
        body, decoded = _decode(raw)
    name = operation.name if operation is not None else f"{method} {path}"
    capacity = operation.capacity_codes if operation is not None else ()
    if not 200 <= status < 300:
        error = error_for(
            body,
            http_status=status,
            raw=raw,
            operation=name,
            fallback=_fallback(method, path, status, decoded),
            capacity_codes=capacity,
        )
        error.retry_after = retry_after_seconds(response.headers)
        raise error
    if problem is None and not decoded:
        problem = f"A2E answered {method} {path} with a body that is not JSON"
    elif problem is None and not (isinstance(body, dict) and type(body.get("code")) is int):
        problem = f"A2E answered {method} {path} with JSON that is not an envelope (no integer `code`)"
    if problem is not None:
        raise APIResponseValidationError(
            problem, http_status=status, body=raw, trace_id=_trace_id(body), operation=name
        )
    raise error_for(body, http_status=status, raw=raw, operation=name, capacity_codes=capacity)


def _fallback(method: str, path: str, status: int, decoded: bool) -> str | None:
    """The message of an error reply with no `msg`: A2E's HTML 404 page means no such route or record."""
    if status == 404 and not decoded:
        return (
            f"A2E has no route or record for {method} {path} (an HTML 404 page): "
            "check the id, or the route may have moved"
        )
    if 300 <= status < 400:
        return f"A2E answered a redirect (HTTP {status}), which the client does not follow"
    return None


def transport_error(error: httpx.HTTPError, method: str, path: str, name: str, secret: str) -> A2EError:
    """The client's error for a request that got no reply (an httpx failure); never with the token."""
    text = scrub(f"{type(error).__name__}: {error}", secret)
    if isinstance(error, httpx.DecodingError):
        return APIResponseValidationError(
            f"A2E's reply to {method} {path} could not be decoded ({text})", http_status=200
        )
    never_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    hint = (
        ""
        if never_sent or method == "GET"
        else " The request may have reached A2E: if it starts a job, look for the job before sending it again."
    )
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{method} {path} timed out ({text}).{hint}", operation=name, maybe_sent=not never_sent)
    return APIConnectionError(
        f"could not reach A2E for {method} {path} ({text}).{hint}", operation=name, maybe_sent=not never_sent
    )
