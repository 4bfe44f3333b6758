"""The README's count of recordings by source: `python scripts/recording_counts.py [--write]`.

Prints the block, or with `--write` puts it between the README's `recordings` markers; the tests
fail when the README's block is not what this writes (`make generate` runs it with `--write`).
A recording's `source` says where its values come from: `docs` (an example of A2E's docs),
`observed` (a body seen in public code), `live` (recorded from A2E), `constructed` (made up from
the field facts). Its case name starts with that source word, or with `as-<source>-` when it is a
constructed one shaped like what that source shows.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDINGS = ROOT / "tests" / "recordings"
README = ROOT / "README.md"
START, END = "<!-- recordings:start -->", "<!-- recordings:end -->"
INDENT = "   "
"""The block sits in a numbered list item of the README."""
SOURCES = {
    "live": "recorded from A2E",
    "docs": "examples of A2E's docs",
    "observed": "bodies seen in public code",
    "constructed": "made up from the field facts",
}


def counts() -> Counter[str]:
    return Counter(json.loads(path.read_text())["source"] for path in RECORDINGS.glob("*.json"))


def block() -> str:
    found = counts()
    parts = [f"{found[source]} {words} ({source})" for source, words in SOURCES.items() if found[source]]
    total = sum(found.values())
    return f"{START}\n{INDENT}{total} recordings: {', '.join(parts)}.\n{INDENT}{END}"


def with_block(readme: str) -> str:
    head, start, rest = readme.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise SystemExit(f"README.md has no {START} ... {END} block")
    return head + block() + tail


if __name__ == "__main__":
    if "--write" in sys.argv[1:]:
        README.write_text(with_block(README.read_text()))
    else:
        print(block())
