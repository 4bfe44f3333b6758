"""`a2e webhooks`: serve a webhook receiver, or print the webhook arguments of a job key.

a2e webhooks listen --port 8787     # verified, deduplicated events as JSON lines on stdout
a2e webhooks token my-job-1 --url https://example.com/a2e-webhook

The secret comes from A2E_WEBHOOK_SECRET only (a flag would land in the shell's history).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import threading

from .. import webhooks
from .._exceptions import ConfigurationError
from . import _output as output

SECRET_VARIABLE = "A2E_WEBHOOK_SECRET"


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="a2e webhooks", description="Receive A2E's job webhooks (see the README).")
    actions = top.add_subparsers(dest="action", required=True)
    listen = actions.add_parser("listen", help="serve a receiver; print each verified, new event as a JSON line")
    listen.add_argument("--port", type=int, default=8787, help="the port (default 8787; 0: any free one)")
    listen.add_argument("--host", default="127.0.0.1", help="the address to bind (default 127.0.0.1)")
    token = actions.add_parser("token", help="print the webhook_url and webhook_token for a job's key, as JSON")
    token.add_argument("key", help="the job's key (e.g. its idempotency key)")
    token.add_argument("--url", required=True, help="the receiver's public URL, that A2E posts to")
    return top


def secret() -> str:
    value = os.environ.get(SECRET_VARIABLE, "")
    if not value:
        raise ConfigurationError(f"set {SECRET_VARIABLE} to your webhook secret (e.g. `openssl rand -hex 32`)")
    return value


def run(tail: list[str]) -> int:
    parsed = parser().parse_args(tail)
    if parsed.action == "token":
        print(json.dumps(webhooks.Receiver(secret(), url=parsed.url, safety_poll=0).webhook(parsed.key)))
        return 0
    printing = threading.Lock()

    def show(event: webhooks.WebhookEvent, key: str) -> None:
        line = json.dumps({"key": key, "event": event.event, "task_id": event.task_id, "kind": event.kind})
        with printing:
            print(line, flush=True)

    receiver = webhooks.Receiver(secret(), on_event=show, safety_poll=0)
    with webhooks.listen(receiver, parsed.port, parsed.host) as listener:
        print(listener.url, flush=True)
        output.note(f"receiving A2E webhooks on {listener.url}/<key>; Ctrl-C stops it")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0
