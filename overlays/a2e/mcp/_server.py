"""The MCP server: tools from `_tools`, run through `AsyncA2E`, with a credit budget and a files folder.

Every call's arguments are checked against the tool's input schema first, each wrong field named.
Every start is quoted first and refused when it would cost more than the per-job limit or push
the session's total over its limit (the quote is in the refusal); the total and the jobs started
are kept across restarts (`_session`). Deletes exist only with `allow_delete`, in both modes.
Local paths are taken where the spec marks file inputs (the client uploads them); downloads
land only in the files folder and are answered as resource links too. Errors come back as tool
errors with the client's own message, which never carries the token.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import mimetypes
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcp import types
from mcp.server.lowlevel import Server

from .. import _exceptions as errors
from .._budget import SessionBudget, quote_cost
from .._catalog import Command, command, commands, main_start
from .._client import AsyncA2E
from .._files import url_or_local_file
from .._results import as_json, safe_name
from .._version import __version__
from ._session import Session
from ._tools import (
    MAX_WAIT_SECONDS,
    Mode,
    ToolSpec,
    argument_problems,
    build_tools,
    choose_mode,
    exposed,
    find,
    input_schema,
    kind_of,
    opens_sessions,
    select_groups,
)


@dataclass
class State:
    client: AsyncA2E
    tools: dict[str, ToolSpec]
    operations: dict[str, Command]
    """operationId -> operation, for every operation this server lets an agent call (in either mode)."""
    session: Session
    files: Path
    start_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    """Held from a start's quote to its spend being counted, so parallel starts cannot overrun the total."""
    streaming: Any = None
    """The Streaming Avatar session tools (`a2e.streaming._mcp.StreamingTools`), with that group."""


def result(data: Any) -> types.CallToolResult:
    payload = as_json(data)
    structured = payload if isinstance(payload, dict) else {"result": payload}
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=json.dumps(payload, ensure_ascii=False))],
        structured_content=structured,
    )


def failure(message: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(type="text", text=message)], is_error=True)


class BadArguments(Exception):
    """A call's arguments do not fit the schema: one line per wrong field."""


def checked(name: str, schema: Mapping[str, Any], arguments: Mapping[str, Any], where: str = "") -> None:
    problems = argument_problems(schema, arguments)
    if problems:
        lines = "; ".join(where + problem for problem in problems)
        raise BadArguments(f"bad arguments for {name}: {lines}. Nothing was sent.")


def file_inputs(cmd: Command, arguments: dict[str, Any]) -> dict[str, Any]:
    """Local paths where the spec takes a file URL, as `Path`s (the client uploads them); text that is
    neither an http(s) URL nor an existing file is refused."""
    changed = dict(arguments)
    for argument in cmd.arguments:
        value = changed.get(argument.name)
        if not argument.schema.get("file") or value is None:
            continue
        values = value if isinstance(value, list) else [value]
        found = [url_or_local_file(v) if isinstance(v, str) else v for v in values]
        for given, item in zip(values, found, strict=True):
            if item is None:
                raise errors.ArgumentValueError(
                    cmd.descriptor.name, argument.name, given, "an http(s) URL or an existing local file"
                )
        changed[argument.name] = found if isinstance(value, list) else found[0]
    return changed


