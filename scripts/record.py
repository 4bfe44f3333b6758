"""Record a live A2E response into tests/recordings/, scrubbed of the token and personal data.

For maintainers with a real token (it cannot run without network access):

    A2E_API_KEY=sk_... python scripts/record.py talking_photo_get --path _id=686770ddbf319f630a1cb3f7
    A2E_API_KEY=sk_... python scripts/record.py credits_history --query pageNum=1 --case first-page

Operations that start billed jobs are refused unless --allow-billed is given.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
from spec_reader import load, operations

ROOT = Path(__file__).resolve().parent.parent
SENSITIVE_KEYS = frozenset(
    {"token", "access_token", "api_key", "apikey", "email", "phone", "username", "nick_name", "user_id", "userid"}
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
SIGNED_QUERY = re.compile(r"(signature|x-amz-|expires|policy|key-pair-id|token)", re.IGNORECASE)


def scrub(value: Any, secret: str) -> Any:
    """The value with the token, personal fields, e-mail addresses and URL signatures removed."""
    if isinstance(value, dict):
        return {k: "<redacted>" if k.lower() in SENSITIVE_KEYS else scrub(v, secret) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, secret) for v in value]
    if isinstance(value, str):
        text = value.replace(secret, "<redacted>") if secret else value
        text = EMAIL.sub("user@example.com", text)
        if text.startswith(("http://", "https://")):
            parts = urlsplit(text)
            if SIGNED_QUERY.search(parts.query):
                text = urlunsplit(parts._replace(query=""))
        return text
    return value


def find_operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    found = operations(load()).get(operation_id)
    if found is None:
        raise SystemExit(f"no operation {operation_id!r} in openapi/a2e.yaml")
    method, path, op, _ = found
    return method, path, op


def pairs(items: list[str]) -> dict[str, str]:
    return dict(item.split("=", 1) for item in items)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("operation")
    parser.add_argument("--case", default="live")
    parser.add_argument("--path", nargs="*", default=[], metavar="NAME=VALUE")
    parser.add_argument("--query", nargs="*", default=[], metavar="NAME=VALUE")
    parser.add_argument("--body", help="JSON request body")
    parser.add_argument("--allow-billed", action="store_true")
    parser.add_argument("--base-url", default=os.environ.get("A2E_BASE_URL", "https://video.a2e.ai"))
    args = parser.parse_args(argv)

    token = os.environ.get("A2E_API_KEY", "")
    if not token:
        raise SystemExit("set A2E_API_KEY")
    method, template, op = find_operation(args.operation)
    if "x-a2e-task" in op and not args.allow_billed:
        raise SystemExit(f"{args.operation} starts a billed job; pass --allow-billed to record it anyway")
    path = template.format(**pairs(args.path))
    body = json.loads(args.body) if args.body else None
    response = httpx.request(
        method,
        args.base_url + path,
        params=pairs(args.query),
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    try:
        payload: Any = response.json()
    except ValueError:
        raise SystemExit(f"HTTP {response.status_code}: not JSON; nothing recorded") from None
    recording = {
        "operation": args.operation,
        "case": args.case,
        "source": "live",
        "reference": f"recorded from {args.base_url} with scripts/record.py",
        "request": {"method": method, "path": path, "query": pairs(args.query), "body": scrub(body, token)},
        "status": response.status_code,
        "response": scrub(payload, token),
    }
    out = ROOT / "tests/recordings" / f"{args.operation}__{args.case}.json"
    out.write_text(json.dumps(recording, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out.relative_to(ROOT)} (HTTP {response.status_code})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
