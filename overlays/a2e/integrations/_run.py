"""What the job engines' tasks share: find the start, start once by key, download into a job's folder."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from a2e_api.descriptors import Operation

from .._catalog import command
from .._client import A2E
from .._exceptions import APIResponseValidationError, ArgumentValueError


def job_start(task_name: str, group: str, start: str) -> Operation:
    """The start's descriptor; `ArgumentValueError` if `group.start` is not a job start."""
    try:
        found = command(group, start)
    except KeyError:
        found = None
    if found is None or not found.is_start:
        raise ArgumentValueError(task_name, "start", f"{group}.{start}", "a job start (see `a2e <group> --help`)")
    return found.descriptor


def start_once(client: A2E, descriptor: Operation, arguments: Mapping[str, Any], key: str) -> str:
    """Start the job under `key` (the same on every delivery or retry) and return its id."""
    method = getattr(getattr(client, descriptor.group), descriptor.method)
    started = method(**arguments, idempotency_key=key)
    records = started if isinstance(started, list) else [started]
    ids = [r.to_dict().get(descriptor.start_task.id) for r in records if hasattr(r, "to_dict")]
    if len(ids) != 1 or not isinstance(ids[0], str):
        raise APIResponseValidationError(f"{descriptor.name} answered {len(ids)} job ids, not one", http_status=200)
    return ids[0]


def wait_method(client: A2E, descriptor: Operation) -> Any:
    return getattr(getattr(client, descriptor.group), descriptor.start_task.wait_method)


def download_into(client: A2E, record: Any, download_to: str | None, job_id: str) -> list[str]:
    """The finished job's result file in `download_to/<job id>/` (rewritten in place if run again)."""
    if download_to is None:
        return []
    folder = Path(download_to) / job_id
    folder.mkdir(parents=True, exist_ok=True)
    return [str(client.files.download(record, folder))]