def call_parts(cmd: Command, arguments: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    positional_names = [a.name for a in cmd.positional]
    keywords = file_inputs(cmd, {k: v for k, v in arguments.items() if k not in positional_names})
    positional = [arguments[name] for name in positional_names if name in arguments]
    return positional, keywords


async def run_operation(state: State, cmd: Command, arguments: Mapping[str, Any]) -> types.CallToolResult:
    """Call one operation; a start only after its quote passes the budget, answering the job at once."""
    resource = getattr(state.client, cmd.group)
    arguments = dict(arguments)
    key = arguments.pop("idempotency_key", None)
    positional, keywords = call_parts(cmd, arguments)
    if not cmd.is_start:
        return result(await getattr(resource, cmd.method)(*positional, **keywords))
    async with state.start_lock:
        quote = await getattr(resource.quote, cmd.method)(*positional, **keywords)
        cost = quote_cost(quote)
        refusal = state.session.budget.refusal(cmd.descriptor.name, cost)
        if refusal:
            return failure(f"{refusal}. Quote: {json.dumps(quote.to_dict())}")
        start = getattr(resource, cmd.method)
        started = await start(*positional, max_credits=None, idempotency_key=key, **keywords)
        records = started if isinstance(started, list) else [started]
        task = cmd.descriptor.start_task
        jobs = [
            {
                "group": cmd.group,
                "kind": cmd.method,
                "id": r.to_dict().get(task.id),
                "status": r.to_dict().get(task.status),
            }
            for r in records
        ]
        state.session.started(cmd.group, cmd.method, cmd.operation_id, [str(job["id"]) for job in jobs], cost)
    hint = f"Call a2e_wait_job with group {cmd.group!r}, this id and kind {cmd.method!r}; do not start it again."
    return result(
        {"jobs": jobs, "cost": cost, "next": hint} if len(jobs) > 1 else {**jobs[0], "cost": cost, "next": hint}
    )


def start_of(group: str, name: str) -> Command:
    """The group's start called `name`; the error names the starts there are."""
    starts = [c for c in commands(group) if c.is_start]
    found = [c for c in starts if c.method == name]
    if not found:
        kinds = ", ".join(c.method for c in starts) or "none"
        raise errors.ArgumentValueError(f"{group} jobs", "kind", name, f"one of this group's starts ({kinds})")
    return found[0]


def job_start(state: State, group: str, job_id: str, kind: str | None) -> Command:
    """The start a job came from: `kind`, else the one this server started it with, else the group's main start."""
    if kind is None:
        kept = state.session.jobs.get(job_id)
        main = main_start(group)
        if kept is None or kept.get("group") != group:
            if main is None:
                raise errors.ArgumentValueError(f"{group} jobs", "group", group, "a group with jobs")
            return main
        kind = str(kept["kind"])
    return start_of(group, kind)


async def get_job(state: State, group: str, job_id: str, kind: str | None) -> types.CallToolResult:
    start = job_start(state, group, job_id, kind)
    detail = command(group, _detail_method(start))
    return result(await getattr(getattr(state.client, group), detail.method)(job_id))


def _detail_method(start: Command) -> str:
    return str(start.descriptor.start_task.detail).removeprefix(start.group + "_")


PROGRESS_EVERY = 10.0
"""Seconds between progress notifications while a job shows no change (they keep the client's timeout alive)."""


async def wait_job(
    state: State, ctx: Any, group: str, job_id: str, kind: str | None, max_seconds: float
) -> types.CallToolResult:
    """Wait in slices of PROGRESS_EVERY seconds, reporting the seconds waited of `max_seconds` after each
    and on every status change."""
    start = job_start(state, group, job_id, kind)
    wait = getattr(getattr(state.client, group), start.descriptor.start_task.wait_method)
    status_field = start.descriptor.start_task.status
    limit = min(max_seconds, MAX_WAIT_SECONDS)
    began = time.monotonic()
    sent: list[asyncio.Task[None]] = []

    def waited() -> float:
        return round(min(time.monotonic() - began, limit), 1)

    def changed(record: Any) -> None:
        message = f"{group} job {job_id}: {record.to_dict().get(status_field)}"
        sent.append(asyncio.get_running_loop().create_task(ctx.session.report_progress(waited(), limit, message)))

    try:
        while True:
            try:
                return result(
                    await wait(job_id, wait_timeout=max(min(PROGRESS_EVERY, limit - waited()), 0.1), on_update=changed)
                )
            except errors.JobTimeoutError as timeout:
                status = timeout.record.to_dict().get(status_field) if timeout.record is not None else "unknown"
                await ctx.session.report_progress(waited(), limit, f"{group} job {job_id}: {status}")
                if waited() >= limit - 0.05:
                    last = as_json(timeout.record) if timeout.record is not None else None
                    return result({"group": group, "id": job_id, "kind": start.method, "status": "still running",
                                   "record": last, "next": "call a2e_wait_job again"})  # fmt: skip
    finally:
        await asyncio.gather(*sent, return_exceptions=True)


async def download(state: State, url: str, filename: str | None) -> types.CallToolResult:
    """Into the files folder only: a name the agent gives is reduced to one safe file name."""
    dest = state.files / safe_name(filename) if filename else f"{state.files}{os.sep}"
    path = await state.client.files.download(url, dest)
    return result({"path": str(path), "bytes": path.stat().st_size})


def with_links(state: State, answer: types.CallToolResult) -> types.CallToolResult:
    """A download's answer, plus a resource link (a file:// URI) to each file it saved in the files folder."""
    folder = state.files.resolve()
    links = []
    for saved in paths_in(answer.structured_content):
        path = Path(saved).resolve()
        if path.is_file() and path.is_relative_to(folder):
            mime, _ = mimetypes.guess_type(path.name)
            links.append(
                types.ResourceLink(name=path.name, uri=path.as_uri(), mime_type=mime, size=path.stat().st_size)
            )
    return answer.model_copy(update={"content": [*answer.content, *links]})


def paths_in(data: Any) -> list[str]:
    """Every `path` value in an answer, at any depth."""
    if isinstance(data, dict):
        found = [str(data["path"])] if isinstance(data.get("path"), str) else []
        return found + [p for value in data.values() for p in paths_in(value)]
    return [p for value in data for p in paths_in(value)] if isinstance(data, list) else []


async def quote(state: State, group: str, start: str, arguments: Mapping[str, Any]) -> types.CallToolResult:
    cmd = start_of(group, start)
    checked(cmd.operation_id, input_schema(cmd), arguments, "arguments.")
    positional, keywords = call_parts(cmd, arguments)
    return result(await getattr(getattr(state.client, group).quote, cmd.method)(*positional, **keywords))


def operation_named(state: State, name: str) -> Command:
    found = state.operations.get(name)
    if found is None:
        raise BadArguments(
            f"no operation named {name!r} on this server (find one with a2e_find; deletes need --allow-delete)"
        )
    return found


def found_entry(cmd: Command) -> dict[str, Any]:
    return {"operation": cmd.operation_id, "kind": kind_of(cmd), "summary": cmd.summary}


def described(cmd: Command) -> dict[str, Any]:
    entry = {**found_entry(cmd), "group": cmd.group, "description": cmd.description, "input_schema": input_schema(cmd)}
    if cmd.is_start:
        entry["then"] = f"a2e_wait_job with group {cmd.group!r}, the id it answers and kind {cmd.method!r}"
    return entry


async def call_meta(state: State, name: str, arguments: Mapping[str, Any]) -> types.CallToolResult:
    """a2e_find, a2e_describe, a2e_call and a2e_start: every exposed operation through four tools."""
    if name == "a2e_find":
        matched = find(state.operations.values(), str(arguments["words"]), int(arguments.get("limit", 10)))
        return result({"operations": [found_entry(cmd) for cmd in matched]})
    cmd = operation_named(state, str(arguments["operation"]))
    if name == "a2e_describe":
        return result(described(cmd))
    if name == "a2e_start" and not cmd.is_start:
        raise BadArguments(f"{cmd.operation_id} is not a job start (its kind is {kind_of(cmd)}): call it with a2e_call")
    inner = dict(arguments.get("arguments", {}))
    checked(cmd.operation_id, input_schema(cmd), inner, "arguments.")
    return await run_operation(state, cmd, inner)


def make_server(state: State) -> Server[Any]:
    async def list_tools(ctx: Any, params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(
            tools=[
                types.Tool(
                    name=spec.name,
                    description=spec.description,
                    input_schema=spec.schema,
                    annotations=types.ToolAnnotations(
                        read_only_hint=spec.read_only, destructive_hint=spec.destructive, open_world_hint=True
                    ),
                )
                for spec in state.tools.values()
            ]
        )

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        spec = state.tools.get(params.name)
        if spec is None:
            return failure(f"no tool named {params.name!r} (this server may not expose its group, or deletes)")
        arguments = dict(params.arguments or {})
        try:
            checked(spec.name, spec.schema, arguments)
            if state.streaming is not None and spec.name in state.streaming.names:
                ok, payload = await state.streaming.call(spec.name, arguments)
                return result(payload) if ok else failure(payload)
            if spec.command is not None:
                return await run_operation(state, spec.command, arguments)
            group, job_id, kind = arguments.get("group"), arguments.get("id"), arguments.get("kind")
            if spec.name == "a2e_get_job":
                return await get_job(state, str(group), str(job_id), kind)
            if spec.name == "a2e_wait_job":
                seconds = float(arguments.get("max_seconds", 50))
                return await wait_job(state, ctx, str(group), str(job_id), kind, seconds)
            if spec.name == "a2e_quote":
                return await quote(state, str(group), str(arguments["start"]), dict(arguments["arguments"]))
            if spec.name == "a2e_download":
                return with_links(state, await download(state, str(arguments["url"]), arguments.get("filename")))
            if spec.name == "a2e_session":
                return result(state.session.summary())
            return await call_meta(state, spec.name, arguments)
        except BadArguments as exc:
            return failure(str(exc))
        except errors.A2EError as exc:
            return failure(f"{type(exc).__name__}: {exc}")

    return Server("a2e", version=__version__, on_list_tools=list_tools, on_call_tool=call_tool)


def state_from(options: argparse.Namespace, client: AsyncA2E | None = None) -> State:
    """The state `a2e mcp` runs with these parsed options (`parser()`); ValueError for unknown groups."""
    groups = select_groups(options.groups)
    budget = SessionBudget(options.max_credits_per_job or None, options.max_credits_total or None)
    mode = choose_mode(options.tools, groups, options.allow_delete)
    return new_state(groups, options.allow_delete, budget, options.files, mode, options.state_dir, client)


def new_state(
    groups: list[str],
    allow_delete: bool,
    budget: SessionBudget,
    files: Path,
    mode: Mode = "full",
    state_dir: Path | None = None,
    client: AsyncA2E | None = None,
) -> State:
    """The server's state; `state_dir` None keeps nothing across restarts."""
    tools = {spec.name: spec for spec in build_tools(groups, allow_delete, mode)}
    state = State(
        client=client or AsyncA2E(),
        tools=tools,
        operations=exposed(groups, allow_delete),
        session=Session.load(budget, state_dir),
        files=files,
    )
    if opens_sessions(groups):
        from ..streaming._mcp import StreamingTools

        state.streaming = StreamingTools(state.client, budget)
    return state
