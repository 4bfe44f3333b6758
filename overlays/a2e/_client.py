"""`A2E` and `AsyncA2E`: the generated resources over runners that check, send, retry and parse.

A runner does for every operation, from the operation's generated descriptor: check the arguments
(`_requests`), upload local files given for file inputs (`_files`), refuse a start over the
credit budget (quoting it first), send with the retry policy (`_retry`) and a total deadline per
attempt (`_transport`), read the envelope and parse `data` (`_replies`); and, for the generated
`wait`, `<list>_all` and `quote` methods, poll (`_jobs`), page and quote.
"""

from __future__ import annotations

import functools
import logging
import math
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import anyio
import httpx
from a2e_api.api import RAW_RESPONSE, AsyncResources, RawResponse, Resources, operation
from a2e_api.client import AuthenticatedClient
from a2e_api.types import NOT_GIVEN, InvalidRecordError, NotGiven, parse_any

from ._api_client import api_client_for
from ._exceptions import (
    A2EError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ArgumentTypeError,
    ArgumentValueError,
    BudgetExceededError,
    ConfigurationError,
    JobFailedError,
)
from ._files import AsyncFiles, Files, local_inputs
from ._jobs import JobWatch, batches
from ._replies import parse_reply, scrub
from ._requests import Prepared, prepare
from ._retry import retry_delay, should_retry
from ._settings import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Settings,
    api_key_setting,
    base_url_setting,
    count_setting,
    credits_setting,
    timeout_setting,
)
from ._transport import ACCEPT_ENCODING, DEADLINE, MAX_REPLY_BYTES, aread_body, deadline_transport, read_body
from ._version import __version__

__all__ = ["A2E", "AsyncA2E"]

T = TypeVar("T")
logger = logging.getLogger("a2e")
QUOTE_OPERATION = "credits_quote"
"""The operation every `quote` and the budget guard go through."""
USER_AGENT = f"a2e-python/{__version__}"


@functools.cache
def quote_operation() -> Mapping[str, Any]:
    return operation(QUOTE_OPERATION)


def quote_cost(quote: Any) -> float | None:
    cost = getattr(quote, "coins", None)
    return float(cost) if isinstance(cost, int | float) and not isinstance(cost, bool) and math.isfinite(cost) else None


def call_timeout(
    operation: Mapping[str, Any], settings: Settings, timeout: object
) -> tuple[httpx.Timeout, float | None]:
    if isinstance(timeout, NotGiven):
        return settings.timeout, settings.deadline
    try:
        return timeout_setting(timeout)
    except ConfigurationError as exc:
        error = ArgumentTypeError if "must be a number" in str(exc) else ArgumentValueError
        raise error(operation["name"], "timeout", timeout, "None, seconds above 0, or an httpx.Timeout") from None


def call_headers(operation: Mapping[str, Any], base: dict[str, str], extra: Mapping[str, str] | None) -> dict[str, str]:
    if not extra:
        return base
    for key, value in extra.items():
        if not isinstance(key, str) or not isinstance(value, str) or not (key + value).isprintable():
            raise ArgumentValueError(operation["name"], "extra_headers", {key: "..."}, "printable str names and values")
    return {**base, **extra}


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


