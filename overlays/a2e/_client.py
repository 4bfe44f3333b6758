"""The clients: `A2E` and `AsyncA2E`, the generated resources over an engine (`_base_client`).

Each facade checks its settings, owns (or borrows) the httpx client and gives the generated
resources, `files`, `api_client` and `with_options`; everything a call does is in the engine.
"""

from __future__ import annotations

import functools
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx
from a2e_api.api import AsyncResources, Resources
from a2e_api.types import NOT_GIVEN, NotGiven

from ._base_client import AsyncRunner, SyncRunner
from ._exceptions import ConfigurationError
from ._settings import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    changed_settings,
    client_settings,
)
from ._transport import deadline_transport

if TYPE_CHECKING:
    from a2e_api.client import AuthenticatedClient

    from ._files import AsyncFiles, Files

__all__ = ["A2E", "AsyncA2E"]


class A2E(Resources):
    """The A2E API client.

    Args:
        api_key: An API token (`sk_...`); defaults to the A2E_API_KEY environment variable.
        base_url: Defaults to A2E_BASE_URL, then https://video.a2e.ai. Plain http only for
            loopback hosts, unless `allow_insecure_http=True`.
        timeout: Seconds each attempt may take in all (connect, send, the whole reply); 60 by
            default. An `httpx.Timeout` sets the phases instead; None: no limit.
        max_retries: Retries of requests that cannot have started a job (see the README).
        max_credits_per_job: Quote every job start first and refuse any that would cost more.
        http_client: Your own `httpx.Client` (proxies, transports). Its own timeout is used
            unless you pass `timeout`; the total deadline then holds between reads only.
        allow_insecure_http: Allow plain http to a host other than loopback.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_credits_per_job: float | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(f"A2E needs an httpx.Client as http_client, got {type(http_client).__name__}")
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        settings = client_settings(api_key, base_url, timeout, max_retries, max_credits_per_job, 1, allow_insecure_http)
        self._owns_http = http_client is None
        http = http_client if http_client is not None else httpx.Client(transport=deadline_transport(httpx.Limits()))
        self._core = SyncRunner(settings, http)
        super().__init__(self._core)

    @property
    def base_url(self) -> httpx.URL:
        return self._core.settings.base_url

    @property
    def files(self) -> Files:
        """Upload local files (presigned PUT) and download result files (streamed, atomic)."""
        return self._core.files

    @functools.cached_property
    def api_client(self) -> AuthenticatedClient:
        """The generated package's client, for `a2e_api.api.<group>.<operation>.sync_detailed(...)`."""
        from ._api_client import api_client_for

        return api_client_for(self._core.settings, sync=self._core.http)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_credits_per_job: float | NotGiven | None = NOT_GIVEN,
    ) -> A2E:
        """A copy with other settings, sharing this client's connection pool (closing it closes nothing)."""
        copy = A2E.__new__(A2E)
        copy._owns_http = False
        copy._core = SyncRunner(
            changed_settings(self._core.settings, timeout, max_retries, max_credits_per_job), self._core.http
        )
        Resources.__init__(copy, copy._core)
        return copy

    def __repr__(self) -> str:
        return f"A2E(base_url={str(self.base_url)!r})"

    def close(self) -> None:
        """Close the connection pool, unless it came from you (`http_client=`)."""
        if self._owns_http:
            self._core.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncA2E(AsyncResources):
    """The asynchronous A2E API client; arguments as for `A2E`, with an `httpx.AsyncClient`.

    Args:
        max_concurrency: Requests in flight at most (default 32); more wait their turn, and the
            wait does not count against `timeout`. `asyncio.gather` of hundreds of calls is fine.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_credits_per_job: float | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"AsyncA2E needs an httpx.AsyncClient as http_client, got {type(http_client).__name__}"
            )
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        settings = client_settings(
            api_key, base_url, timeout, max_retries, max_credits_per_job, max_concurrency, allow_insecure_http
        )
        self._owns_http = http_client is None
        limits = httpx.Limits(max_connections=max(100, settings.max_concurrency), max_keepalive_connections=32)
        http = http_client if http_client is not None else httpx.AsyncClient(limits=limits)
        import anyio  # here, not at the top: a sync client never loads it

        self._core = AsyncRunner(settings, http, anyio.CapacityLimiter(settings.max_concurrency))
        super().__init__(self._core)

    @property
    def base_url(self) -> httpx.URL:
        return self._core.settings.base_url

    @property
    def files(self) -> AsyncFiles:
        """Upload local files (presigned PUT) and download result files (streamed, atomic)."""
        return self._core.files

    @functools.cached_property
    def api_client(self) -> AuthenticatedClient:
        """The generated package's client, for `a2e_api.api.<group>.<operation>.asyncio_detailed(...)`."""
        from ._api_client import api_client_for

        return api_client_for(self._core.settings, asynchronous=self._core.http)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_credits_per_job: float | NotGiven | None = NOT_GIVEN,
    ) -> AsyncA2E:
        """A copy with other settings, sharing this client's connection pool and concurrency limit."""
        copy = AsyncA2E.__new__(AsyncA2E)
        copy._owns_http = False
        settings = changed_settings(self._core.settings, timeout, max_retries, max_credits_per_job)
        copy._core = AsyncRunner(settings, self._core.http, self._core.limiter)
        AsyncResources.__init__(copy, copy._core)
        return copy

    def __repr__(self) -> str:
        return f"AsyncA2E(base_url={str(self.base_url)!r})"

    async def close(self) -> None:
        """Close the connection pool, unless it came from you (`http_client=`)."""
        if self._owns_http:
            await self._core.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
