"""`a2e mcp`: A2E's operations as tools for AI agents, over the Model Context Protocol.

    a2e mcp                                  # stdio, every group, through a few meta-tools
    a2e mcp --groups voices,face_swap        # a short list: one tool per operation
    a2e mcp --tools full                     # one tool per operation, however many
    a2e mcp --http --port 8000               # streamable HTTP on 127.0.0.1

The token comes from A2E_API_KEY (never from an argument, never in a tool result or a log).
Needs the `mcp` package: `pip install 'a2e[mcp]'`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from ._session import default_state_dir
from ._tools import COMPACT_ABOVE

__all__ = ["main"]

DEFAULT_MAX_CREDITS_PER_JOB = 100.0
DEFAULT_MAX_CREDITS_TOTAL = 500.0


def parser() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(prog="a2e mcp", description=__doc__.split("\n\n")[0] if __doc__ else None)
    options.add_argument("--groups", help="comma-separated groups to expose (default: all), e.g. voices,face_swap")
    per_job, total = DEFAULT_MAX_CREDITS_PER_JOB, DEFAULT_MAX_CREDITS_TOTAL
    options.add_argument(
        "--max-credits-per-job",
        type=float,
        default=per_job,
        help=f"refuse a start quoted above this (default {per_job:g}; 0: no limit)",
    )
    options.add_argument(
        "--max-credits-total",
        type=float,
        default=total,
        help=f"refuse starts once the quotes of the starts kept in --state-dir reach this (default {total:g}; 0: off)",
    )
    options.add_argument(
        "--tools",
        choices=["auto", "full", "compact"],
        default="auto",
        help=f"full: a tool per operation; compact: a few meta-tools that find, describe and call them "
        f"(default auto: compact when full would list more than {COMPACT_ABOVE} tools)",
    )
    options.add_argument(
        "--state-dir",
        type=Path,
        default=default_state_dir(),
        help="where the credits spent and the jobs started are kept across restarts "
        "(default $XDG_STATE_HOME/a2e or ~/.local/state/a2e)",
    )
    options.add_argument("--allow-delete", action="store_true", help="also expose the operations that delete")
    options.add_argument(
        "--files", type=Path, default=Path("a2e-files"), help="where a2e_download saves files (default ./a2e-files)"
    )
    options.add_argument("--http", action="store_true", help="serve streamable HTTP instead of stdio")
    options.add_argument("--port", type=int, default=8000, help="the HTTP port (with --http)")
    return options


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        import mcp  # noqa: F401
    except ImportError:
        raise SystemExit("a2e mcp needs the mcp package: pip install 'a2e[mcp]'") from None
    import anyio

    from .._exceptions import ConfigurationError
    from ._server import make_server, state_from

    try:
        state = state_from(args)
    except (ValueError, ConfigurationError) as exc:
        raise SystemExit(f"a2e mcp: {exc}") from None
    server = make_server(state)
    if args.http:
        import uvicorn

        uvicorn.run(server.streamable_http_app(), host="127.0.0.1", port=args.port, log_level="warning")
        return 0

    async def serve() -> None:
        from mcp.server.stdio import stdio_server

        async with state.client, stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())

    anyio.run(serve)
    return 0
