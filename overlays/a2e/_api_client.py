"""`client.api_client`: the generated package's own client, configured like the overlay's.

The generated functions (`a2e_api.api.<group>.<operation>.sync_detailed(client=...)`) send through
an httpx client of their own. This one shares the overlay's connection pool and adds what they
lack: the token (for the API's origin only), the timeout, and the envelope check as a response
hook, so an error reply raises the same typed errors. The flavour that does not fit is refused.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx
from a2e_api.client import AuthenticatedClient
from a2e_api.types import parse_any

from ._exceptions import ConfigurationError, ResponseTooLargeError
from ._replies import parse_reply
from ._settings import Settings
from ._transport import MAX_REPLY_BYTES


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


class BearerAuth(httpx.Auth):
    """Adds the token to requests for the API's own origin only (result files live on CDNs)."""

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
    """Response hooks that raise the `APIError` an A2E reply stands for, before the generated parser runs."""

    def __init__(self, token: str, base_url: httpx.URL) -> None:
        self._token = token
        self._origin = origin(base_url)

    def __repr__(self) -> str:
        return f"EnvelopeCheck(origin={self._origin!r})"

    def __call__(self, response: httpx.Response) -> None:
        if origin(response.request.url) == self._origin:
            response.read()
            self.check(response)

    async def async_hook(self, response: httpx.Response) -> None:
        if origin(response.request.url) == self._origin:
            await response.aread()
            self.check(response)

    def check(self, response: httpx.Response) -> None:
        method, path = response.request.method, response.request.url.path
        if len(response.content) > MAX_REPLY_BYTES:
            message = f"{method} {path}: the reply is over the {MAX_REPLY_BYTES} bytes the client accepts"
            raise ResponseTooLargeError(message, http_status=response.status_code)
        parse_reply(None, path, response, response.content, parse_any, self._token)


def api_client_for(
    settings: Settings, *, sync: httpx.Client | None = None, asynchronous: httpx.AsyncClient | None = None
) -> AuthenticatedClient:
    """An `AuthenticatedClient` over the overlay's pool: sync for `A2E`, async for `AsyncA2E`."""
    client = AuthenticatedClient(base_url=str(settings.base_url), token=settings.api_key, timeout=settings.timeout)
    check = EnvelopeCheck(settings.api_key, settings.base_url)
    auth = BearerAuth(settings.api_key, settings.base_url)
    if sync is not None:
        wrapper = httpx.Client(
            base_url=settings.base_url, auth=auth, timeout=settings.timeout, follow_redirects=False,
            transport=sync._transport, event_hooks={"response": [check]},
        )  # fmt: skip
        refusal = "A2E's api_client is synchronous: call the sync functions, or use AsyncA2E().api_client"
        return client.set_httpx_client(wrapper).refuse_async(ConfigurationError(refusal))
    assert asynchronous is not None
    async_wrapper = httpx.AsyncClient(
        base_url=settings.base_url, auth=auth, timeout=settings.timeout, follow_redirects=False,
        transport=asynchronous._transport, event_hooks={"response": [check.async_hook]},
    )  # fmt: skip
    refusal = "AsyncA2E's api_client is asynchronous: await the asyncio functions, or use A2E().api_client"
    return client.set_async_httpx_client(async_wrapper).refuse_sync(ConfigurationError(refusal))
