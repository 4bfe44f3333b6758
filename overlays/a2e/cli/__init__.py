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
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .. import _exceptions as errors
from .._catalog import Command, command, commands, groups, main_start
from . import _output as output
from ._parser import (
    SPECIAL,
    add_method_arguments,
    download_parser,
    field_flag,
    group_of_word,
    group_parser,
    kebab,
    output_kind,
    sandbox_parser,
    top_parser,
    upload_parser,
    wait_parser,
)

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
        group, method = exc.operation.split(".", 1)
        main = main_start(group)
        kind = "" if main is None or main.method == method else f" --kind {kebab(method)}"
        output.note(f"The job may still be running. Resume with: a2e wait {kebab(group)} {exc.task_id}{kind}")


Handler = Callable[[list[str], argparse.Namespace], int]


def dispatch(args: list[str]) -> int:
    # Options before the command (`a2e --json face-swap ...`); the rest goes to the command's parser.
    head, rest = args[: first_command(args)], args[first_command(args) :]
    top = top_parser(with_commands=not rest or "-h" in head or "--help" in head)
    known, extra = top.parse_known_args(head)
    rest = extra + rest
    if not rest:
        top.print_help()
        return 0
    name, tail = rest[0], rest[1:]
    handler = HANDLERS.get(name)
    if handler is not None:
        return handler(tail, known)
    if tail[:1] in (["open"], ["sweep"]) and opens_sessions(name):
        from ..streaming._cli import run

        return run(tail, client(known))
    group = group_of_word(name)
    if group is None:
        top_parser().parse_args(rest[:1])  # prints argparse's "invalid choice" with the list, exits 2
        return 2
    parsed = group_parser(group).parse_args(tail)
    return run_operation(command(group, parsed.method.replace("-", "_")), parsed, known)


def opens_sessions(word: str) -> bool:
    """Whether the group named `word` has an operation that opens a billed session (`x-a2e-session`)."""
    group = group_of_word(word)
    return group is not None and any(c.descriptor.session for c in commands(group))


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
        body = json_body(cmd, source)
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


def json_body(cmd: Command, source: str) -> dict[str, Any]:
    """The `--json-body` object; a file that cannot be read or is not a JSON object is a bad argument."""
    allowed = "a JSON object, in a readable file or on stdin (-)"
    try:
        body = json.loads(sys.stdin.read() if source == "-" else Path(source).read_text())
    except (OSError, ValueError) as exc:
        raise errors.ArgumentValueError(cmd.descriptor.name, "--json-body", source, f"{allowed} ({exc})") from exc
    if not isinstance(body, dict):
        raise errors.ArgumentValueError(cmd.descriptor.name, "--json-body", body, allowed)
    return body


def lead_keys(group: str) -> list[str]:
    """The record keys a table shows first: the group's job status, name and result fields (from `x-a2e-task`)."""
    tasks = [c.descriptor.start_task for c in commands(group) if c.is_start]
    return list(dict.fromkeys([t.id for t in tasks] + [t.status for t in tasks] + ["name"])) + list(
        dict.fromkeys(field for t in tasks for field in t.result)
    )


def run_operation(cmd: Command, parsed: argparse.Namespace, options: argparse.Namespace) -> int:
    kind, lead = output_kind(parsed, options), lead_keys(cmd.group)
    with client(options) as api:
        resource = getattr(api, cmd.group)
        positional, keywords = call_arguments(cmd, parsed)
        if getattr(parsed, "all", False):
            output.print_result(list(every_page(resource, cmd, positional, keywords)), kind, lead)
            return 0
        if cmd.is_start and parsed.quote:
            output.print_result(getattr(resource.quote, cmd.method)(*positional, **keywords), kind)
            return 0
        if cmd.is_start and parsed.max_credits is not None:
            keywords["max_credits"] = parsed.max_credits
        if cmd.is_start and parsed.idempotency_key is not None:
            keywords["idempotency_key"] = parsed.idempotency_key
        result = getattr(resource, cmd.method)(*positional, **keywords)
        if not (cmd.is_start and parsed.wait):
            output.print_result(result, kind, lead)
            return 0
        ids = [task_id(cmd, task) for task in (result if isinstance(result, list) else [result])]
        finished = [wait_for(api, cmd, job, parsed.timeout, kind) for job in ids]
        if parsed.download:
            for record in finished:
                download_results(api, record, Path(parsed.download))
        output.print_result(finished if isinstance(result, list) else finished[0], kind, lead)
        return 0


def every_page(resource: Any, cmd: Command, positional: list[Any], keywords: dict[str, Any]) -> Any:
    """`--all`: the rows of every page, through the list's own all-pages iterator (`<list>_all`)."""
    pagination, all_method = cmd.descriptor.pagination, cmd.descriptor.all_method
    if pagination is None or all_method is None:
        raise errors.ArgumentValueError(cmd.descriptor.name, "--all", True, "used on a paged list only")
    page = next(a for a in cmd.arguments if a.wire == pagination.page)
    if page.name in keywords:
        raise errors.ArgumentValueError(cmd.descriptor.name, "--all", True, f"used without {field_flag(page.name)}")
    return getattr(resource, all_method)(*positional, **keywords)


def task_id(cmd: Command, task: Any) -> str:
    key = cmd.descriptor.start_task.id
    value = task.to_dict().get(key) if hasattr(task, "to_dict") else None
    if not isinstance(value, str):
        raise errors.APIResponseValidationError(f"{cmd.descriptor.name} answered no task id", http_status=200)
    output.note(f"{cmd.descriptor.name}: started job {value}")
    return value


