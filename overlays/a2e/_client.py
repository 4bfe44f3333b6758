"""`A2E`: the generated resources over a runner that checks, sends, retries and parses.

For every operation the runner does, from the operation's generated descriptor: check the
arguments (`_requests`), upload local files given for file inputs (`_files`), refuse a start over
the credit budget (quoting it first), send with the retry policy (`_retry`) and a total deadline
per attempt (`_transport`), read the envelope and parse `data` (`_replies`); and, for the
generated `wait`, `<list>_all` and `quote` methods, poll (`_jobs`), page and quote.
`AsyncA2E` (`_async_client`) is the same over httpx's async client.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx
from a2e_api.api import RAW_RESPONSE, Resources
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
from ._files import Files, local_inputs
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
from ._settings import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Settings
from ._transport import DEADLINE, MAX_REPLY_BYTES, deadline_transport, read_body
from ._wake import pause

if TYPE_CHECKING:
    from a2e_api.client import AuthenticatedClient

__all__ = ["A2E"]

T = TypeVar("T")
logger = logging.getLogger("a2e")


class SyncRunner(BaseRunner):
    def __init__(self, settings: Settings, http: httpx.Client) -> None:
        super().__init__(settings)
        self.http = http
        self.sleep: Callable[[float], None] = time.sleep
        self.files = Files(self)

    def call(
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
            arguments = self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, extra_query, extra_body)
        if limit is not None:
            self.check_budget(operation, prepared, limit, timeout)
        if keyed is not None:
            data, response, trace_id = self.send_once(keyed, operation, prepared, timeout, extra_headers)
            return self.result(parse(data), response, trace_id, raw)
        value, response, trace_id = self.send(operation, prepared, parse, timeout, extra_headers)
        return self.result(value, response, trace_id, raw)

    def send_once(
        self,
        keyed: KeyedStart,
        operation: Operation,
        prepared: Prepared,
        timeout: object,
        extra_headers: Mapping[str, str] | None,
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
                data, response, trace_id = self.send(operation, prepared, parse_any, timeout, extra_headers)
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
            data, _, _ = self.send(listing, prepare(listing, page, None, None), parse_any, NOT_GIVEN, None)
            if (row := keyed.match(pager.take(data))) is not None:
                return row
        return None

    def check_budget(self, operation: Operation, prepared: Prepared, limit: float, timeout: object) -> None:
        quote, problem = None, None
        try:
            quote, _, _ = self.send(
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

    def send(
        self,
        operation: Operation,
        prepared: Prepared,
        parse: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
        max_retries: int | None = None,
    ) -> tuple[T, httpx.Response, str | None]:
        """Send with the retry policy; the parsed data, the response and its trace_id."""
        phases, total = call_timeout(operation, self.settings, timeout)
        headers = call_headers(
            operation, self.json_headers if prepared.content is not None else self.headers, extra_headers
        )
        url = self.base + prepared.path
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
                    raise ArgumentValueError(
                        operation.name, "arguments", str(exc), "values that fit in a URL"
                    ) from None
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
        self,
        operation: Operation,
        arguments: dict[str, Any],
        parse_row: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
    ) -> Iterator[T]:
        pager = Pager(operation, arguments, parse_row)
        while (page := pager.next_arguments()) is not None:
            prepared = prepare(operation, page, extra_query, None)
            data, _, _ = self.send(operation, prepared, parse_any, timeout, extra_headers)
            yield from pager.take(data)

    def wait(
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
                found, _response, trace_id = self.send(
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
            pause(self.sleep, [task_id], delay)

    def wait_many(
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
                    found, _, trace_id = self.send(operation, prepared, jobs.reader(task_id), timeout, None, 0)
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
            arguments = self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, extra_query, extra_body)
        quote = prepare(quote_operation(), self.quote_arguments(operation, prepared), None, None)
        value, _, _ = self.send(quote_operation(), quote, parse, timeout, extra_headers)
        return value


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