class _Runner:
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
        self.clock: Callable[[], float] = time.monotonic
        """The clock waits are measured by (tests replace it, and `sleep`); deadlines use real time."""

    def budget(self, operation: Mapping[str, Any], max_credits: object) -> float | None:
        if operation["task"] is None:
            return None
        if isinstance(max_credits, NotGiven):
            return self.settings.max_credits_per_job
        if max_credits is not None and (
            isinstance(max_credits, bool) or not isinstance(max_credits, int | float) or not math.isfinite(max_credits)
        ):
            raise ArgumentValueError(
                operation["name"], "max_credits", max_credits, "None or a finite number of credits"
            )
        return None if max_credits is None else float(max_credits)

    def over_budget(
        self, operation: Mapping[str, Any], limit: float, quote: Any, problem: str | None
    ) -> A2EError | None:
        cost = quote_cost(quote) if quote is not None else None
        if cost is None:
            why = problem or "the quote has no cost"
            return BudgetExceededError(
                f"{operation['name']} was not started: it could not be quoted ({why}), and a credit limit of "
                f"{limit:g} applies. Pass max_credits=None to start it without a quote.",
                operation=operation["name"], cost=None, limit=limit, quote=quote,
            )  # fmt: skip
        if cost > limit:
            return BudgetExceededError(
                f"{operation['name']} was not started: it would cost {cost:g} credits, over the limit of {limit:g}",
                operation=operation["name"], cost=cost, limit=limit, quote=quote,
            )  # fmt: skip
        return None

    def quote_arguments(self, operation: Mapping[str, Any], prepared: Prepared) -> dict[str, Any]:
        return {"endpoint": prepared.path, "request_body": prepared.body or {}}

    def result(self, value: T, response: httpx.Response, trace_id: str | None, raw: bool) -> Any:
        return RawResponse(value, response.status_code, response.headers, trace_id) if raw else value

    def page_rows(self, operation: Mapping[str, Any], data: Any) -> tuple[list[Any], int | None]:
        pagination = operation["pagination"]
        rows = (
            data
            if pagination["rows"] == ""
            else (data or {}).get(pagination["rows"])
            if isinstance(data, dict | type(None))
            else None
        )
        if not isinstance(rows, list):
            raise APIResponseValidationError(
                f"{operation['name']} answered a page without a list of rows", http_status=200
            )
        total = data.get(pagination["total"]) if isinstance(data, dict) and pagination.get("total") else None
        return rows, total if isinstance(total, int) and not isinstance(total, bool) else None

    def paging(self, operation: Mapping[str, Any], arguments: Mapping[str, Any]) -> tuple[str, int, int | None]:
        """(the page argument's Python name, the first page, the page size if known)."""
        pagination = operation["pagination"]
        names = {wire: python for python, wire, *_ in operation["query"] + (operation["body"] or [])}
        size = arguments.get(names.get(pagination["size"], ""))
        return names[pagination["page"]], pagination.get("first", 1), size if isinstance(size, int) else None

    def parse_row(self, operation: Mapping[str, Any], parse_row: Callable[[Any], T], row: Any) -> T:
        try:
            return parse_row(row)
        except InvalidRecordError as exc:
            raise APIResponseValidationError(
                f"{operation['name']}: a row does not match the spec: {exc}", http_status=200
            ) from None


