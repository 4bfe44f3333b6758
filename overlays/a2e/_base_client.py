"""The engines under `A2E` and `AsyncA2E` (`_client`), sync and async side by side, method for method.

For every generated method an engine does, from the operation's descriptor: find or claim a keyed
start's job (`_idempotency`), upload local files given for file inputs (`_files`), check the
arguments and build the request (`_requests`), refuse a start over the credit limit after quoting
it (`_budget`), send with the retry policy (`_retry`) and a total deadline per attempt
(`_transport`), read the envelope and parse `data` (`_replies`); and for the generated `wait`,
`<list>_all` and `quote` methods, poll (`_jobs`), page (`_pages`) and quote. The two engines differ
only where the flavour does (await, `anyio`, the async in-flight limit): tests/test_twins.py checks
that each pair of methods calls the same things.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from a2e_api.api import RAW_RESPONSE, RawResponse
from a2e_api.api import operation as operation_named
from a2e_api.descriptors import Operation
from a2e_api.types import DEFAULT_OPTIONS, CallOptions, parse_any

from ._budget import call_limit, over_limit, quote_operation, quote_record, quote_request
from ._exceptions import A2EError, APIConnectionError, APIError, ArgumentValueError, JobFailedError
from ._files import AsyncFiles, Files, local_inputs
from ._idempotency import SEARCH_PAGES, WAIT_STEP, IdempotencyStore, KeyedStart, default_store
from ._jobs import JobWatch, ManyJobs, wait_timeout
from ._pages import Pager
from ._replies import parse_reply, transport_error
from ._requests import Prepared, call_headers, prepare
from ._retry import log_retry, retry_delay, should_retry
from ._settings import Settings, call_timeout
from ._transport import ACCEPT_ENCODING, DEADLINE, MAX_REPLY_BYTES, aread_body, read_body
from ._version import __version__
from ._wake import pause, pause_async

if TYPE_CHECKING:
    import anyio

T = TypeVar("T")
logger = logging.getLogger("a2e")
USER_AGENT = f"a2e-python/{__version__}"
FOUND_REPLY = httpx.Response(200)
"""The reply a keyed start's `RawResponse` shows when its job was found rather than started by this call."""


class BaseRunner:
    """What the sync and async engines share: settings, the prepared headers, keyed starts, results."""

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

    def keyed_start(self, operation: Operation, options: CallOptions) -> KeyedStart | None:
        """The idempotency guard of a start given a key (see `_idempotency`), with the store, or None."""
        key = options.idempotency_key
        if key is None:
            return None
        if operation.task is None:
            raise ArgumentValueError(operation.name, "idempotency_key", key, "None: only job starts take a key")
        _, deadline = call_timeout(operation, self.settings, options.timeout)
        store = self.idempotency_store or default_store()
        return KeyedStart(store, self.base, operation, key, 60.0 if deadline is None else deadline)

    def request_parts(
        self, operation: Operation, prepared: Prepared, options: CallOptions
    ) -> tuple[str, dict[str, str], httpx.Timeout, float | None]:
        """The URL, headers, timeout phases and total deadline of one call's attempts."""
        phases, total = call_timeout(operation, self.settings, options.timeout)
        base = self.json_headers if prepared.content is not None else self.headers
        return self.base + prepared.path, call_headers(operation, base, options.extra_headers), phases, total

    def result(self, value: T, response: httpx.Response, trace_id: str | None, raw: bool) -> Any:
        return RawResponse(value, response.status_code, response.headers, trace_id) if raw else value


def budget_options(options: CallOptions) -> CallOptions:
    """The options of the quote that guards a start: its timeout, not its extra headers."""
    return CallOptions(timeout=options.timeout)


def _no_url(operation: Operation, exc: httpx.InvalidURL) -> ArgumentValueError:
    return ArgumentValueError(operation.name, "arguments", str(exc), "values that fit in a URL")


