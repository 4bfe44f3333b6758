"""The command line's parsers, built from the spec's operations at run time (`a2e._catalog`).

`a2e <group> <method> [ID] --field value ...` for every operation: flags take the spec's types,
required flags are required, allowed values, limits, defaults and descriptions are in `--help`.
Only the group named on the command line is built, so a call does not pay for 200 parsers.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .._catalog import Argument, Command, commands, groups
from ._output import FORMATS

SPECIAL = {
    "wait": "Wait for a job already started (by id), e.g. from another terminal or process",
    "upload": "Upload a local file to A2E's storage and print its URL",
    "download": "Download a result file (streamed, atomic) to a file or folder",
    "sandbox": "Serve a local A2E (and its CDN) on 127.0.0.1: try everything with no token",
    "mcp": "Serve A2E's operations as tools to an AI agent (Model Context Protocol)",
    "webhooks": "Receive A2E's job webhooks (listen), or print a job's webhook URL and token (token)",
    "completion": "Print the shell completion script (bash or zsh)",
    "batch": "Run a JSON Lines file of job starts: plan (quotes), run, resume, status, report (journaled)",
}


def kebab(name: str) -> str:
    return name.strip("_").replace("_", "-")


OPTION_FLAGS = {
    "help",
    "json",
    "output",
    "json-body",
    "request-timeout",
    "all",
    "wait",
    "timeout",
    "download",
    "quote",
    "max-credits",
    "idempotency-key",
}


def field_flag(name: str) -> str:
    """A field's flag: `--image-url`; `--field-timeout` for a field named like an option."""
    flag = kebab(name)
    return f"--field-{flag}" if flag in OPTION_FLAGS else f"--{flag}"


def group_of_word(word: str) -> str | None:
    snake = word.replace("-", "_")
    return snake if snake in groups() else None


class Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(
            prog, max_help_position=32, width=min(100, os.get_terminal_size(2).columns if os.isatty(2) else 100)
        )


def top_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The top-level parser; `with_commands=False` leaves out the list of groups and commands, which
    only help and "invalid choice" show (and which costs a parser per group: a call need not pay it)."""
    parser = argparse.ArgumentParser(
        prog="a2e",
        formatter_class=Formatter,
        description="The A2E API from the command line: every operation of the spec, jobs waited on and downloaded.",
        epilog=(
            "Configuration: A2E_API_KEY (the token), A2E_BASE_URL (another server, e.g. `a2e sandbox`).\n"
            "Output: the reply's data as JSON on stdout (a table on a terminal); errors on stderr.\n"
            "Exit codes: 0 ok, 1 API error, 2 bad arguments, 3 configuration or authentication,\n"
            "4 wait timed out (the job may still be running), 5 job failed, 6 A2E unreachable,\n"
            "7 over the credit limit, 8 file transfer failed, 130 interrupted."
        ),
    )
    add_connection(parser)
    if not with_commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="<group> | <command>")
    for group, description in groups().items():
        sub.add_parser(kebab(group), help=description, add_help=False)
    for name, description in SPECIAL.items():
        sub.add_parser(name, help=description, add_help=False)
    return parser


def add_connection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--api-key",
        help="the API token; prefer A2E_API_KEY: a token on the command line lands in your shell history",
    )
    parser.add_argument("--base-url", help="the API's base URL (default: A2E_BASE_URL, else https://video.a2e.ai)")
    add_output_options(parser)


def add_output_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """`--json` and `--output`, accepted before the group and after the operation alike."""
    parser.add_argument("--json", action="store_true", default=None, help="print JSON even on a terminal")
    parser.add_argument(
        "--output",
        choices=list(FORMATS),
        help="the output format (default: table on a terminal, json elsewhere)",
    )


def output_kind(*namespaces: argparse.Namespace) -> str | None:
    """The output format the command line asked for, wherever it said so (None: by the terminal)."""
    for namespace in namespaces:
        if getattr(namespace, "output", None):
            return str(namespace.output)
    return "json" if any(getattr(namespace, "json", None) for namespace in namespaces) else None


def describe(argument: Argument) -> str:
    schema = argument.schema
    parts = [argument.description.strip().rstrip(".")] if argument.description else []
    if "enum" in schema:
        parts.append("one of: " + ", ".join(str(v) for v in schema["enum"]))
    limits = [
        f"{word} {schema[key]}"
        for key, word in (
            ("minimum", "min"),
            ("maximum", "max"),
            ("max_length", "max length"),
            ("max_items", "max items"),
        )
        if key in schema
    ]
    if limits:
        parts.append(", ".join(limits))
    if argument.default is not None:
        parts.append(f"default {argument.default}")
    if schema.get("file") or schema.get("items", {}).get("file"):
        parts.append("a URL, or a local file (uploaded first)")
    if argument.required and not argument.positional:
        parts.append("required")
    return "; ".join(parts).replace("%", "%%")


def converter(schema: Mapping[str, Any]) -> Any:
    types = [t for t in schema.get("type", []) if t != "null"]
    kind = types[0] if len(types) == 1 else None
    if kind == "integer":
        return int
    if kind == "number":
        return float
    if kind in ("object", "array") and (kind == "object" or schema.get("items", {}).get("type") == ["object"]):
        return json.loads
    if schema.get("file"):
        return file_or_url
    return str


def file_or_url(value: str) -> str | Path:
    """A file input's flag: an http(s) URL, or an existing local file (as a Path: the client uploads it first)."""
    from .._files import url_or_local_file

    found = url_or_local_file(value)
    if found is None:
        raise argparse.ArgumentTypeError(f"{value!r} is neither an http(s) URL nor an existing local file")
    return found


