"""`A2E` and `AsyncA2E`: the generated resources, wired to an authenticated, checked httpx client."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self, TypeVar

import anyio
import httpx
from a2e_api.api import AsyncResources, RawResponse, Resources
from a2e_api.client import AuthenticatedClient

from ._exceptions import APIError, APIResponseValidationError, ConfigurationError
from ._http import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    BearerAuth,
    EnvelopeCheck,
    retry_delay,
    should_retry,
    transport_error,
)

__all__ = ["A2E", "AsyncA2E"]

T = TypeVar("T")
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
"""What the generated `from_dict` raises on a body that does not match the spec."""


def resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get("A2E_API_KEY", "")
    if not key.strip():
        raise ConfigurationError(
            "No A2E API token: pass A2E(api_key='sk_...') or set the A2E_API_KEY environment variable "
            "(tokens are created in the A2E web app under Account > API Token)."
        )
    return key.strip()


def resolve_base_url(base_url: str | None, http_client: httpx.Client | httpx.AsyncClient) -> httpx.URL:
    """The explicit argument, then A2E_BASE_URL, then the client's own base_url, then the default."""
    chosen = base_url or os.environ.get("A2E_BASE_URL")
    if not chosen and str(http_client.base_url):
        return http_client.base_url
    url = httpx.URL(chosen or DEFAULT_BASE_URL)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {str(url)!r}")
    return url


def wire(
    http: httpx.Client | httpx.AsyncClient,
    api_key: str | None,
    base_url: str | None,
    hook: Callable[[EnvelopeCheck], Callable[[httpx.Response], Any]],
) -> tuple[str, httpx.URL]:
    """Point `http` at the API with origin-scoped auth and the envelope check; return token and URL."""
    token = resolve_api_key(api_key)
    url = resolve_base_url(base_url, http)
    http.base_url = url
    http.auth = BearerAuth(token, url)
    http.event_hooks["response"] = [*http.event_hooks["response"], hook(EnvelopeCheck(token, url))]
    return token, url


def parse_success(
    api: AuthenticatedClient, response: httpx.Response, parse: Callable[..., object], success: type[T]
) -> RawResponse[T]:
    """Parse a checked success reply with the generated parser, as a typed error if it does not fit."""
    try:
        parsed = parse(client=api, response=response)
    except PARSE_ERRORS as exc:
        message = f"A2E's reply does not match the spec ({type(exc).__name__}: {exc})"
        raise invalid_reply(response, message, api.token) from exc
    if not isinstance(parsed, success):
        message = f"A2E answered HTTP {response.status_code}, which this operation does not document"
        raise invalid_reply(response, message, api.token)
    trace_id = getattr(parsed, "trace_id", None)
    return RawResponse(parsed, response.status_code, response.headers, trace_id if isinstance(trace_id, str) else None)


def invalid_reply(response: httpx.Response, message: str, secret: str) -> APIResponseValidationError:
    trace_id = None
    try:
        body = response.json()
        trace_id = body.get("trace_id") if isinstance(body, dict) else None
    except ValueError:
        pass
    return APIResponseValidationError(
        message,
        http_status=response.status_code,
        trace_id=trace_id if isinstance(trace_id, str) else None,
        body=response.content.replace(secret.encode(), b"***"),
    )


class SyncRunner:
    """Sends generated requests with the retry policy and parses their replies."""

    def __init__(self, api: AuthenticatedClient, max_retries: int) -> None:
        self._api = api
        self._max_retries = max_retries

    def run(self, request: dict[str, Any], parse: Callable[..., object], success: type[T]) -> RawResponse[T]:
        return parse_success(self._api, self._send(request), parse, success)

    def _send(self, request: dict[str, Any]) -> httpx.Response:
        http = self._api.get_httpx_client()
        attempt = 0
        while True:
            try:
                return http.request(**request)
            except (httpx.TransportError, APIError) as exc:
                if attempt >= self._max_retries or not should_retry(request["method"], exc):
                    if isinstance(exc, httpx.TransportError):
                        raise transport_error(exc) from exc
                    raise
                time.sleep(retry_delay(attempt, exc))
                attempt += 1


class AsyncRunner:
    """The asynchronous twin of `SyncRunner`."""

    def __init__(self, api: AuthenticatedClient, max_retries: int) -> None:
        self._api = api
        self._max_retries = max_retries

    async def run(self, request: dict[str, Any], parse: Callable[..., object], success: type[T]) -> RawResponse[T]:
        return parse_success(self._api, await self._send(request), parse, success)

    async def _send(self, request: dict[str, Any]) -> httpx.Response:
        http = self._api.get_async_httpx_client()
        attempt = 0
        while True:
            try:
                return await http.request(**request)
            except (httpx.TransportError, APIError) as exc:
                if attempt >= self._max_retries or not should_retry(request["method"], exc):
                    if isinstance(exc, httpx.TransportError):
                        raise transport_error(exc) from exc
                    raise
                await anyio.sleep(retry_delay(attempt, exc))
                attempt += 1


class A2E(Resources):
    """The A2E API client.

    Args:
        api_key: An API token (`sk_...`); defaults to the A2E_API_KEY environment variable.
        base_url: Defaults to A2E_BASE_URL, then https://video.a2e.ai.
        timeout: Per-request timeout (seconds or an `httpx.Timeout`); finite by default.
        max_retries: Retries for requests that cannot have started a job (see the README).
        http_client: Your own `httpx.Client` (proxies, transports); it gets the A2E auth, which
            is sent to the API's origin only, and the envelope checks.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._owns_http_client = http_client is None
        http = http_client if http_client is not None else httpx.Client(timeout=timeout)
        token, url = wire(http, api_key, base_url, lambda check: check)
        self.api_client = AuthenticatedClient(base_url=str(url), token=token).set_httpx_client(http)
        """The generated package's client, for calling `a2e_api.api.<group>.<operation>` directly."""
        self.base_url = url
        super().__init__(SyncRunner(self.api_client, max_retries))

    def __repr__(self) -> str:
        return f"A2E(base_url={str(self.base_url)!r})"

    def close(self) -> None:
        """Close the underlying httpx client, unless it was passed in."""
        if self._owns_http_client:
            self.api_client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncA2E(AsyncResources):
    """The asynchronous A2E API client; arguments as for `A2E`, with an `httpx.AsyncClient`."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._owns_http_client = http_client is None
        http = http_client if http_client is not None else httpx.AsyncClient(timeout=timeout)
        token, url = wire(http, api_key, base_url, lambda check: check.async_hook)
        self.api_client = AuthenticatedClient(base_url=str(url), token=token).set_async_httpx_client(http)
        """The generated package's client, for calling `a2e_api.api.<group>.<operation>` directly."""
        self.base_url = url
        super().__init__(AsyncRunner(self.api_client, max_retries))

    def __repr__(self) -> str:
        return f"AsyncA2E(base_url={str(self.base_url)!r})"

    async def close(self) -> None:
        """Close the underlying httpx client, unless it was passed in."""
        if self._owns_http_client:
            await self.api_client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
