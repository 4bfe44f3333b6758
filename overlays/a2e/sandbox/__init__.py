"""A local A2E for trying the client, the CLI and the MCP server with no account and no token.

    from a2e.sandbox import Sandbox
    with Sandbox() as sandbox:
        client = A2E("sk_sandbox", base_url=sandbox.url)

`a2e sandbox` serves one from the command line. Built from the spec, its documented replies and
their schemas, it answers every operation as the spec says: requests are checked (a bad one gets
A2E's invalid-parameter error, HTTP 400 / code 1001); job starts charge the balance what their
quote says and advance through their real status sequence in a few seconds, ending with small
valid files made from the request (a PNG of the requested size, an MP3 tagged with its text, an
MP4 carrying its input files) that the sandbox serves from a second origin (its CDN); reads,
lists and batch details answer the jobs started here, of their own kind; an unknown id gets
A2E's not-found error; uploads land. Any token starting with `sk_` is accepted. Webhooks go to
loopback addresses only, unless `remote_webhooks=True`.

Put one of these in any request field to get that outcome: `sandbox:fail` (the job fails after
running), `sandbox:moderation`, `sandbox:insufficient-credits`, `sandbox:busy`,
`sandbox:server-error` (that error reply, nothing started), `sandbox:drop-reply` (the job starts,
then the connection is reset with no reply), `sandbox:late-reply` (the job starts, the reply comes
after `late_reply_seconds`). The project's tests use it as their stateful fake A2E.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Self

from ._answers import Handler
from ._answers import handlers as default_handlers
from ._server import ApiServer, CdnServer, deliver_webhooks
from ._world import World

__all__ = ["Sandbox"]


class Sandbox:
    """The sandbox's API and CDN servers on 127.0.0.1, serving in background threads.

    Args:
        port: The API's port (0: any free one); the CDN takes another.
        job_seconds: How long a job runs before it finishes.
        clock: The time source jobs advance by (tests pass a fake one).
        coins: The starting balance (default: the documented example's).
        late_reply_seconds: How long `sandbox:late-reply` holds its reply.
        remote_webhooks: Post webhooks to any host, not only loopback addresses.
        handlers: Replies of your own for some operations (operationId -> handler), over the built-in ones.
    """

    def __init__(
        self,
        port: int = 0,
        *,
        job_seconds: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
        coins: float | None = None,
        late_reply_seconds: float = 5.0,
        remote_webhooks: bool = False,
        handlers: Mapping[str, Handler] | None = None,
        verbose: bool = False,
    ) -> None:
        self.world = World(
            job_seconds=job_seconds,
            clock=clock,
            coins=coins,
            late_reply_seconds=late_reply_seconds,
            remote_webhooks=remote_webhooks,
        )
        self._cdn = CdnServer(self.world, 0, verbose)
        self._api = ApiServer(self.world, port, verbose, {**default_handlers(), **(handlers or {})})
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
