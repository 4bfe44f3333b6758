"""The MCP tools, generated from the spec's operations (`a2e._catalog`), never written per operation.

Two modes. `full`: one tool per operation that is not deprecated (reads, job starts, other
actions; deletes only when allowed), named by operationId, its input schema the spec's (types,
required, allowed values, limits, descriptions). `compact`, the default when `full` would list
more than COMPACT_ABOVE tools: meta-tools that find, describe, call and start the same
operations. Both add the job tools: `a2e_get_job`, `a2e_wait_job`, `a2e_quote`, `a2e_download`
and `a2e_session`. A start answers at once with the job's id and status: waiting happens in
`a2e_wait_job`, bounded and with progress, so no call outlasts an agent client's timeout.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .._catalog import Command, commands, groups
from .._idempotency import MAX_KEY_LENGTH

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
COMPACT_ABOVE = 40
"""More tools than this overwhelm agent clients (each tool's schema is in every prompt): list meta-tools instead."""
Mode = Literal["full", "compact"]


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


IDEMPOTENCY_KEY = {
    "type": "string",
    "minLength": 1,
    "maxLength": MAX_KEY_LENGTH,
    "description": "Your name for this job: a repeat with the same key answers that job, never a second one.",
}


def input_schema(command: Command) -> dict[str, Any]:
    properties = {a.name: json_schema(a.schema, a.description, a.default) for a in command.arguments}
    if command.is_start:
        properties["idempotency_key"] = IDEMPOTENCY_KEY
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


def kind_of(command: Command) -> str:
    """ "start" (a paid job), "read", "delete", or "action" (any other change: text to speech, an upload...)."""
    if command.is_start:
        return "start"
    if command.reads_only:
        return "read"
    return "delete" if command.destructive else "action"


def exposed(selected: Iterable[str], allow_delete: bool) -> dict[str, Command]:
    """operationId -> operation, for every operation of the selected groups an agent may call."""
    return {
        c.operation_id: c
        for group in selected
        for c in commands(group)
        if not c.deprecated and (allow_delete or kind_of(c) != "delete")
    }


START_NOTE = (
    "Starts a paid job and answers at once with its id and status (it is refused over the credit limit): then "
    "call a2e_wait_job with the group, id and kind it answers. Never call it twice for one job."
)


def operation_tool(command: Command) -> ToolSpec:
    parts = [command.summary.rstrip(".") + "."]
    if command.description:
        parts.append(first_sentence(command.description))
    if command.is_start:
        parts.append(START_NOTE)
    if command.destructive:
        parts.append("Deletes for good.")
    return ToolSpec(
        name=command.operation_id,
        description=" ".join(p for p in parts if p),
        schema=input_schema(command),
        command=command,
        read_only=kind_of(command) == "read",
        destructive=command.destructive,
    )


def job_groups(selected: Iterable[str]) -> list[str]:
    return [g for g in selected if any(c.is_start for c in commands(g))]


def job_tools(selected: list[str]) -> list[ToolSpec]:
    with_jobs = job_groups(selected)
    group = {"type": "string", "enum": with_jobs, "description": "The job's group (as in the start's name)."}
    job_id = {"type": "string", "minLength": 1, "description": "The job id the start answered."}
    starts = sorted({c.method for g in with_jobs for c in commands(g) if c.is_start})
    kind = {
        "type": "string",
        "enum": starts,
        "description": "The start that made the job, as its start answered (default: the one this server "
        "started it with, else the group's main start).",
    }
    max_seconds = {"type": "number", "exclusiveMinimum": 0, "maximum": MAX_WAIT_SECONDS, "default": 50}
    start = {"type": "string", "enum": starts, "description": "The start's name (the operation after the group)."}
    arguments = {"type": "object", "description": "The start's arguments."}
    url = {"type": "string", "description": "The file's http(s) URL."}
    filename = {"type": "string", "description": "A file name (no folders) to save it as; default: from the URL."}
    return [
        helper_tool(
            "a2e_get_job",
            "Read a job's record once: its status and, when done, its result URLs.",
            object_schema({"group": group, "id": job_id, "kind": kind}, ["group", "id"]),
        ),
        helper_tool(
            "a2e_wait_job",
            f"Wait up to max_seconds (at most {MAX_WAIT_SECONDS}) for a job to finish, reporting progress. Answers the "
            "finished record, or status 'still running' (then call it again), or the failure.",
            object_schema({"group": group, "id": job_id, "kind": kind, "max_seconds": max_seconds}, ["group", "id"]),
        ),
        helper_tool(
            "a2e_quote",
            "What a job start would cost, in credits, with the arguments you would pass to it. Starts nothing.",
            object_schema({"group": group, "start": start, "arguments": arguments}, ["group", "start", "arguments"]),
        ),
        helper_tool(
            "a2e_download",
            "Download a result file (a URL a finished job answered) into the server's files folder; answers its "
            "path and a resource link.",
            object_schema({"url": url, "filename": filename}, ["url"]),
            read_only=False,
        ),
        helper_tool(
            "a2e_session",
            "The credits this server's starts have spent, its limits, and the jobs it started (kept across restarts).",
            object_schema({}, []),
        ),
    ]


def compact_tools(allow_delete: bool) -> list[ToolSpec]:
    """The meta-tools that reach every exposed operation in a few schemas."""
    operation = {"type": "string", "minLength": 1, "description": "An operation's name, as a2e_find answers it."}
    arguments = {"type": "object", "description": "Its arguments, as a2e_describe's input_schema says.", "default": {}}
    words = {"type": "string", "minLength": 1, "description": "What to do, in a few words (e.g. 'text to speech')."}
    limit = {"type": "integer", "minimum": 1, "maximum": 50, "default": 10}
    deletes = " Deletes for good when the operation's kind is 'delete'." if allow_delete else ""
    return [
        helper_tool(
            "a2e_find",
            "Find A2E operations by words: answers their names, kinds (read, start, action, delete) and summaries.",
            object_schema({"words": words, "limit": limit}, ["words"]),
        ),
        helper_tool(
            "a2e_describe",
            "One operation in full: its description and input_schema (the arguments a2e_call takes).",
            object_schema({"operation": operation}, ["operation"]),
        ),
        ToolSpec(
            "a2e_call",
            "Call an operation with its arguments; a start goes through the same quote and credit limit as "
            "a2e_start." + deletes,
            object_schema({"operation": operation, "arguments": arguments}, ["operation"]),
            None,
            False,
            allow_delete,
        ),
        ToolSpec(
            "a2e_start",
            "Start a paid job: an operation of kind 'start'. " + START_NOTE,
            object_schema({"operation": operation, "arguments": arguments}, ["operation", "arguments"]),
            None,
            False,
            False,
        ),
    ]


def helper_tool(name: str, description: str, schema: dict[str, Any], read_only: bool = True) -> ToolSpec:
    """A tool that no single operation backs."""
    return ToolSpec(name, description, schema, None, read_only, False)


def build_tools(selected: list[str], allow_delete: bool, mode: Mode = "full") -> list[ToolSpec]:
    """The tools of the selected groups in `mode`, then the job tools."""
    if mode == "compact":
        return compact_tools(allow_delete) + job_tools(selected) + session_tools(selected)
    operations = [operation_tool(c) for c in exposed(selected, allow_delete).values()]
    return operations + job_tools(selected) + session_tools(selected)


def opens_sessions(selected: list[str]) -> bool:
    """Whether a selected group has an operation that opens a billed session (`x-a2e-session`)."""
    return any(c.descriptor.session for group in selected for c in commands(group))


def session_tools(selected: list[str]) -> list[ToolSpec]:
    """The Streaming Avatar session tools (open, speak, ask, set the context, leave), with that group."""
    if not opens_sessions(selected):
        return []
    from ..streaming import _mcp as streaming

    return [
        ToolSpec(tool["name"], tool["description"], tool["schema"], None, tool["read_only"], tool["destructive"])
        for tool in streaming.tools()
    ]


def choose_mode(requested: str, selected: list[str], allow_delete: bool) -> Mode:
    """`auto`: compact when the full list would be longer than COMPACT_ABOVE."""
    if requested in ("full", "compact"):
        return "full" if requested == "full" else "compact"
    return "compact" if len(build_tools(selected, allow_delete)) > COMPACT_ABOVE else "full"


def select_groups(names: str | None) -> list[str]:
    known = list(groups())
    if not names:
        return known
    chosen = [name.strip().replace("-", "_") for name in names.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise ValueError(f"unknown groups {', '.join(unknown)}; known: {', '.join(known)}")
    return chosen


def argument_problems(schema: Mapping[str, Any], arguments: Mapping[str, Any]) -> list[str]:
    """What is wrong with a tool's arguments under its input schema, one line per field; [] if nothing."""
    from jsonschema import Draft202012Validator  # with the mcp extra; `a2e mcp --help` works without it

    problems = []
    for error in sorted(Draft202012Validator(schema).iter_errors(arguments), key=lambda e: list(e.absolute_path)):
        where = ".".join(str(part) for part in error.absolute_path)
        if error.validator == "required":
            missing = [r for r in error.validator_value if isinstance(error.instance, dict) and r not in error.instance]
            problems += [f"{joined(where, name)}: missing (it is required)" for name in missing]
        elif error.validator == "additionalProperties":
            allowed = sorted(error.schema.get("properties", {}))
            extra = sorted(set(error.instance) - set(allowed)) if isinstance(error.instance, dict) else []
            problems += [
                f"{joined(where, name)}: not an argument here (they are: {', '.join(allowed) or 'none'})"
                for name in extra
            ]
        else:
            problems.append(f"{where or 'arguments'}: {error.message}")
    return list(dict.fromkeys(problems))


def joined(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


WORD = re.compile(r"[a-z0-9]+")


def find(candidates: Iterable[Command], words: str, limit: int) -> list[Command]:
    """The operations that best match `words` (of three letters or more): a word in a name counts 4, in the
    operation's texts 2, in its group's description 1, each times more the fewer operations it matches."""
    found = list(candidates)
    about = groups()
    indexed = [
        (
            set(WORD.findall(c.operation_id.replace("_", " "))),
            set(WORD.findall(f"{c.summary} {c.description}".lower())),
            set(WORD.findall(about[c.group].lower())),
        )
        for c in found
    ]
    scores = [0.0] * len(found)
    wanted = WORD.findall(words.lower())
    for word in [w for w in wanted if len(w) > 2] or wanted:
        hits = [4 * matches(word, n) or 2 * matches(word, t) or matches(word, g) for n, t, g in indexed]
        rarity = math.log(1 + len(found) / max(1, sum(1 for hit in hits if hit)))
        scores = [score + hit * rarity for score, hit in zip(scores, hits, strict=True)]
    ranked = sorted((-score, position) for position, score in enumerate(scores) if score > 0)
    return [found[position] for _, position in ranked[:limit]]


def matches(word: str, tokens: set[str]) -> bool:
    """`word` is a token, or (from four letters) a start of one or a token a start of it: `video` ~ `videos`."""
    return word in tokens or (
        len(word) >= 4 and any(t.startswith(word) or (len(t) >= 4 and word.startswith(t)) for t in tokens)
    )
