"""A local A2E for trying the client, the CLI and the MCP server with no account and no token.

    from a2e.sandbox import Sandbox
    with Sandbox() as sandbox:
        client = A2E("sk_sandbox", base_url=sandbox.url)

`a2e sandbox` serves one from the command line. Built from the spec and its documented replies:
every operation answers; job starts advance through their real status sequence in a few seconds
and finish with files the sandbox serves from a second origin (its CDN); lists page; uploads
land. Any token starting with `sk_` is accepted. Put `sandbox:fail`, `sandbox:moderation`,
`sandbox:insufficient-credits`, `sandbox:busy` or `sandbox:server-error` in any field to get
that outcome. The project's tests use it as their stateful fake A2E.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Self

from ._server import ApiServer, CdnServer, deliver_webhooks
from ._world import World

__all__ = ["Sandbox"]


class Sandbox:
    """The sandbox's API and CDN servers on 127.0.0.1, serving in background threads.

    Args:
        port: The API's port (0: any free one); the CDN takes another.
        job_seconds: How long a job runs before it finishes.
        clock: The time source jobs advance by (tests pass a fake one).
    """

    def __init__(
        self,
        port: int = 0,
        *,
        job_seconds: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
        verbose: bool = False,
    ) -> None:
        self.world = World(job_seconds=job_seconds, clock=clock)
        self._cdn = CdnServer(self.world, 0, verbose)
        self._api = ApiServer(self.world, port, verbose)
        self.world.cdn_url = f"http://127.0.0.1:{self._cdn.server_address[1]}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        """The API's base URL, for `A2E(base_url=...)` or A2E_BASE_URL."""
        return f"http://127.0.0.1:{self._api.server_address[1]}"

    @property
    def cdn_url(self) -> str:
        return self.world.cdn_url

    def start(self) -> Self:
        for target in (self._api.serve_forever, self._cdn.serve_forever):
            thread = threading.Thread(target=target, kwargs={"poll_interval": 0.05}, daemon=True)
            thread.start()
            self._threads.append(thread)
        webhooks = threading.Thread(target=deliver_webhooks, args=(self.world, self._stop), daemon=True)
        webhooks.start()
        self._threads.append(webhooks)
        return self

    def stop(self) -> None:
        self._stop.set()
        for server in (self._api, self._cdn):
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