class SyncRunner(_Runner):
    def __init__(self, settings: Settings, http: httpx.Client) -> None:
        super().__init__(settings)
        self.http = http
        self.sleep: Callable[[float], None] = time.sleep
        self.files = Files(self)

    def call(
        self,
        operation: Mapping[str, Any],
        arguments: dict[str, Any],
        parse: Callable[[Any], T],
        timeout: object = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_credits: object = NOT_GIVEN,
    ) -> Any:
        raw = RAW_RESPONSE.get()
        limit = self.budget(operation, max_credits)
        if operation["files"] and local_inputs(operation, arguments):
            arguments = self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, extra_query, extra_body)
        if limit is not None:
            self.check_budget(operation, prepared, limit, timeout)
        value, response, trace_id = self.send(operation, prepared, parse, timeout, extra_headers)
        return self.result(value, response, trace_id, raw)

    def check_budget(self, operation: Mapping[str, Any], prepared: Prepared, limit: float, timeout: object) -> None:
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
        refusal = self.over_budget(operation, limit, quote_record(quote), problem)
        if refusal is not None:
            raise refusal

    def send(
        self,
        operation: Mapping[str, Any],
        prepared: Prepared,
        parse: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[T, httpx.Response, str | None]:
        """Send with the retry policy; the parsed data, the response and its trace_id."""
        phases, total = call_timeout(operation, self.settings, timeout)
        headers = call_headers(
            operation, self.json_headers if prepared.content is not None else self.headers, extra_headers
        )
        url = self.base + prepared.path
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
                        operation["name"], "arguments", str(exc), "values that fit in a URL"
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
                if attempt >= self.settings.max_retries or not should_retry(prepared.method, exc):
                    if isinstance(exc, httpx.HTTPError):
                        raise transport_error(
                            exc, prepared.method, prepared.path, operation["name"], self.settings.api_key
                        ) from None
                    raise
                delay = retry_delay(attempt, exc)
                logger.debug(
                    "%s %s: retry %d in %.1f s (%s)",
                    prepared.method,
                    prepared.path,
                    attempt + 1,
                    delay,
                    type(exc).__name__,
                )
            finally:
                DEADLINE.reset(token)
            self.sleep(delay)
            attempt += 1

    def paginate(
        self,
        operation: Mapping[str, Any],
        arguments: dict[str, Any],
        parse_row: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
    ) -> Iterator[T]:
        page_arg, page, size = self.paging(operation, arguments)
        seen, previous = 0, None
        while True:
            prepared = prepare(operation, {**arguments, page_arg: page}, extra_query, None)
            data, _, _ = self.send(operation, prepared, parse_any, timeout, extra_headers)
            rows, total = self.page_rows(operation, data)
            if not rows or rows == previous:
                return
            for row in rows:
                yield self.parse_row(operation, parse_row, row)
            seen += len(rows)
            if (total is not None and seen >= total) or (size is not None and len(rows) < size):
                return
            previous, page = rows, page + 1

    def wait(
        self,
        start: Mapping[str, Any],
        detail: Mapping[str, Any],
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
                data, _response, trace_id = self.send(
                    detail, prepared, parse_any, poll_timeout(self.settings, watch, self.clock()), None
                )
                done = watch.observe(data, trace_id)
                if done is not None:
                    return done  # type: ignore[no-any-return]
            except A2EError as exc:
                if not watch.transient(exc):
                    raise
                hint = getattr(exc, "retry_after", None)
            delay = watch.next_delay(self.clock(), hint)
            if delay is None:
                raise watch.timed_out(self.clock())
            self.sleep(delay)

    def wait_many(
        self,
        start: Mapping[str, Any],
        detail: Mapping[str, Any],
        batch: Mapping[str, Any] | None,
        task_ids: list[str],
        parse: Callable[[Any], Any],
        parse_done: Callable[[Any], T],
        timeout: float,
        on_update: Callable[[Any], object] | None,
    ) -> list[T | Exception]:
        ids = list(dict.fromkeys(task_ids))
        now = self.clock()
        watches = {
            i: JobWatch(start, detail, i, parse, parse_done, wait_timeout(start, timeout), on_update, now) for i in ids
        }
        results: dict[str, T | Exception] = {}
        while True:
            pending = [i for i in ids if i not in results]
            hint = None
            try:
                for record, trace_id, task_id in self.poll_many(detail, batch, watches, pending):
                    try:
                        done = watches[task_id].observe_record(record, trace_id)
                    except JobFailedError as failure:
                        results[task_id] = failure
                        continue
                    if done is not None:
                        results[task_id] = done
            except A2EError as exc:
                if not watches[pending[0]].transient(exc):
                    raise
                hint = getattr(exc, "retry_after", None)
            pending = [i for i in ids if i not in results]
            if not pending:
                return [results[i] for i in task_ids]
            delay = watches[pending[0]].next_delay(self.clock(), hint)
            if delay is None:
                raise watches[pending[0]].timed_out_many(self.clock(), pending)
            self.sleep(delay)

    def poll_many(
        self,
        detail: Mapping[str, Any],
        batch: Mapping[str, Any] | None,
        watches: Mapping[str, JobWatch],
        pending: list[str],
    ) -> Iterator[tuple[Mapping[str, Any], str | None, str]]:
        """(record, trace_id, task id) of the pending jobs: a batch detail call per 200 ids, else one call each."""
        key = next(iter(watches.values())).task["id"]
        if batch is not None:
            for chunk in batches(pending):
                data, _, trace_id = self.send(
                    batch, prepare(batch, {"ids": chunk}, None, None), parse_any, NOT_GIVEN, None
                )
                for record in data if isinstance(data, list) else []:
                    if isinstance(record, dict) and record.get(key) in watches:
                        yield record, trace_id, record[key]
            return
        for task_id in pending:
            watch = watches[task_id]
            data, _, trace_id = self.send(
                detail, prepare(detail, watch.arguments(), None, None), parse_any, NOT_GIVEN, None
            )
            record = watch.record_of(data)
            if record is not None:
                yield record, trace_id, task_id

    def quote(
        self,
        operation: Mapping[str, Any],
        arguments: dict[str, Any],
        parse: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
    ) -> T:
        if operation["files"] and local_inputs(operation, arguments):
            arguments = self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, extra_query, extra_body)
        quote = prepare(quote_operation(), self.quote_arguments(operation, prepared), None, None)
        value, _, _ = self.send(quote_operation(), quote, parse, timeout, extra_headers)
        return value


class AsyncRunner(_Runner):
    def __init__(self, settings: Settings, http: httpx.AsyncClient, limiter: anyio.CapacityLimiter) -> None:
        super().__init__(settings)
        self.http = http
        self.limiter = limiter
        self.sleep: Callable[[float], Any] = anyio.sleep
        self.files = AsyncFiles(self)

    async def call(
        self,
        operation: Mapping[str, Any],
        arguments: dict[str, Any],
        parse: Callable[[Any], T],
        timeout: object = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_credits: object = NOT_GIVEN,
    ) -> Any:
        raw = RAW_RESPONSE.get()
        limit = self.budget(operation, max_credits)
        if operation["files"] and local_inputs(operation, arguments):
            arguments = await self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, extra_query, extra_body)
        if limit is not None:
            await self.check_budget(operation, prepared, limit, timeout)
        value, response, trace_id = await self.send(operation, prepared, parse, timeout, extra_headers)
        return self.result(value, response, trace_id, raw)

    async def check_budget(
        self, operation: Mapping[str, Any], prepared: Prepared, limit: float, timeout: object
    ) -> None:
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
        refusal = self.over_budget(operation, limit, quote_record(quote), problem)
        if refusal is not None:
            raise refusal

    async def send(
        self,
        operation: Mapping[str, Any],
        prepared: Prepared,
        parse: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[T, httpx.Response, str | None]:
        phases, total = call_timeout(operation, self.settings, timeout)
        headers = call_headers(
            operation, self.json_headers if prepared.content is not None else self.headers, extra_headers
        )
        url = self.base + prepared.path
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
                        operation["name"], "arguments", str(exc), "values that fit in a URL"
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
                if attempt >= self.settings.max_retries or not should_retry(prepared.method, exc):
                    if isinstance(exc, httpx.HTTPError):
                        raise transport_error(
                            exc, prepared.method, prepared.path, operation["name"], self.settings.api_key
                        ) from None
                    raise
                delay = retry_delay(attempt, exc)
            await self.sleep(delay)
            attempt += 1

    async def paginate(
        self,
        operation: Mapping[str, Any],
        arguments: dict[str, Any],
        parse_row: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
    ) -> AsyncIterator[T]:
        page_arg, page, size = self.paging(operation, arguments)
        seen, previous = 0, None
        while True:
            prepared = prepare(operation, {**arguments, page_arg: page}, extra_query, None)
            data, _, _ = await self.send(operation, prepared, parse_any, timeout, extra_headers)
            rows, total = self.page_rows(operation, data)
            if not rows or rows == previous:
                return
            for row in rows:
                yield self.parse_row(operation, parse_row, row)
            seen += len(rows)
            if (total is not None and seen >= total) or (size is not None and len(rows) < size):
                return
            previous, page = rows, page + 1

    async def wait(
        self,
        start: Mapping[str, Any],
        detail: Mapping[str, Any],
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
                data, _response, trace_id = await self.send(
                    detail, prepared, parse_any, poll_timeout(self.settings, watch, self.clock()), None
                )
                done = watch.observe(data, trace_id)
                if done is not None:
                    return done  # type: ignore[no-any-return]
            except A2EError as exc:
                if not watch.transient(exc):
                    raise
                hint = getattr(exc, "retry_after", None)
            delay = watch.next_delay(self.clock(), hint)
            if delay is None:
                raise watch.timed_out(self.clock())
            await self.sleep(delay)

    async def wait_many(
        self,
        start: Mapping[str, Any],
        detail: Mapping[str, Any],
        batch: Mapping[str, Any] | None,
        task_ids: list[str],
        parse: Callable[[Any], Any],
        parse_done: Callable[[Any], T],
        timeout: float,
        on_update: Callable[[Any], object] | None,
    ) -> list[T | Exception]:
        ids = list(dict.fromkeys(task_ids))
        now = self.clock()
        watches = {
            i: JobWatch(start, detail, i, parse, parse_done, wait_timeout(start, timeout), on_update, now) for i in ids
        }
        results: dict[str, T | Exception] = {}
        while True:
            pending = [i for i in ids if i not in results]
            hint = None
            try:
                async for record, trace_id, task_id in self.poll_many(detail, batch, watches, pending):
                    try:
                        done = watches[task_id].observe_record(record, trace_id)
                    except JobFailedError as failure:
                        results[task_id] = failure
                        continue
                    if done is not None:
                        results[task_id] = done
            except A2EError as exc:
                if not watches[pending[0]].transient(exc):
                    raise
                hint = getattr(exc, "retry_after", None)
            pending = [i for i in ids if i not in results]
            if not pending:
                return [results[i] for i in task_ids]
            delay = watches[pending[0]].next_delay(self.clock(), hint)
            if delay is None:
                raise watches[pending[0]].timed_out_many(self.clock(), pending)
            await self.sleep(delay)

    async def poll_many(
        self,
        detail: Mapping[str, Any],
        batch: Mapping[str, Any] | None,
        watches: Mapping[str, JobWatch],
        pending: list[str],
    ) -> AsyncIterator[tuple[Mapping[str, Any], str | None, str]]:
        """(record, trace_id, task id) of the pending jobs: a batch detail call per 200 ids, else one call each."""
        key = next(iter(watches.values())).task["id"]
        if batch is not None:
            for chunk in batches(pending):
                data, _, trace_id = await self.send(
                    batch, prepare(batch, {"ids": chunk}, None, None), parse_any, NOT_GIVEN, None
                )
                for record in data if isinstance(data, list) else []:
                    if isinstance(record, dict) and record.get(key) in watches:
                        yield record, trace_id, record[key]
            return
        for task_id in pending:
            watch = watches[task_id]
            data, _, trace_id = await self.send(
                detail, prepare(detail, watch.arguments(), None, None), parse_any, NOT_GIVEN, None
            )
            record = watch.record_of(data)
            if record is not None:
                yield record, trace_id, task_id

    async def quote(
        self,
        operation: Mapping[str, Any],
        arguments: dict[str, Any],
        parse: Callable[[Any], T],
        timeout: object,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
    ) -> T:
        if operation["files"] and local_inputs(operation, arguments):
            arguments = await self.files.upload_inputs(operation, arguments)
        prepared = prepare(operation, arguments, extra_query, extra_body)
        quote = prepare(quote_operation(), self.quote_arguments(operation, prepared), None, None)
        value, _, _ = await self.send(quote_operation(), quote, parse, timeout, extra_headers)
        return value


def quote_record(data: Any) -> Any:
    from a2e_api.models.quote import Quote

    try:
        return None if data is None else Quote.from_dict(data)
    except InvalidRecordError:
        return None


def wait_timeout(start: Mapping[str, Any], timeout: object) -> float:
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout <= 0:
        raise ArgumentValueError(start["name"], "timeout", timeout, "a finite number of seconds above 0")
    return float(timeout)


def poll_timeout(settings: Settings, watch: JobWatch, now: float) -> object:
    """A poll never outlasts the wait: its timeout is at most what is left of the wait."""
    remaining = max(watch.deadline - now, 1.0)
    return remaining if settings.deadline is None else min(settings.deadline, remaining)


def _settings(
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
        settings = _settings(api_key, base_url, timeout, max_retries, max_credits_per_job, 1, allow_insecure_http)
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
            _changed(self._core.settings, timeout, max_retries, max_credits_per_job), self._core.http
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
        settings = _settings(
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
        settings = _changed(self._core.settings, timeout, max_retries, max_credits_per_job)
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


def _changed(settings: Settings, timeout: object, max_retries: object, max_credits_per_job: object) -> Settings:
    changes: dict[str, Any] = {}
    if not isinstance(timeout, NotGiven):
        changes["timeout"], changes["deadline"] = timeout_setting(timeout)
    if not isinstance(max_retries, NotGiven):
        changes["max_retries"] = count_setting("max_retries", max_retries, 0)
    if not isinstance(max_credits_per_job, NotGiven):
        changes["max_credits_per_job"] = credits_setting("max_credits_per_job", max_credits_per_job)
    return settings.replace(**changes)
