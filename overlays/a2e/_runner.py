"""What the sync and async clients share: settings from arguments, per-call options, error
mapping and the helpers of waiting and paging (see `_client` for the flow)."""

from __future__ import annotations

import functools
import logging
import math
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
from a2e_api.api import RawResponse, operation
from a2e_api.descriptors import Operation
from a2e_api.types import NotGiven

from ._exceptions import (
    A2EError,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ArgumentTypeError,
    ArgumentValueError,
    ConfigurationError,
)
from ._idempotency import IdempotencyStore, KeyedStart, default_store
from ._replies import scrub
from ._requests import Prepared
from ._settings import (
    Settings,
    api_key_setting,
    base_url_setting,
    count_setting,
    credits_setting,
    timeout_problem,
    timeout_setting,
)
from ._transport import ACCEPT_ENCODING
from ._version import __version__

T = TypeVar("T")
logger = logging.getLogger("a2e")
QUOTE_OPERATION = "credits_quote"
"""The operation every `quote` and the budget guard go through."""
USER_AGENT = f"a2e-python/{__version__}"
FOUND_REPLY = httpx.Response(200)
"""The reply a keyed start's `RawResponse` shows when its job was found rather than started by this call."""


@functools.cache
def quote_operation() -> Operation:
    return operation(QUOTE_OPERATION)


def call_timeout(operation: Operation, settings: Settings, timeout: object) -> tuple[httpx.Timeout, float | None]:
    if isinstance(timeout, NotGiven):
        return settings.timeout, settings.deadline
    problem = timeout_problem(timeout)
    if problem is not None:
        error = ArgumentTypeError if problem.wrong_type else ArgumentValueError
        raise error(operation.name, "timeout", timeout, "None, seconds above 0, or an httpx.Timeout")
    return timeout_setting(timeout)


def call_headers(operation: Operation, base: dict[str, str], extra: Mapping[str, str] | None) -> dict[str, str]:
    if not extra:
        return base
    for key, value in extra.items():
        if not isinstance(key, str) or not isinstance(value, str) or not (key + value).isprintable():
            raise ArgumentValueError(operation.name, "extra_headers", {key: "..."}, "printable str names and values")
    return {**base, **extra}


def log_retry(prepared: Prepared, attempt: int, delay: float, error: Exception) -> None:
    logger.debug(
        "%s %s: retry %d in %.1f s (%s)", prepared.method, prepared.path, attempt + 1, delay, type(error).__name__
    )


def transport_error(error: httpx.HTTPError, method: str, path: str, name: str, secret: str) -> A2EError:
    """The client's error for an httpx failure; the message never carries the token or headers."""
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


class BaseRunner:
    """What the sync and async runners share: settings, the prepared headers, argument handling."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.base = str(settings.base_url)
        self.headers = {
            "Authorization": f"Bearer {settings.api_key}",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": USER_AGENT,
        }
        self.json_headers = {**self.headers, "Content-Type": "application/json"}
        self.idempotency_store: IdempotencyStore | None = None
        """Where keyed starts are recorded; None: the per-user `default_store()`."""
        self.clock: Callable[[], float] = time.monotonic
        """The clock waits are measured by (tests replace it, and `sleep`); deadlines use real time."""

    def quote_arguments(self, operation: Operation, prepared: Prepared) -> dict[str, Any]:
        return {"endpoint": prepared.path, "request_body": prepared.body or {}}

    def keyed_start(self, operation: Operation, key: object, timeout: object) -> KeyedStart | None:
        """The idempotency guard of a start given a key (see `_idempotency`), with the store, or None."""
        if key is None:
            return None
        if operation.task is None:
            raise ArgumentValueError(operation.name, "idempotency_key", key, "None: only job starts take a key")
        _, deadline = call_timeout(operation, self.settings, timeout)
        store = self.idempotency_store or default_store()
        return KeyedStart(store, self.base, operation, key, 60.0 if deadline is None else deadline)

    def result(self, value: T, response: httpx.Response, trace_id: str | None, raw: bool) -> Any:
        return RawResponse(value, response.status_code, response.headers, trace_id) if raw else value


def wait_timeout(start: Operation, timeout: object) -> float:
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout <= 0:
        raise ArgumentValueError(start.name, "wait_timeout", timeout, "a finite number of seconds above 0")
    return float(timeout)


def client_settings(
    api_key: object,
    base_url: object,
    timeout: object,
    max_retries: object,
    max_credits_per_job: object,
    max_concurrency: object,
    allow_insecure_http: object,
) -> Settings:
    if not isinstance(allow_insecure_http, bool):
        raise ConfigurationError(f"allow_insecure_http must be a bool, got {type(allow_insecure_http).__name__}")
    phases, deadline = timeout_setting(timeout)
    return Settings(
        api_key=api_key_setting(api_key),
        base_url=base_url_setting(base_url, allow_insecure_http),
        timeout=phases,
        deadline=deadline,
        max_retries=count_setting("max_retries", max_retries, 0),
        max_credits_per_job=credits_setting("max_credits_per_job", max_credits_per_job),
        max_concurrency=count_setting("max_concurrency", max_concurrency, 1),
    )


def changed_settings(settings: Settings, timeout: object, max_retries: object, max_credits_per_job: object) -> Settings:
    changes: dict[str, Any] = {}
    if not isinstance(timeout, NotGiven):
        changes["timeout"], changes["deadline"] = timeout_setting(timeout)
    if not isinstance(max_retries, NotGiven):
        changes["max_retries"] = count_setting("max_retries", max_retries, 0)
    if not isinstance(max_credits_per_job, NotGiven):
        changes["max_credits_per_job"] = credits_setting("max_credits_per_job", max_credits_per_job)
    return settings.replace(**changes)
