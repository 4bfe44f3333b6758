"""Every operation as data, for the interfaces built from the spec at run time (the CLI, the MCP server).

Joins each operation's generated descriptor (route, arguments with wire names and checks, job and
page facts) with its texts from `a2e_api/operations.json` (summary, description, argument
descriptions), so that no interface is written per operation.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

import a2e_api
from a2e_api.api import GROUP_MODULES, operation
from a2e_api.descriptors import Operation


class Argument(NamedTuple):
    name: str
    """The Python name (the generated method's keyword)."""
    wire: str
    where: str
    """"path", "query" or "body"."""
    required: bool
    schema: Mapping[str, Any]
    """What the runtime checks: type, enum, limits, items, properties, file."""
    description: str
    default: Any
    positional: bool


class Command(NamedTuple):
    group: str
    method: str
    operation_id: str
    descriptor: Operation
    summary: str
    description: str
    arguments: tuple[Argument, ...]

    @property
    def is_start(self) -> bool:
        return bool(self.descriptor.task)

    @property
    def destructive(self) -> bool:
        return bool(self.descriptor.destructive)

    @property
    def deprecated(self) -> bool:
        return self.descriptor.deprecated is not None

    @property
    def positional(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if a.positional)

    @property
    def reads_only(self) -> bool:
        """A GET, a paged list, or an operation the spec names to read jobs (a detail or a batch detail)."""
        return (
            self.descriptor.http_method == "GET"
            or bool(self.descriptor.pagination)
            or self.operation_id in job_readers()
        )


@functools.cache
def texts() -> Mapping[str, Any]:
    # Beside the package's modules; not through importlib.resources, whose import alone (tempfile,
    # zipfile, shutil) is 3 % of a CLI command's run.
    loaded: Mapping[str, Any] = json.loads(Path(a2e_api.__file__).with_name("operations.json").read_bytes())
    return loaded


@functools.cache
def job_readers() -> frozenset[str]:
    """Every operation an `x-a2e-task` reads jobs with (`detail`, `batch`)."""
    found = set()
    for operation_id in texts()["operations"]:
        task = operation(operation_id).task
        if task:
            found.add(task.detail)
            found.update([task.batch] if task.batch else [])
    return frozenset(found)


def groups() -> dict[str, str]:
    """Group name -> its description, in spec order."""
    descriptions = texts()["groups"]
    return {group: descriptions.get(group, "") for group in GROUP_MODULES}


@functools.cache
def commands(group: str) -> tuple[Command, ...]:
    """The group's operations, in spec order."""
    found = []
    for operation_id, text in texts()["operations"].items():
        if not operation_id.startswith(group + "_"):
            continue
        descriptor = operation(operation_id)
        if descriptor.group != group:
            continue  # `wan_spicy_get` belongs to wan_spicy, not wan
        found.append(_command(group, operation_id, descriptor, text))
    return tuple(found)


def main_start(group: str) -> Command | None:
    """The group's main kind of job: the start whose jobs the group's `wait` waits for (the others
    have `wait_<start>`), `start` first as scripts/spec_facts.py names them; None for a group with no jobs."""
    waited = [c for c in commands(group) if c.is_start and c.descriptor.start_task.wait_method == "wait"]
    return next((c for c in waited if c.method == "start"), waited[0] if waited else None)


def command(group: str, method: str) -> Command:
    for candidate in commands(group):
        if candidate.method == method:
            return candidate
    raise KeyError(f"{group}.{method}")


def _command(group: str, operation_id: str, descriptor: Operation, text: Mapping[str, Any]) -> Command:
    notes = text.get("arguments", {})
    record_id = descriptor.record_id
    arguments = tuple(
        Argument(
            argument.name,
            argument.wire,
            argument.where,
            argument.required,
            argument.schema,
            notes.get(argument.name, {}).get("description", ""),
            argument.default,
            argument.where == "path" or (argument.name == record_id and not descriptor.path_params),
        )
        for argument in descriptor.arguments
    )
    return Command(
        group=group,
        method=descriptor.method,
        operation_id=operation_id,
        descriptor=descriptor,
        summary=text.get("summary", ""),
        description=text.get("description", ""),
        arguments=arguments,
    )
