"""`AsyncA2E`: `A2E` over httpx's async client (see `_client`); at most `max_concurrency` requests
in flight, each attempt bounded by `anyio.fail_after`."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import AsyncIterator, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import anyio
import httpx
from a2e_api.api import RAW_RESPONSE, AsyncResources
from a2e_api.api import operation as operation_named
from a2e_api.descriptors import Operation
from a2e_api.types import NOT_GIVEN, NotGiven, parse_any

from ._budget import call_limit, over_limit, quote_record
from ._exceptions import (
    A2EError,
    APIConnectionError,
    APIError,
    ArgumentValueError,
    ConfigurationError,
    JobFailedError,
)
from ._files import AsyncFiles, local_inputs
from ._idempotency import SEARCH_PAGES, WAIT_STEP, KeyedStart
from ._jobs import JobWatch, ManyJobs
from ._pages import Pager
from ._replies import parse_reply
from ._requests import Prepared, prepare
from ._retry import retry_delay, should_retry
from ._runner import (
    FOUND_REPLY,
    BaseRunner,
    call_headers,
    call_timeout,
    changed_settings,
    client_settings,
    log_retry,
    quote_operation,
    transport_error,
    wait_timeout,
)
from ._settings import DEFAULT_MAX_CONCURRENCY, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Settings
from ._transport import MAX_REPLY_BYTES, aread_body
from ._wake import pause_async

if TYPE_CHECKING:
    from a2e_api.client import AuthenticatedClient

__all__ = ["AsyncA2E"]

T = TypeVar("T")
logger = logging.getLogger("a2e")


class AsyncRunner(BaseRunner):
    def __init__(self, settings: Settings, http: httpx.AsyncClient, limiter: anyio.CapacityLimiter) -> None:
        super().__init__(settings)
        self.http = http
        self.limiter = limiter
        self.sleep: Callable[[float], Any] = anyio.sleep
        self.files = AsyncFiles(self)

    async def call(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        parse: Callable[[Any], T],
        timeout: object = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_credits: object = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> Any:
        raw = RAW_RESPONSE.get()
        keyed = self.keyed_start(operation, idempotency_key, timeout)
        if keyed is not None:
            if (recorded := keyed.recorded()) is not None:
                return self.result(parse(recorded), FOUND_REPLY, None, raw)
            arguments = keyed.tagged(arguments)
        limit = call_limit(operation, max_credits, self.settings.max_credits_per_job)
        if operation.files and local_inputs(operation, arguments):
            arguments = await self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, extra_query, extra_body)
        if limit is not None:
            await self.check_budget(operation, prepared, limit, timeout)
        if keyed is not None:
            data, response, trace_id = await self.send_once(keyed, operation, prepared, timeout, extra_headers)
            return self.result(parse(data), response, trace_id, raw)
        value, response, trace_id = await self.send(operation, prepared, parse, timeout, extra_headers)
        return self.result(value, response, trace_id, raw)

    async def send_once(
        self,
        keyed: KeyedStart,
        operation: Operation,
        prepared: Prepared,
        timeout: object,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[Any, httpx.Response, str | None]:
        """`A2E`'s `send_once`, awaited (the store is local and quick, so it is called directly)."""
        while True:
            step, entry = keyed.next_step()
            if step == "done":
                return entry.data, FOUND_REPLY, None
            if step == "wait":
                await self.sleep(WAIT_STEP)
                continue
            if step == "search":
                found = await self.search(keyed)
                if found is not None:
                    return keyed.started(found), FOUND_REPLY, None
                if not keyed.take_over(entry):
                    continue
            keyed.before_send()
            try:
                data, response, trace_id = await self.send(operation, prepared, parse_any, timeout, extra_headers)
            except APIConnectionError as exc:
                if not exc.maybe_sent:
                    keyed.release()
                    raise
                keyed.lost()
                continue
            except A2EError:
                keyed.release()
                raise
            return keyed.started(data), response, trace_id

    async def search(self, keyed: KeyedStart) -> Any:
        listing = operation_named(keyed.listing)
        pager = Pager(listing, keyed.page_arguments(listing), parse_any)
        for _ in range(SEARCH_PAGES):
            if (page := pager.next_arguments()) is None:
                break
            data, _, _ = await self.send(listing, prepare(listing, page, None, None), parse_any, NOT_GIVEN, None)
            if (row := keyed.match(pager.take(data))) is not None:
                return row
        return None

    async def check_budget(self, operation: Operation, prepared: Prepared, limit: float, timeout: object) -> None:
        quote, problem = None, None
        try:
            quote, _, _ = await self.send(
                quote_operation(),
                prepare(quote_operation(), self.quote_arguments(operation, prepared), None, None),
                parse_any,
                timeout,
                None,
            )
        except APIError as exc:
            problem = str(exc)
        refusal = over_limit(operation, limit, quote_record(quote), problem)
        if refusal is not None:
            raise refusal

    async def send(
        self,
        operation: Operation,
        prepared: Prepared,
        parse: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
        max_retries: int | None = None,
    ) -> tuple[T, httpx.Response, str | None]:
        phases, total = call_timeout(operation, self.settings, timeout)
        headers = call_headers(
            operation, self.json_headers if prepared.content is not None else self.headers, extra_headers
        )
        url = self.base + prepared.path
        retries = self.settings.max_retries if max_retries is None else max_retries  # a wait retries its own polls
        attempt = 0
        while True:
            try:
                try:
                    request = self.http.build_request(
                        prepared.method,
                        url,
                        params=prepared.params,
                        content=prepared.content,
                        headers=headers,
                        timeout=phases,
                    )
                except httpx.InvalidURL as exc:
                    raise ArgumentValueError(
                        operation.name, "arguments", str(exc), "values that fit in a URL"
                    ) from None
                async with self.limiter:
                    deadline = None if total is None else time.monotonic() + total
                    try:
                        with anyio.fail_after(total):
                            response = await self.http.send(request, stream=True, follow_redirects=False)
                            try:
                                content = await aread_body(response, MAX_REPLY_BYTES, deadline)
                            finally:
                                await response.aclose()
                    except TimeoutError:
                        raise httpx.ReadTimeout("the call's total timeout passed", request=request) from None
                logger.debug("%s %s -> HTTP %s", prepared.method, prepared.path, response.status_code)
                value, trace_id = parse_reply(operation, prepared.path, response, content, parse, self.settings.api_key)
                return value, response, trace_id
            except (httpx.HTTPError, APIError) as exc:
                if attempt >= retries or not should_retry(prepared.method, exc):
                    if isinstance(exc, httpx.HTTPError):
                        raise transport_error(
                            exc, prepared.method, prepared.path, operation.name, self.settings.api_key
                        ) from None
                    raise
                delay = retry_delay(attempt, exc)
                log_retry(prepared, attempt, delay, exc)
            await self.sleep(delay)
            attempt += 1

    async def paginate(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        parse_row: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
    ) -> AsyncIterator[T]:
        pager = Pager(operation, arguments, parse_row)
        while (page := pager.next_arguments()) is not None:
            prepared = prepare(operation, page, extra_query, None)
            data, _, _ = await self.send(operation, prepared, parse_any, timeout, extra_headers)
            for row in pager.take(data):
                yield row

    async def wait(
        self,
        start: Operation,
        detail: Operation,
        task_id: str,
        parse: Callable[[Any], Any],
        parse_done: Callable[[Any], T],
        timeout: float,
        on_update: Callable[[Any], object] | None,
    ) -> T:
        watch = JobWatch(
            start, detail, task_id, parse, parse_done, wait_timeout(start, timeout), on_update, self.clock()
        )
        while True:
            hint = None
            try:
                prepared = prepare(detail, watch.arguments(), None, None)
                found, _response, trace_id = await self.send(
                    detail, prepared, watch.read, watch.poll_timeout(self.clock(), self.settings.deadline), None, 0
                )
                done = watch.observe(found, trace_id)
                if done is not None:
                    return done  # type: ignore[no-any-return]
            except A2EError as exc:
                if not watch.transient(exc):
                    raise
                hint = getattr(exc, "retry_after", None)
            delay = watch.next_delay(self.clock(), hint)
            if delay is None:
                raise watch.timed_out(self.clock())
            await pause_async(self.sleep, [task_id], delay)

    async def wait_many(
        self,
        start: Operation,
        detail: Operation,
        batch: Operation | None,
        task_ids: list[str],
        parse: Callable[[Any], Any],
        parse_done: Callable[[Any], T],
        timeout: float,
        on_update: Callable[[Any], object] | None,
    ) -> list[T | JobFailedError]:
        jobs = ManyJobs(
            start, detail, batch, task_ids, parse, parse_done, wait_timeout(start, timeout), on_update, self.clock()
        )
        while True:
            hint = None
            try:
                for operation, arguments, task_id in jobs.requests():
                    prepared = prepare(operation, arguments, None, None)
                    timeout = jobs.first.poll_timeout(self.clock(), self.settings.deadline)
                    found, _, trace_id = await self.send(operation, prepared, jobs.reader(task_id), timeout, None, 0)
                    jobs.observe(found, trace_id)
            except A2EError as exc:
                if not jobs.first.transient(exc):
                    raise
                hint = getattr(exc, "retry_after", None)
            if not jobs.pending:
                return jobs.outcome()
            delay = jobs.first.next_delay(self.clock(), hint)
            if delay is None:
                raise jobs.timed_out(self.clock())
            await pause_async(self.sleep, jobs.pending, delay)

    async def quote(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        parse: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
    ) -> T:
        if operation.files and local_inputs(operation, arguments):
            arguments = await self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, extra_query, extra_body)
        quote = prepare(quote_operation(), self.quote_arguments(operation, prepared), None, None)
        value, _, _ = await self.send(quote_operation(), quote, parse, timeout, extra_headers)
        return value


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
