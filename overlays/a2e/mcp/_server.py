"""The MCP server: tools from `_tools`, run through `AsyncA2E`, with a credit budget and a files folder.

Every start is quoted first and refused when it would cost more than the per-job limit or push
the session's total over its limit (the quote is in the refusal). Deletes exist only with
`allow_delete`. Local paths are taken where the spec marks file inputs (the client uploads
them); downloads land only in the files folder. Errors come back as tool errors with the
client's own message, which never carries the token.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcp import types
from mcp.server.lowlevel import Server

from .. import _exceptions as errors
from .._async_client import AsyncA2E
from .._catalog import Command, command, commands
from ..cli._output import as_json
from ._tools import MAX_WAIT_SECONDS, ToolSpec, build_tools


@dataclass
class Budget:
    per_job: float | None
    total: float | None
    spent: float = 0.0

    def refusal(self, name: str, cost: float | None) -> str | None:
        if self.per_job is None and self.total is None:
            return None
        if cost is None:
            return f"{name} was not started: it could not be quoted, and a credit limit applies"
        if self.per_job is not None and cost > self.per_job:
            return f"{name} was not started: it would cost {cost:g} credits, over the per-job limit of {self.per_job:g}"
        if self.total is not None and self.spent + cost > self.total:
            return (
                f"{name} was not started: it would cost {cost:g} credits, and {self.spent:g} of this session's "
                f"limit of {self.total:g} are spent"
            )
        return None


@dataclass
class State:
    client: AsyncA2E
    tools: dict[str, ToolSpec]
    budget: Budget
    files: Path
    started: dict[str, str] = field(default_factory=dict)
    """Job id -> its group, for the jobs this session started."""


def result(data: Any) -> types.CallToolResult:
    payload = as_json(data)
    structured = payload if isinstance(payload, dict) else {"result": payload}
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=json.dumps(payload, ensure_ascii=False))],
        structured_content=structured,
    )


def failure(message: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(type="text", text=message)], is_error=True)


def file_inputs(cmd: Command, arguments: dict[str, Any]) -> dict[str, Any]:
    """Local paths where the spec takes a file URL, as `Path`s (the client uploads them)."""
    changed = dict(arguments)
    for argument in cmd.arguments:
        value = changed.get(argument.name)
        is_file = argument.schema.get("file") or argument.schema.get("items", {}).get("file")
        if not is_file or value is None:
            continue
        values = value if isinstance(value, list) else [value]
        paths = [
            Path(v).expanduser() if isinstance(v, str) and not v.startswith(("http://", "https://")) else v
            for v in values
        ]
        for path in paths:
            if isinstance(path, Path) and not path.is_file():
                raise errors.ArgumentValueError(
                    cmd.descriptor["name"], argument.name, str(path), "a URL or an existing local file"
                )
        changed[argument.name] = paths if isinstance(value, list) else paths[0]
    return changed


def call_parts(cmd: Command, arguments: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    unknown = sorted(set(arguments) - {a.name for a in cmd.arguments})
    if unknown:
        raise errors.ArgumentValueError(
            cmd.descriptor["name"], unknown[0], arguments[unknown[0]], "an argument of this tool"
        )
    positional_names = [a.name for a in cmd.positional]
    keywords = file_inputs(cmd, {k: v for k, v in arguments.items() if k not in positional_names})
    positional = [arguments[name] for name in positional_names if name in arguments]
    return positional, keywords


async def run_operation(state: State, cmd: Command, arguments: Mapping[str, Any]) -> types.CallToolResult:
    resource = getattr(state.client, cmd.group)
    positional, keywords = call_parts(cmd, arguments)
    if not cmd.is_start:
        return result(await getattr(resource, cmd.method)(*positional, **keywords))
    quote = await getattr(resource.quote, cmd.method)(*positional, **keywords)
    cost = quote.to_dict().get("coins")
    cost = float(cost) if isinstance(cost, int | float) and not isinstance(cost, bool) else None
    refusal = state.budget.refusal(cmd.descriptor["name"], cost)
    if refusal:
        return failure(f"{refusal}. Quote: {json.dumps(quote.to_dict())}")
    started = await getattr(resource, cmd.method)(*positional, max_credits=None, **keywords)
    state.budget.spent += cost or 0.0
    records = started if isinstance(started, list) else [started]
    task = cmd.descriptor["task"]
    jobs = [
        {"group": cmd.group, "id": r.to_dict().get(task["id"]), "status": r.to_dict().get(task["status"])}
        for r in records
    ]
    for job in jobs:
        state.started[str(job["id"])] = cmd.group
    hint = "Call a2e_wait_job with this group and id; do not start it again."
    return result(
        {"jobs": jobs, "cost": cost, "next": hint} if len(jobs) > 1 else {**jobs[0], "cost": cost, "next": hint}
    )


def start_of(group: str, name: str | None = None) -> Command:
    starts = [c for c in commands(group) if c.is_start and name in (None, c.method)]
    if not starts:
        raise errors.ArgumentValueError("a2e job tools", "group", group, "a group with jobs")
    return starts[0]


async def get_job(state: State, group: str, job_id: str) -> types.CallToolResult:
    detail = command(group, _detail_method(start_of(group)))
    record = await getattr(state.client, group).__getattribute__(detail.method)(job_id)
    return result(record)


def _detail_method(start: Command) -> str:
    return str(start.descriptor["task"]["detail"]).removeprefix(start.group + "_")


PROGRESS_EVERY = 10.0
"""Seconds between progress notifications while a job shows no change (they keep the client's timeout alive)."""


async def wait_job(state: State, ctx: Any, group: str, job_id: str, max_seconds: float) -> types.CallToolResult:
    """Wait in slices of PROGRESS_EVERY seconds, reporting progress after each and on every status change."""
    start = start_of(group)
    wait = getattr(getattr(state.client, group), start.descriptor["task"]["wait_method"])
    status_field = start.descriptor["task"]["status"]
    limit = min(max_seconds, MAX_WAIT_SECONDS)
    waited = 0.0
    sent: list[asyncio.Task[None]] = []

    def changed(record: Any) -> None:
        message = f"{group} job {job_id}: {record.to_dict().get(status_field)}"
        sent.append(asyncio.get_running_loop().create_task(ctx.session.report_progress(waited, limit, message)))

    try:
        while True:
            try:
                return result(
                    await wait(job_id, wait_timeout=max(min(PROGRESS_EVERY, limit - waited), 0.1), on_update=changed)
                )
            except errors.JobTimeoutError as timeout:
                waited += timeout.waited
                status = timeout.record.to_dict().get(status_field) if timeout.record is not None else "unknown"
                await ctx.session.report_progress(waited, limit, f"{group} job {job_id}: {status}")
                if waited >= limit - 0.05:
                    last = as_json(timeout.record) if timeout.record is not None else None
                    return result({"group": group, "id": job_id, "status": "still running", "record": last,
                                   "next": "call a2e_wait_job again"})  # fmt: skip
    finally:
        await asyncio.gather(*sent, return_exceptions=True)


def safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.-]", "_", Path(name).name).lstrip(".")
    return cleaned or "download"


