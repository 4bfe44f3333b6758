"""`a2e`: every operation of the spec from the command line, built at run time, never per operation.

a2e face-swap start --face-url me.jpg --video-url https://... --wait --download out/
a2e wait face-swap 6747...          # resume waiting on a job, from anywhere
a2e sandbox                          # a local A2E to try it all with no token
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import _exceptions as errors
from .._catalog import Command, command, commands, groups
from . import _output as output
from ._parser import SPECIAL, field_flag, group_of_word, group_parser, kebab, top_parser, wait_parser

EXIT_CODES: list[tuple[type[BaseException], int]] = [
    (errors.JobTimeoutError, 4),
    (errors.JobFailedError, 5),
    (errors.BudgetExceededError, 7),
    (errors.UploadError, 8),
    (errors.DownloadError, 8),
    (errors.ArgumentError, 2),
    (errors.ConfigurationError, 3),
    (errors.AuthenticationError, 3),
    (errors.APIConnectionError, 6),
    (errors.APIError, 1),
    (errors.A2EError, 1),
]
"""The exit code of each error class (the first that matches); documented in `a2e --help`."""


def exit_code(error: BaseException) -> int:
    return next(code for kind, code in EXIT_CODES if isinstance(error, kind))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the process's exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return dispatch(args)
    except errors.A2EError as exc:
        report(exc)
        return exit_code(exc)
    except KeyboardInterrupt:
        output.note("interrupted")
        return 130


def report(exc: errors.A2EError) -> None:
    output.error(str(exc))
    if isinstance(exc, errors.JobTimeoutError) and exc.operation:
        group = exc.operation.split(".", 1)[0]
        output.note(f"The job may still be running. Resume with: a2e wait {kebab(group)} {exc.task_id}")


def dispatch(args: list[str]) -> int:
    top = top_parser()
    # Options before the command (`a2e --json face-swap ...`); the rest goes to the command's parser.
    known, rest = top.parse_known_args(args[: first_command(args)])
    rest += args[first_command(args) :]
    if not rest:
        top.print_help()
        return 0
    name, tail = rest[0], rest[1:]
    if name == "__complete":
        print("\n".join(complete(tail)))
        return 0
    if name == "completion":
        return print_completion(tail)
    if name == "sandbox":
        return run_sandbox(tail)
    if name == "mcp":
        from ..mcp import main as mcp_main

        return mcp_main(tail)
    if name == "webhooks":
        from ._webhooks import run as run_webhooks

        return run_webhooks(tail)
    if name == "batch":
        from ..batch import main as batch_main

        return batch_main(tail, lambda: client(known))
    if name in SPECIAL:
        return run_special(name, tail, known)
    group = group_of_word(name)
    if group is None:
        top.parse_args(rest[:1])  # prints argparse's "invalid choice" with the list, exits 2
        return 2
    parsed = group_parser(group).parse_args(tail)
    return run_operation(command(group, parsed.method.replace("-", "_")), parsed, known)


def first_command(args: list[str]) -> int:
    """The index of the first word that is not a top-level option (or its value)."""
    index = 0
    while index < len(args) and args[index].startswith("-"):
        index += 1 if args[index] in ("--json", "-h", "--help") or "=" in args[index] else 2
    return index


def client(options: argparse.Namespace) -> Any:
    from .._client import A2E

    return A2E(api_key=options.api_key, base_url=options.base_url)


def call_arguments(cmd: Command, parsed: argparse.Namespace) -> tuple[list[Any], dict[str, Any]]:
    """The generated method's positional and keyword arguments, from flags and --json-body."""
    positional = [getattr(parsed, a.name) for a in cmd.positional if getattr(parsed, a.name) is not None]
    keywords: dict[str, Any] = {}
    source = getattr(parsed, "json_body", None)
    if source:
        body = json.loads(sys.stdin.read() if source == "-" else Path(source).read_text())
        if not isinstance(body, dict):
            raise errors.ArgumentValueError(cmd.descriptor["name"], "--json-body", body, "a JSON object")
        names = {a.wire: a.name for a in cmd.arguments if a.where == "body" and not a.positional}
        extra = {k: v for k, v in body.items() if k not in names}
        keywords.update({names[k]: v for k, v in body.items() if k in names})
        if extra:
            keywords["extra_body"] = extra
    for argument in cmd.arguments:
        value = getattr(parsed, argument.name, None)
        if not argument.positional and value is not None:
            keywords[argument.name] = value
    if getattr(parsed, "request_timeout", None) is not None:
        keywords["timeout"] = parsed.request_timeout
    return positional, keywords


def run_operation(cmd: Command, parsed: argparse.Namespace, options: argparse.Namespace) -> int:
    with client(options) as api:
        resource = getattr(api, cmd.group)
        positional, keywords = call_arguments(cmd, parsed)
        if cmd.is_start and parsed.quote:
            output.print_result(getattr(resource.quote, cmd.method)(*positional, **keywords), options.json)
            return 0
        if cmd.is_start and parsed.max_credits is not None:
            keywords["max_credits"] = parsed.max_credits
        if cmd.is_start and parsed.idempotency_key is not None:
            keywords["idempotency_key"] = parsed.idempotency_key
        result = getattr(resource, cmd.method)(*positional, **keywords)
        if not (cmd.is_start and parsed.wait):
            output.print_result(result, options.json)
            return 0
        ids = [task_id(cmd, task) for task in (result if isinstance(result, list) else [result])]
        finished = [wait_for(api, cmd, job, parsed.timeout) for job in ids]
        if parsed.download:
            for record in finished:
                download_results(api, record, Path(parsed.download))
        output.print_result(finished if isinstance(result, list) else finished[0], options.json)
        return 0