class SyncRunner(BaseRunner):
    def __init__(self, settings: Settings, http: httpx.Client) -> None:
        super().__init__(settings)
        self.http = http
        self.sleep: Callable[[float], None] = time.sleep
        self.files = Files(self)

    def call(
        self, operation: Operation, arguments: dict[str, Any], parse: Callable[[Any], T], options: CallOptions
    ) -> Any:
        raw = RAW_RESPONSE.get()
        keyed = self.keyed_start(operation, options)
        if keyed is not None:
            if (recorded := keyed.recorded()) is not None:
                return self.result(parse(recorded), FOUND_REPLY, None, raw)
            arguments = keyed.tagged(arguments)
        limit = call_limit(operation, options.max_credits, self.settings.max_credits_per_job)
        if operation.files and local_inputs(operation, arguments):
            arguments = self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, options.extra_query, options.extra_body)
        if limit is not None:
            self.check_budget(operation, prepared, limit, options)
        if keyed is not None:
            data, response, trace_id = self.send_once(keyed, operation, prepared, options)
            return self.result(parse(data), response, trace_id, raw)
        value, response, trace_id = self.send(operation, prepared, parse, options)
        return self.result(value, response, trace_id, raw)

    def send_once(
        self, keyed: KeyedStart, operation: Operation, prepared: Prepared, options: CallOptions
    ) -> tuple[Any, httpx.Response, str | None]:
        """A keyed start: the job its key already has (recorded, or found in the list), else sent once."""
        while True:
            step, entry = keyed.next_step()
            if step == "done":
                return entry.data, FOUND_REPLY, None
            if step == "wait":
                self.sleep(WAIT_STEP)
                continue
            if step == "search":
                found = self.search(keyed)
                if found is not None:
                    return keyed.started(found), FOUND_REPLY, None
                if not keyed.take_over(entry):
                    continue
            keyed.before_send()
            try:
                data, response, trace_id = self.send(operation, prepared, parse_any, options)
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

    def search(self, keyed: KeyedStart) -> Any:
        """The row of the key's job in the newest pages of the group's list, or None."""
        listing = operation_named(keyed.listing)
        pager = Pager(listing, keyed.page_arguments(listing), parse_any)
        for _ in range(SEARCH_PAGES):
            if (page := pager.next_arguments()) is None:
                break
            data, _, _ = self.send(listing, prepare(listing, page, None, None), parse_any)
            if (row := keyed.match(pager.take(data))) is not None:
                return row
        return None

    def check_budget(self, operation: Operation, prepared: Prepared, limit: float, options: CallOptions) -> None:
        quote, problem = None, None
        try:
            quote, _, _ = self.send(quote_operation(), quote_request(prepared), parse_any, budget_options(options))
        except APIError as exc:
            problem = str(exc)
        refusal = over_limit(operation, limit, quote_record(quote), problem)
        if refusal is not None:
            raise refusal

    def send(
        self,
        operation: Operation,
        prepared: Prepared,
        parse: Callable[[Any], T],
        options: CallOptions = DEFAULT_OPTIONS,
        max_retries: int | None = None,
    ) -> tuple[T, httpx.Response, str | None]:
        """Send with the retry policy; the parsed data, the response and its trace_id."""
        url, headers, phases, total = self.request_parts(operation, prepared, options)
        retries = self.settings.max_retries if max_retries is None else max_retries  # a wait retries its own polls
        attempt = 0
        while True:
            deadline = None if total is None else time.monotonic() + total
            token = DEADLINE.set(deadline)
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
                    raise _no_url(operation, exc) from None
                response = self.http.send(request, stream=True, follow_redirects=False)
                try:
                    content = read_body(response, MAX_REPLY_BYTES, deadline)
                finally:
                    response.close()
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
            finally:
                DEADLINE.reset(token)
            self.sleep(delay)
            attempt += 1

    def paginate(
        self, operation: Operation, arguments: dict[str, Any], parse_row: Callable[[Any], T], options: CallOptions
    ) -> Iterator[T]:
        pager = Pager(operation, arguments, parse_row)
        while (page := pager.next_arguments()) is not None:
            prepared = prepare(operation, page, options.extra_query, None)
            data, _, _ = self.send(operation, prepared, parse_any, options)
            yield from pager.take(data)

    def wait(
        self,
        start: Operation,
        task_id: str,
        parse: Callable[[Any], Any],
        parse_done: Callable[[Any], T],
        timeout: float,
        on_update: Callable[[Any], object] | None,
    ) -> T:
        watch = JobWatch(start, task_id, parse, parse_done, wait_timeout(start, timeout), on_update, self.clock())
        while True:
            hint = None
            try:
                prepared = prepare(watch.detail, watch.arguments(), None, None)
                poll = CallOptions(timeout=watch.poll_timeout(self.clock(), self.settings.deadline))
                found, _response, trace_id = self.send(watch.detail, prepared, watch.read, poll, 0)
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
            pause(self.sleep, [task_id], delay)

    def wait_many(
        self,
        start: Operation,
        task_ids: list[str],
        parse: Callable[[Any], Any],
        parse_done: Callable[[Any], T],
        timeout: float,
        on_update: Callable[[Any], object] | None,
    ) -> list[T | JobFailedError]:
        jobs = ManyJobs(start, task_ids, parse, parse_done, wait_timeout(start, timeout), on_update, self.clock())
        while True:
            hint = None
            try:
                for operation, arguments, task_id in jobs.requests():
                    prepared = prepare(operation, arguments, None, None)
                    poll = CallOptions(timeout=jobs.first.poll_timeout(self.clock(), self.settings.deadline))
                    found, _, trace_id = self.send(operation, prepared, jobs.reader(task_id), poll, 0)
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
            pause(self.sleep, jobs.pending, delay)

    def quote(
        self, operation: Operation, arguments: dict[str, Any], parse: Callable[[Any], T], options: CallOptions
    ) -> T:
        if operation.files and local_inputs(operation, arguments):
            arguments = self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, options.extra_query, options.extra_body)
        value, _, _ = self.send(quote_operation(), quote_request(prepared), parse, options)
        return value


