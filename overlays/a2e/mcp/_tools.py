"""The MCP tools, generated from the spec's operations (`a2e._catalog`), never written per operation.

One tool per read operation and per job start (deletes only when allowed), named by operationId,
its input schema the spec's (types, required, allowed values, limits, descriptions); plus four
tools for jobs: `a2e_get_job`, `a2e_wait_job`, `a2e_quote` and `a2e_download`. A start answers
at once with the job's id and status: waiting happens in `a2e_wait_job`, bounded and with
progress, so no call outlasts an agent client's timeout.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .._catalog import Argument, Command, commands, groups

JSON_TYPES = {"string", "integer", "number", "boolean", "array", "object", "null"}
LIMIT_KEYS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusive_minimum": "exclusiveMinimum",
    "exclusive_maximum": "exclusiveMaximum",
    "min_length": "minLength",
    "max_length": "maxLength",
    "min_items": "minItems",
    "max_items": "maxItems",
    "pattern": "pattern",
}
MAX_WAIT_SECONDS = 600


def json_schema(schema: Mapping[str, Any], description: str = "", default: Any = None) -> dict[str, Any]:
    """A runtime check schema (see `a2e._requests`) as JSON Schema, for a tool's input."""
    if "any_of" in schema:
        out: dict[str, Any] = {"anyOf": [json_schema(v) for v in schema["any_of"]]}
    else:
        types = [t for t in schema.get("type", []) if t in JSON_TYPES]
        out = {"type": types[0] if len(types) == 1 else types} if types else {}
        if "enum" in schema:
            out["enum"] = list(schema["enum"])
        for key, name in LIMIT_KEYS.items():
            if key in schema:
                out[name] = schema[key]
        if "items" in schema:
            out["items"] = json_schema(schema["items"])
        if "properties" in schema:
            out["properties"] = {name: json_schema(sub) for name, sub in schema["properties"].items()}
            if schema.get("required"):
                out["required"] = list(schema["required"])
    if schema.get("file") or schema.get("items", {}).get("file"):
        description = (description + " " if description else "") + "A URL, or a local file path (uploaded first)."
    if description:
        out["description"] = description
    if default is not None:
        out["default"] = default
    return out


def object_schema(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    """A tool's input: exactly these properties, the required ones named."""
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def input_schema(command: Command) -> dict[str, Any]:
    properties = {a.name: json_schema(a.schema, a.description, a.default) for a in command.arguments}
    return object_schema(properties, [a.name for a in command.arguments if a.required])


def first_sentence(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    end = text.find(". ")
    sentence = text if end < 0 else text[: end + 1]
    return sentence if len(sentence) <= limit else sentence[: limit - 3] + "..."


@dataclass(frozen=True)
class ToolSpec:
    name: str
    description: str
    schema: dict[str, Any]
    command: Command | None
    read_only: bool
    destructive: bool


def operation_tool(command: Command) -> ToolSpec:
    parts = [command.summary.rstrip(".") + "."]
    if command.description:
        parts.append(first_sentence(command.description))
    if command.is_start:
        parts.append(
            "Starts a paid job and answers at once with its id and status (it is refused over the credit "
            "limit): then call a2e_wait_job with the group and id. Never call it twice for one job."
        )
    if command.destructive:
        parts.append("Deletes for good.")
    return ToolSpec(
        name=command.operation_id,
        description=" ".join(p for p in parts if p),
        schema=input_schema(command),
        command=command,
        read_only=command.reads_only and not command.is_start,
        destructive=command.destructive,
    )


def job_groups(selected: Iterable[str]) -> list[str]:
    return [g for g in selected if any(c.is_start for c in commands(g))]


def job_tools(selected: list[str]) -> list[ToolSpec]:
    with_jobs = job_groups(selected)
    group = {"type": "string", "enum": with_jobs, "description": "The job's group (as in the start tool's name)."}
    job_id = {"type": "string", "minLength": 1, "description": "The job id the start answered."}
    starts = sorted(c.method for g in with_jobs for c in commands(g) if c.is_start)
    max_seconds = {"type": "number", "exclusiveMinimum": 0, "maximum": MAX_WAIT_SECONDS, "default": 50}
    start = {"type": "string", "enum": starts, "description": "The start's name (the tool name after the group)."}
    arguments = {"type": "object", "description": "The start tool's arguments."}
    url = {"type": "string", "description": "The file's http(s) URL."}
    filename = {"type": "string", "description": "A file name (no folders) to save it as; default: from the URL."}
    return [
        helper_tool(
            "a2e_get_job",
            "Read a job's record once: its status and, when done, its result URLs.",
            object_schema({"group": group, "id": job_id}, ["group", "id"]),
        ),
        helper_tool(
            "a2e_wait_job",
            f"Wait up to max_seconds (at most {MAX_WAIT_SECONDS}) for a job to finish, reporting progress. Answers the "
            "finished record, or status 'still running' (then call it again), or the failure.",
            object_schema({"group": group, "id": job_id, "max_seconds": max_seconds}, ["group", "id"]),
        ),
        helper_tool(
            "a2e_quote",
            "What a job start would cost, in credits, with the arguments you would pass to its tool. Starts nothing.",
            object_schema({"group": group, "start": start, "arguments": arguments}, ["group", "start", "arguments"]),
        ),
        helper_tool(
            "a2e_download",
            "Download a result file (a URL a finished job answered) into the server's files folder; answers its path.",
            object_schema({"url": url, "filename": filename}, ["url"]),
            read_only=False,
        ),
    ]


def helper_tool(name: str, description: str, schema: dict[str, Any], read_only: bool = True) -> ToolSpec:
    """One of the job tools, which no single operation backs."""
    return ToolSpec(name, description, schema, None, read_only, False)


def build_tools(selected: list[str], allow_delete: bool) -> list[ToolSpec]:
    """The tools of the selected groups: reads, starts, deletes if allowed; then the job tools."""
    tools = []
    for group in selected:
        for command in commands(group):
            if command.deprecated:
                continue
            if command.is_start or command.reads_only or (command.destructive and allow_delete):
                tools.append(operation_tool(command))
    return tools + job_tools(selected)


def select_groups(names: str | None) -> list[str]:
    known = list(groups())
    if not names:
        return known
    chosen = [name.strip().replace("-", "_") for name in names.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise ValueError(f"unknown groups {', '.join(unknown)}; known: {', '.join(known)}")
    return chosen


def argument_of(command: Command, name: str) -> Argument | None:
    return next((a for a in command.arguments if a.name == name), None)