def task_id(cmd: Command, task: Any) -> str:
    key = cmd.descriptor["task"]["id"]
    value = task.to_dict().get(key) if hasattr(task, "to_dict") else None
    if not isinstance(value, str):
        raise errors.APIResponseValidationError(f"{cmd.descriptor['name']} answered no task id", http_status=200)
    output.note(f"{cmd.descriptor['name']}: started job {value}")
    return value


def wait_for(api: Any, cmd: Command, job: str, timeout: float) -> Any:
    wait = getattr(getattr(api, cmd.group), cmd.descriptor["task"]["wait_method"])
    status_field = cmd.descriptor["task"]["status"]
    with output.job_status(f"{cmd.group} {job}") as update:
        return wait(job, timeout=timeout, on_update=lambda record: update(str(record.to_dict().get(status_field))))


def download_results(api: Any, record: Any, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = record.to_dict()
    for field in getattr(record, "_result_fields", ()):
        values = data.get(field)
        for url in values if isinstance(values, list) else [values]:
            if isinstance(url, str) and url.startswith(("http://", "https://")):
                name = f"{data.get('_id', 'result')}-{Path(url.split('?', 1)[0]).name}"
                with output.transfer(f"downloading {name}") as progress:
                    path = api.files.download(url, folder / name, on_progress=progress)
                output.note(f"saved {path}")


def run_special(name: str, tail: list[str], options: argparse.Namespace) -> int:
    from ._parser import download_parser, upload_parser

    if name == "wait":
        parsed = wait_parser().parse_args(tail)
        group = group_of_word(parsed.group)
        if group is None:
            raise errors.ArgumentValueError(
                "a2e wait", "group", parsed.group, "a group: " + ", ".join(map(kebab, groups()))
            )
        starts = [c for c in commands(group) if c.is_start]
        chosen = [c for c in starts if parsed.kind in (None, c.method)]
        if not chosen:
            raise errors.ArgumentValueError("a2e wait", "group", parsed.group, "a group with jobs")
        with client(options) as api:
            record = wait_for(api, chosen[0], parsed.id, parsed.timeout)
            if parsed.download:
                download_results(api, record, Path(parsed.download))
            output.print_result(record, options.json)
        return 0
    if name == "upload":
        parsed = upload_parser().parse_args(tail)
        with client(options) as api, output.transfer(f"uploading {parsed.file.name}") as progress:
            url = api.files.upload(parsed.file, content_type=parsed.content_type, on_progress=progress)
        print(url)
        return 0
    parsed = download_parser().parse_args(tail)
    with client(options) as api, output.transfer("downloading") as progress:
        print(api.files.download(parsed.url, parsed.dest, on_progress=progress))
    return 0


def run_sandbox(tail: list[str]) -> int:
    from ..sandbox import Sandbox
    from ._parser import sandbox_parser

    parsed = sandbox_parser().parse_args(tail)
    with Sandbox(parsed.port, job_seconds=parsed.job_seconds, verbose=parsed.verbose) as sandbox:
        print(sandbox.url, flush=True)
        output.note(
            f"A2E sandbox on {sandbox.url} (files on {sandbox.cdn_url}); any token starting with sk_ works.\n"
            f"  export A2E_BASE_URL={sandbox.url} A2E_API_KEY=sk_sandbox\n"
            "Put sandbox:fail, sandbox:moderation, sandbox:insufficient-credits or sandbox:busy in a field to\n"
            "get that outcome. Ctrl-C stops it."
        )
        try:
            while True:
                import time

                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


BASH_COMPLETION = """_a2e() {
    local candidates
    candidates=$(a2e __complete "${COMP_WORDS[@]:1:COMP_CWORD-1}" 2>/dev/null)
    COMPREPLY=($(compgen -W "$candidates" -- "${COMP_WORDS[COMP_CWORD]}"))
}
complete -o default -F _a2e a2e
"""


def print_completion(tail: list[str]) -> int:
    shell = tail[0] if tail else os.path.basename(os.environ.get("SHELL", "bash"))
    if shell not in ("bash", "zsh"):
        raise errors.ArgumentValueError("a2e completion", "shell", shell, "bash or zsh")
    prefix = "autoload -U +X bashcompinit && bashcompinit\n" if shell == "zsh" else ""
    print(prefix + BASH_COMPLETION, end="")
    return 0


def complete(words: list[str]) -> list[str]:
    """The words that may come next after `a2e <words>` (for the shell completion script)."""
    words = [w for w in words if not w.startswith("-")] if words else []
    if not words:
        return [kebab(g) for g in groups()] + list(SPECIAL)
    group = group_of_word(words[0])
    if group is None:
        return []
    if len(words) == 1:
        return [kebab(c.method) for c in commands(group)]
    try:
        cmd = command(group, words[1].replace("-", "_"))
    except KeyError:
        return []
    flags = [field_flag(a.name) for a in cmd.arguments if not a.positional]
    return flags + (
        ["--wait", "--timeout", "--download", "--quote", "--max-credits", "--idempotency-key"] if cmd.is_start else []
    )
