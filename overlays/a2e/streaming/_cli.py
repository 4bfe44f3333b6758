"""`a2e streaming-avatar open AVATAR_ID` (a session and its viewer) and `a2e streaming-avatar sweep`.

`open` opens a session, serves the viewer on 127.0.0.1, prints its URL (and opens the browser
unless --no-browser), and waits until the page is closed, the session expires, Ctrl-C or SIGTERM;
the session is left on every one of them. `sweep` leaves the sessions killed processes left open.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from typing import Any

from ._sweep import sweep
from ._viewer import AGORA_SDK_URL


def note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="a2e streaming-avatar", description=__doc__.split("\n\n")[0] if __doc__ else "")
    actions = top.add_subparsers(dest="action", required=True)
    opening = actions.add_parser("open", help="open a session and watch the avatar in the browser")
    opening.add_argument("avatar_id", help="a streaming avatar's _id (a2e streaming-avatar list-avatars)")
    opening.add_argument(
        "--expire-seconds", type=int, default=600, help="the session's lifetime, paid up front (default 600)"
    )
    opening.add_argument("--context", help="a knowledge text for ask (at most 5,000 characters)")
    opening.add_argument("--no-browser", action="store_true", help="print the page's URL only")
    opening.add_argument("--sdk-url", help=f"the Agora Web SDK to load (default {AGORA_SDK_URL}), or a local file")
    sweeping = actions.add_parser("sweep", help="leave the sessions that killed processes left open")
    sweeping.add_argument("--all", action="store_true", help="also leave the sessions of processes still running")
    return top


def run(tail: list[str], api: Any) -> int:
    parsed = parser().parse_args(tail)
    with api:
        if parsed.action == "sweep":
            left = sweep(api, include_live=parsed.all)
            for channel in left:
                print(f"left {channel}")
            note(f"{len(left)} session(s) left" if left else "no open session to sweep")
            return 0
        return watch(api, parsed)


def watch(api: Any, parsed: argparse.Namespace) -> int:
    with api.streaming_avatar.session(parsed.avatar_id, expire_seconds=parsed.expire_seconds) as session:
        if parsed.context:
            session.set_context(parsed.context)
        with session.viewer(open_browser=not parsed.no_browser, sdk_url=parsed.sdk_url) as viewer:
            print(viewer.url, flush=True)
            note(
                f"Channel {session.channel}, until {session.expires_at:%H:%M:%S} UTC. Type in the page to make the "
                "avatar speak or answer; closing the page or Ctrl-C leaves the session."
            )
            while not viewer.closed.wait(0.25):
                if datetime.now(UTC) >= session.expires_at:
                    note("the session expired")
                    break
            time.sleep(0.1)  # let the page's leave request get its answer
    return 0
