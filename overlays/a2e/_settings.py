"""The client's settings, each checked when the client is built (a bad one is a `ConfigurationError`)."""

from __future__ import annotations

import math
import os
from typing import Any, NamedTuple

import httpx
from a2e_api.descriptors import Operation
from a2e_api.types import NotGiven

from ._exceptions import ArgumentTypeError, ArgumentValueError, ConfigurationError

DEFAULT_BASE_URL = "https://video.a2e.ai"
DEFAULT_TIMEOUT = 60.0
"""Seconds each attempt may take in all: connect, send and the whole reply."""
CONNECT_TIMEOUT = 10.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_CONCURRENCY = 32
"""Requests one `AsyncA2E` has in flight at most; the others wait their turn, uncounted by `timeout`."""
MAX_TOKEN_LENGTH = 4096


class Settings(NamedTuple):
    """What a client and its `with_options` copies are configured with (the repr leaves out the key)."""

    api_key: str
    base_url: httpx.URL
    timeout: httpx.Timeout
    deadline: float | None
    """Seconds for each attempt in all (None: only the per-phase timeouts of `timeout` apply)."""
    max_retries: int
    max_credits_per_job: float | None
    max_concurrency: int

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={value!r}" for name, value in zip(self._fields, self, strict=True) if name != "api_key"
        )
        return f"Settings({shown})"


def api_key_setting(api_key: object) -> str:
    key = os.environ.get("A2E_API_KEY", "") if api_key is None else api_key
    if not isinstance(key, str):
        raise ConfigurationError(f"api_key must be a str, got {type(key).__name__}")
    if not key.strip():
        raise ConfigurationError(
            "No A2E API token: pass A2E(api_key='sk_...') or set the A2E_API_KEY environment variable "
            "(tokens are created in the A2E web app under Account > API Token)."
        )
    if len(key) > MAX_TOKEN_LENGTH or not key.isprintable() or any(c.isspace() for c in key):
        # Never echo the token: it may be a real one with a stray newline.
        raise ConfigurationError(
            "api_key must be printable text without spaces or line breaks (check for a stray newline)"
        )
    return key.strip() if api_key is None else key


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def base_url_setting(base_url: object, allow_insecure_http: bool) -> httpx.URL:
    chosen = base_url if base_url is not None else os.environ.get("A2E_BASE_URL") or DEFAULT_BASE_URL
    if not isinstance(chosen, str | httpx.URL):
        raise ConfigurationError(f"base_url must be a str, got {type(chosen).__name__}")
    try:
        url = httpx.URL(str(chosen))
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL ({exc}): {str(chosen)[:200]!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {str(url)[:200]!r}")
    if url.query or url.fragment or url.userinfo:
        raise ConfigurationError("base_url must not carry a query, a fragment or user:password@ (got one)")
    if url.scheme == "http" and not _is_loopback(url.host) and not allow_insecure_http:
        raise ConfigurationError(
            f"base_url {str(url)!r} is plain http: the token would be sent in clear text. Use https, "
            "or pass allow_insecure_http=True if you really mean it (plain http is fine for 127.0.0.1/localhost)."
        )
    return url.copy_with(path=url.path.rstrip("/") or "")


class SettingProblem(NamedTuple):
    """Why a setting is refused, and whether its type (rather than its value) is what is wrong."""

    message: str
    wrong_type: bool


def _seconds_problem(name: str, value: object) -> SettingProblem | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return SettingProblem(f"{name} must be a number of seconds, got {type(value).__name__}", wrong_type=True)
    if not math.isfinite(value) or value <= 0:
        return SettingProblem(f"{name} must be a finite number of seconds above 0, got {value!r}", wrong_type=False)
    return None


def timeout_problem(timeout: object) -> SettingProblem | None:
    """What is wrong with `timeout`, if anything: a per-call timeout turns it into an `ArgumentError`."""
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            value = getattr(timeout, phase)
            if value is not None and (problem := _seconds_problem(f"timeout.{phase}", value)):
                return problem
        return None
    return None if timeout is None else _seconds_problem("timeout", timeout)


def timeout_setting(timeout: object) -> tuple[httpx.Timeout, float | None]:
    """(the per-phase httpx timeout, the total per attempt) for `timeout`.

    A number is the total for each attempt (connecting takes at most 10 s of it); an `httpx.Timeout`
    sets the phases itself, with no total; None means no limit at all.
    """
    problem = timeout_problem(timeout)
    if problem is not None:
        raise ConfigurationError(problem.message)
    if timeout is None:
        return httpx.Timeout(None), None
    if isinstance(timeout, httpx.Timeout):
        return timeout, None
    assert isinstance(timeout, int | float)  # timeout_problem refused anything else
    total = float(timeout)
    return httpx.Timeout(total, connect=min(CONNECT_TIMEOUT, total)), total


def count_setting(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an int, got {type(value).__name__}")
    if value < minimum:
        raise ConfigurationError(f"{name} must be at least {minimum}, got {value}")
    return value


def credits_setting(name: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ConfigurationError(f"{name} must be None or a finite number of credits >= 0, got {value!r}")
    return float(value)


def client_settings(
    api_key: object,
    base_url: object,
    timeout: object,
    max_retries: object,
    max_credits_per_job: object,
    max_concurrency: object,
    allow_insecure_http: object,
) -> Settings:
    """A client's settings from its constructor's arguments, each checked."""
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
    """`with_options`: the settings with those given changed (NOT_GIVEN keeps one)."""
    changes: dict[str, Any] = {}
    if not isinstance(timeout, NotGiven):
        changes["timeout"], changes["deadline"] = timeout_setting(timeout)
    if not isinstance(max_retries, NotGiven):
        changes["max_retries"] = count_setting("max_retries", max_retries, 0)
    if not isinstance(max_credits_per_job, NotGiven):
        changes["max_credits_per_job"] = credits_setting("max_credits_per_job", max_credits_per_job)
    return settings._replace(**changes)


def call_timeout(operation: Operation, settings: Settings, timeout: object) -> tuple[httpx.Timeout, float | None]:
    """One call's timeout phases and total deadline: its own `timeout=` if given, else the client's."""
    if isinstance(timeout, NotGiven):
        return settings.timeout, settings.deadline
    problem = timeout_problem(timeout)
    if problem is not None:
        error = ArgumentTypeError if problem.wrong_type else ArgumentValueError
        raise error(operation.name, "timeout", timeout, "None, seconds above 0, or an httpx.Timeout")
    return timeout_setting(timeout)