async def download(state: State, url: str, filename: str | None) -> types.CallToolResult:
    name = safe_name(filename or url.split("?", 1)[0].rsplit("/", 1)[-1])
    state.files.mkdir(parents=True, exist_ok=True)
    path = await state.client.files.download(url, state.files / name)
    return result({"path": str(path), "bytes": path.stat().st_size})


async def quote(state: State, group: str, start: str, arguments: Mapping[str, Any]) -> types.CallToolResult:
    cmd = start_of(group, start)
    positional, keywords = call_parts(cmd, arguments)
    return result(await getattr(getattr(state.client, group).quote, cmd.method)(*positional, **keywords))


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
            if spec.command is not None:
                return await run_operation(state, spec.command, arguments)
            if spec.name == "a2e_get_job":
                return await get_job(state, str(arguments["group"]), str(arguments["id"]))
            if spec.name == "a2e_wait_job":
                seconds = float(arguments.get("max_seconds", 50))
                return await wait_job(state, ctx, str(arguments["group"]), str(arguments["id"]), seconds)
            if spec.name == "a2e_quote":
                return await quote(
                    state, str(arguments["group"]), str(arguments["start"]), dict(arguments["arguments"])
                )
            return await download(state, str(arguments["url"]), arguments.get("filename"))
        except errors.A2EError as exc:
            return failure(f"{type(exc).__name__}: {exc}")
        except (KeyError, TypeError, ValueError) as exc:
            return failure(f"bad arguments for {params.name}: {exc}")

    return Server("a2e", version="0.1.0", on_list_tools=list_tools, on_call_tool=call_tool)


def new_state(groups: list[str], allow_delete: bool, budget: Budget, files: Path) -> State:
    tools = {spec.name: spec for spec in build_tools(groups, allow_delete)}
    return State(client=AsyncA2E(), tools=tools, budget=budget, files=files)