def add_argument(parser: argparse.ArgumentParser, argument: Argument) -> None:
    schema = argument.schema
    if argument.positional:
        parser.add_argument(
            argument.name,
            metavar=argument.name.upper(),
            help=describe(argument),
            nargs=None if argument.required else "?",
        )
        return
    flag = field_flag(argument.name)
    types = schema.get("type", [])
    if types == ["boolean"]:
        parser.add_argument(
            flag, dest=argument.name, action=argparse.BooleanOptionalAction, default=None, help=describe(argument)
        )
    elif types == ["array"] and schema.get("items", {}).get("type") != ["object"]:
        item = converter(schema.get("items", {}))
        parser.add_argument(
            flag,
            dest=argument.name,
            action="append",
            type=item,
            required=argument.required,
            metavar="VALUE",
            help=describe(argument) + " (repeat the flag for each)",
        )
    else:
        parser.add_argument(
            flag,
            dest=argument.name,
            type=converter(schema),
            required=argument.required,
            metavar="VALUE",
            help=describe(argument),
        )


def group_parser(group: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"a2e {kebab(group)}", formatter_class=Formatter, description=groups()[group])
    sub = parser.add_subparsers(dest="method", metavar="<method>", required=True)
    for command in commands(group):
        flags = " (starts a job: --wait, --quote)" if command.is_start else ""
        flags += " (deprecated)" if command.deprecated else ""
        method = sub.add_parser(
            kebab(command.method),
            help=command.summary + flags,
            description=command.description,
            formatter_class=Formatter,
        )
        add_method_arguments(method, command)
    return parser


def add_method_arguments(parser: argparse.ArgumentParser, command: Command) -> None:
    for argument in command.positional:
        add_argument(parser, argument)
    fields = parser.add_argument_group("fields (the spec's own)")
    for argument in command.arguments:
        if not argument.positional:
            add_argument(fields, argument)  # type: ignore[arg-type]
    options = parser.add_argument_group("options")
    if command.descriptor.body is not None:
        options.add_argument(
            "--json-body", metavar="FILE", help="body fields as a JSON object, from a file or - for stdin (flags win)"
        )
    options.add_argument(
        "--request-timeout", type=float, metavar="SECONDS", help="seconds each request may take in all"
    )
    add_output_options(options)
    if command.descriptor.pagination:
        options.add_argument(
            "--all", action="store_true", help=f"every page, as one list (`{command.descriptor.all_method}`)"
        )
    if command.is_start:
        options.add_argument("--wait", action="store_true", help="wait for the job to finish, showing its status")
        options.add_argument(
            "--timeout", type=float, default=7200.0, metavar="SECONDS", help="how long --wait waits (default 7200)"
        )
        options.add_argument("--download", metavar="DIR", help="with --wait: download the result files into DIR")
        options.add_argument("--quote", action="store_true", help="print what the job would cost; start nothing")
        options.add_argument(
            "--max-credits", type=float, metavar="N", help="refuse to start if the quote is over N credits"
        )
        options.add_argument(
            "--idempotency-key", metavar="KEY", help="start at most one job for KEY, even if run again (see README)"
        )


def wait_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="a2e wait", formatter_class=Formatter, description=SPECIAL["wait"])
    add_output_options(parser)
    parser.add_argument("group", help="the job's group, e.g. face-swap")
    parser.add_argument("id", help="the job's id (printed by the start)")
    parser.add_argument(
        "--kind",
        metavar="START",
        help="for a group with several kinds of job: the operation that started it, e.g. preview "
        "(default: the group's main start, whose jobs its `wait` waits for)",
    )
    parser.add_argument(
        "--timeout", type=float, default=7200.0, metavar="SECONDS", help="how long to wait (default 7200)"
    )
    parser.add_argument("--download", metavar="DIR", help="download the result files into DIR")
    return parser


def upload_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="a2e upload", formatter_class=Formatter, description=SPECIAL["upload"])
    add_output_options(parser)
    parser.add_argument("file", type=Path)
    parser.add_argument("--content-type", help="the MIME type (default: guessed from the name)")
    return parser


def download_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="a2e download", formatter_class=Formatter, description=SPECIAL["download"])
    parser.add_argument("url")
    parser.add_argument("dest", help="a file, or a folder to put the file in (an existing one, or ending in /)")
    return parser


def sandbox_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="a2e sandbox", formatter_class=Formatter, description=SPECIAL["sandbox"])
    parser.add_argument("--port", type=int, default=8765, help="the API's port (default 8765; 0: any free one)")
    parser.add_argument("--job-seconds", type=float, default=3.0, help="how long each job runs (default 3)")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    return parser