class AsyncRunner(BaseRunner):
    """`SyncRunner` over httpx's async client: at most `max_concurrency` requests in flight, each
    attempt bounded by `anyio.fail_after` (anyio is imported on first use: a sync client never loads it)."""

    def __init__(self, settings: Settings, http: httpx.AsyncClient, limiter: anyio.CapacityLimiter) -> None:
        import anyio

        super().__init__(settings)
        self.http = http
        self.limiter = limiter
        self.sleep: Callable[[float], Any] = anyio.sleep
        self.files = AsyncFiles(self)

    async def call(
        self, operation: Operation, arguments: dict[str, Any], parse: Callable[[Any], T], options: CallOptions
    ) -> Any:
        raw = RAW_RESPONSE.get()
        keyed = self.keyed_start(operation, options)
        if keyed is not None:
            if (recorded := keyed.recorded()) is not None:
                return self.result(parse(recorded), FOUND_REPLY, None, raw)
            arguments = keyed.tagged(arguments)
        limit = call_limit(operation, options.max_credits, self.settings.max_credits_per_job)
        if operation.files and local_inputs(operation, arguments):
            arguments = await self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, options.extra_query, options.extra_body)
        if limit is not None:
            await self.check_budget(operation, prepared, limit, options)
        if keyed is not None:
            data, response, trace_id = await self.send_once(keyed, operation, prepared, options)
            return self.result(parse(data), response, trace_id, raw)
        value, response, trace_id = await self.send(operation, prepared, parse, options)
        return self.result(value, response, trace_id, raw)

    async def send_once(
        self, keyed: KeyedStart, operation: Operation, prepared: Prepared, options: CallOptions
    ) -> tuple[Any, httpx.Response, str | None]:
        """`SyncRunner.send_once`, awaited (the store is local and quick, so it is called directly)."""
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
                data, response, trace_id = await self.send(operation, prepared, parse_any, options)
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
            data, _, _ = await self.send(listing, prepare(listing, page, None, None), parse_any)
            if (row := keyed.match(pager.take(data))) is not None:
                return row
        return None

    async def check_budget(self, operation: Operation, prepared: Prepared, limit: float, options: CallOptions) -> None:
        quote, problem = None, None
        try:
            quote, _, _ = await self.send(
                quote_operation(), quote_request(prepared), parse_any, budget_options(options)
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
        options: CallOptions = DEFAULT_OPTIONS,
        max_retries: int | None = None,
    ) -> tuple[T, httpx.Response, str | None]:
        import anyio

        url, headers, phases, total = self.request_parts(operation, prepared, options)
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
                    raise _no_url(operation, exc) from None
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
        self, operation: Operation, arguments: dict[str, Any], parse_row: Callable[[Any], T], options: CallOptions
    ) -> AsyncIterator[T]:
        pager = Pager(operation, arguments, parse_row)
        while (page := pager.next_arguments()) is not None:
            prepared = prepare(operation, page, options.extra_query, None)
            data, _, _ = await self.send(operation, prepared, parse_any, options)
            for row in pager.take(data):
                yield row

    async def wait(
        self,
        start: Operation,
        task_id: str,
        parse: Callable[[Any], Any],
        parse_done: Callable[[Any], T],
        timeout: float,
        on_update: Callable[[Any], object] | None,
    ) -> T:
        watch = JobWatch(start, task_id, parse, parse_done, wait_timeout(start, timeout), on_update, self.clock())
        while True:
            hint = None
            try:
                prepared = prepare(watch.detail, watch.arguments(), None, None)
                poll = CallOptions(timeout=watch.poll_timeout(self.clock(), self.settings.deadline))
                found, _response, trace_id = await self.send(watch.detail, prepared, watch.read, poll, 0)
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
        task_ids: list[str],
        parse: Callable[[Any], Any],
        parse_done: Callable[[Any], T],
        timeout: float,
        on_update: Callable[[Any], object] | None,
    ) -> list[T | JobFailedError]:
        jobs = ManyJobs(start, task_ids, parse, parse_done, wait_timeout(start, timeout), on_update, self.clock())
        while True:
            hint = None
            try:
                for operation, arguments, task_id in jobs.requests():
                    prepared = prepare(operation, arguments, None, None)
                    poll = CallOptions(timeout=jobs.first.poll_timeout(self.clock(), self.settings.deadline))
                    found, _, trace_id = await self.send(operation, prepared, jobs.reader(task_id), poll, 0)
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
        self, operation: Operation, arguments: dict[str, Any], parse: Callable[[Any], T], options: CallOptions
    ) -> T:
        if operation.files and local_inputs(operation, arguments):
            arguments = await self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, options.extra_query, options.extra_body)
        value, _, _ = await self.send(quote_operation(), quote_request(prepared), parse, options)
        return value