def wait_for(api: Any, cmd: Command, job: str, timeout: float, kind: str | None) -> Any:
    """Wait for the job that `cmd` started; a failed job's record is still the result on stdout."""
    wait = getattr(getattr(api, cmd.group), cmd.descriptor.start_task.wait_method)
    status_field = cmd.descriptor.start_task.status
    try:
        with output.job_status(f"{cmd.group} {job}") as update:
            return wait(
                job, wait_timeout=timeout, on_update=lambda record: update(str(record.to_dict().get(status_field)))
            )
    except errors.JobFailedError as failed:
        output.print_result(failed.record, kind, lead_keys(cmd.group))
        raise


def download_results(api: Any, record: Any, folder: Path) -> None:
    """Every result file of a finished record into `folder`, named as `client.files.download_all` names them."""
    with output.transfer(f"downloading the results of {record.to_dict().get('_id', 'the job')}") as progress:
        paths = api.files.download_all(record, folder, on_progress=progress)
    for path in paths:
        output.note(f"saved {path}")


def run_wait(tail: list[str], options: argparse.Namespace) -> int:
    parsed = wait_parser().parse_args(tail)
    start = job_start(parsed.group, parsed.kind)
    kind = output_kind(parsed, options)
    with client(options) as api:
        record = wait_for(api, start, parsed.id, parsed.timeout, kind)
        if parsed.download:
            download_results(api, record, Path(parsed.download))
        output.print_result(record, kind, lead_keys(start.group))
    return 0


def job_start(word: str, kind: str | None) -> Command:
    """The start whose kind of job `a2e wait <group> --kind <start>` waits for (default: the group's main one)."""
    group = group_of_word(word)
    main = main_start(group) if group else None
    if group is None or main is None:
        with_jobs = [kebab(g) for g in groups() if main_start(g)]
        raise errors.ArgumentValueError("a2e wait", "group", word, "a group with jobs: " + ", ".join(with_jobs))
    if kind is None:
        return main
    starts = {kebab(c.method): c for c in commands(group) if c.is_start}
    if kebab(kind) not in starts:
        raise errors.ArgumentValueError(f"a2e wait {kebab(group)}", "--kind", kind, "one of: " + ", ".join(starts))
    return starts[kebab(kind)]


def run_upload(tail: list[str], options: argparse.Namespace) -> int:
    parsed = upload_parser().parse_args(tail)
    with client(options) as api, output.transfer(f"uploading {parsed.file.name}") as progress:
        url = api.files.upload(parsed.file, content_type=parsed.content_type, on_progress=progress)
    output.print_result(url, output_kind(parsed, options))
    return 0


def run_download(tail: list[str], options: argparse.Namespace) -> int:
    parsed = download_parser().parse_args(tail)
    with client(options) as api, output.transfer("downloading") as progress:
        print(api.files.download(parsed.url, parsed.dest, on_progress=progress))
    return 0


def run_sandbox(tail: list[str], options: argparse.Namespace) -> int:
    """Serve the sandbox until Ctrl-C; its URL is the first line on stdout (scripts read it)."""
    from ..sandbox import Sandbox
    from ..sandbox._world import FAIL_TRIGGER, TRIGGERS

    parsed = sandbox_parser().parse_args(tail)
    try:
        sandbox = Sandbox(parsed.port, job_seconds=parsed.job_seconds, verbose=parsed.verbose)
    except OSError as exc:
        raise errors.ConfigurationError(
            f"a2e sandbox: cannot serve on 127.0.0.1:{parsed.port} ({exc.strerror or exc}); "
            "choose another --port, or 0 for any free one"
        ) from exc
    with sandbox:
        print(sandbox.url, flush=True)
        triggers = ", ".join([FAIL_TRIGGER, *TRIGGERS])
        output.note(
            f"A2E sandbox on {sandbox.url} (files on {sandbox.cdn_url}); any token starting with sk_ works.\n"
            f"  export A2E_BASE_URL={sandbox.url} A2E_API_KEY=sk_sandbox\n"
            f"Put one of {triggers} in a field to get that outcome. Ctrl-C stops it."
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


def run_mcp(tail: list[str], options: argparse.Namespace) -> int:
    from ..mcp import main as mcp_main

    return mcp_main(tail)


def run_complete(tail: list[str], options: argparse.Namespace) -> int:
    print("\n".join(complete(tail)))
    return 0


BASH_COMPLETION = """_a2e() {
    local candidates
    candidates=$(a2e __complete "${COMP_WORDS[@]:1:COMP_CWORD-1}" 2>/dev/null)
    COMPREPLY=($(compgen -W "$candidates" -- "${COMP_WORDS[COMP_CWORD]}"))
}
complete -o default -F _a2e a2e
"""


def run_completion(tail: list[str], options: argparse.Namespace) -> int:
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
    parser = argparse.ArgumentParser(add_help=False)
    add_method_arguments(parser, cmd)
    return [flag for action in parser._actions for flag in action.option_strings]


def run_webhooks(tail: list[str]) -> int:
    from ._webhooks import run

    return run(tail)


def run_batch(tail: list[str], make_client: Callable[[], Any]) -> int:
    from ..batch import main as batch_main

    return batch_main(tail, make_client)


HANDLERS: dict[str, Handler] = {
    "wait": run_wait,
    "upload": run_upload,
    "download": run_download,
    "sandbox": run_sandbox,
    "mcp": run_mcp,
    "completion": run_completion,
    "__complete": run_complete,
    "webhooks": lambda tail, known: run_webhooks(tail),
    "batch": lambda tail, known: run_batch(tail, lambda: client(known)),
}
"""The commands that are not an operation of the spec (`SPECIAL` has their help texts)."""
