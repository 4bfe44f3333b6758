"""What the sandbox answers an operation with: a handler of its own, or the rule for its kind.

The rules follow the spec's facts: a start (`x-a2e-task`) creates a job; an operation whose reply
is a job kind's record reads jobs of that kind only (one by its record id, a page by
`x-a2e-pagination`, many by the ids a `batch` takes, or all); an operation on one record by id
(a delete, a retry) finds that record or answers A2E's not-found error; anything else answers its
documented example. A few operations have state of their own and a handler: the balance, the
quote, presigned uploads here; any module of this package may add more by defining
`HANDLERS: dict[str, Handler]` (operationId -> handler), e.g. `_streaming.py` for the Streaming
Avatar's channels. Handlers take precedence over the rules.
"""

from __future__ import annotations

import copy
import importlib
import pkgutil
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from a2e_api.descriptors import Operation

from a2e._budget import QUOTE_OPERATION

from ._world import BALANCE_OPERATION, NOT_FOUND, Refusal, World, first_record, fit


@dataclass(frozen=True)
class Call:
    """One checked request: its operation's descriptor and its arguments by wire name."""

    operation: Operation
    arguments: dict[str, Any]
    """Path, query and body values by wire name, checked against the spec and typed."""
    body: dict[str, Any]

    def record_id(self) -> Any:
        """The value of the argument naming the one record the operation addresses, if it has one."""
        op = self.operation
        for argument in op.arguments:
            if argument.name == op.record_id:
                return self.arguments.get(argument.wire)
        return None


Handler = Callable[[World, Call], Any]
"""Answers a call with its reply's `data`, or raises `Refusal` for an error reply."""


def balance(world: World, call: Call) -> Any:
    coins = world.coins or 0
    return {**first_record(world.examples[BALANCE_OPERATION]), "coins": int(coins) if coins == int(coins) else coins}


def quote(world: World, call: Call) -> Any:
    return world.quote(call.body)


def presigned_upload(world: World, call: Call) -> Any:
    key = re.sub(r"[^\w.-]", "_", str(call.body.get("key", "upload.bin")))
    return {
        "uploadUrl": f"{world.cdn_url}/upload/{key}?X-Amz-Signature=sandbox",
        "cdnUrl": f"{world.cdn_url}/files/{key}",
        "key": key,
    }


BUILT_IN: dict[str, Handler] = {
    BALANCE_OPERATION: balance,
    QUOTE_OPERATION: quote,
    "storage_presigned_upload_url": presigned_upload,
}


def handlers() -> dict[str, Handler]:
    """The built-in handlers and those of every module of this package that defines `HANDLERS`."""
    found = dict(BUILT_IN)
    package = importlib.import_module(__package__ or "a2e.sandbox")
    for module in pkgutil.iter_modules(package.__path__):
        found.update(getattr(importlib.import_module(f"{package.__name__}.{module.name}"), "HANDLERS", {}))
    return found


def answer(world: World, handlers: Mapping[str, Handler], call: Call) -> Any:
    operation = call.operation
    handler = handlers.get(operation.id)
    if handler is not None:
        return handler(world, call)
    if operation.task:
        return world.start_job(operation, call.body)
    kind = world.kind_of(operation.id)
    record_id = call.record_id()
    if operation.record_id is not None:
        job = world.find(record_id)
        if kind is not None and (job is None or job.kind != kind):
            raise Refusal(*NOT_FOUND)
        if job is None and record_id not in world.known_ids:
            raise Refusal(*NOT_FOUND)
        if job is not None and operation.destructive:
            world.delete(job.id)
        if kind is not None and job is not None:
            return world.reply(operation.id, [job.record])
    elif kind is not None:
        return read_jobs(world, call, kind)
    return example(world, call)


def read_jobs(world: World, call: Call, kind: str) -> Any:
    operation = call.operation
    jobs = world.jobs_of(kind)
    pagination = operation.pagination
    if pagination:
        first = pagination.first
        page = call.arguments.get(pagination.page, first)
        size = call.arguments.get(pagination.size, 10)
        rows = jobs[(page - first) * size : (page - first + 1) * size]
        return world.reply(operation.id, [job.record for job in rows], total=len(jobs))
    if operation.id in world.batches:
        wanted = next((v for v in call.body.values() if isinstance(v, list)), [])
        jobs = [job for job in jobs if job.id in wanted]
    return world.reply(operation.id, [job.record for job in jobs])


def example(world: World, call: Call) -> Any:
    """The documented reply, or the file the operation makes on the spot (`x-a2e-file-output`)."""
    operation_id = call.operation.id
    kind = world.replies[operation_id]["file"]
    documented = copy.deepcopy(world.examples.get(operation_id))
    if kind:
        return world.make_file(kind, call.body)
    if isinstance(documented, dict):
        return fit(world.replies[operation_id]["data"], documented, documented)
    return documented
