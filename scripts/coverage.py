"""Print how much of A2E's catalog and of the docs' sidebar the spec covers, and how well.

For every operation: whether the spec has it, where its request and response facts come from
(`x-a2e-source`), and which recordings back it (docs / observed / live / constructed). Then the
sidebar operations that have no known path, with the reason, and the totals.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from spec_reader import load, operations

ROOT = Path(__file__).resolve().parent.parent
STRONG_SOURCES = ("docs", "observed", "live")


def route(method: str, path: str) -> tuple[str, str]:
    """The key an operation is matched by: its method and path with parameter names erased.

    The catalog writes `{_id}` or `{id}`; the spec names every path id `{id}`. Names are not on the wire.
    """
    return (method.upper(), re.sub(r"\{[^}]*\}", "{}", path))


def spec_operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {route(method, path): op for method, path, op, _ in operations(spec).values()}


def recording_sources(recordings_dir: Path) -> dict[str, Counter[str]]:
    sources: dict[str, Counter[str]] = {}
    for file in recordings_dir.glob("*.json"):
        recording = json.loads(file.read_text())
        sources.setdefault(recording["operation"], Counter())[recording["source"]] += 1
    return sources


def describe(op: dict[str, Any] | None, sources: dict[str, Counter[str]]) -> str:
    if op is None:
        return "MISSING from the spec"
    source = op.get("x-a2e-source", {})
    recorded = sources.get(op["operationId"], Counter())
    recs = ", ".join(f"{n} {kind}" for kind, n in sorted(recorded.items())) or "none"
    flags = " [deprecated]" if op.get("deprecated") else ""
    flags += " [inferred]" if source.get("inferred") else ""
    return (
        f"{op['operationId']}{flags}\n      request: {source.get('request', '?')}\n"
        f"      response: {source.get('response', '?')}\n      recordings: {recs}"
    )


def report(root: Path = ROOT) -> tuple[str, bool]:
    """The coverage report, and whether every sidebar operation with a known path is covered."""
    spec = load(root / "openapi/a2e.yaml")
    ops = spec_operations(spec)
    sources = recording_sources(root / "tests/recordings")
    reference = root / "openapi/reference"
    catalog = [json.loads(line) for line in (reference / "catalog-operations.jsonl").read_text().splitlines() if line]
    sidebar = json.loads((reference / "seed-sidebar-map.json").read_text())
    lines: list[str] = []
    covered: Counter[str] = Counter()

    lines.append("== Docs sidebar (the seed scope) ==")
    unknown_paths = []
    for entry in sidebar:
        if not entry["path"]:
            unknown_paths.append(entry)
            continue
        op = ops.get(route(entry["method"], entry["path"]))
        covered["sidebar in spec" if op else "sidebar missing"] += 1
        lines.append(f"  {entry['method']:6} {entry['path']}  ({entry['sidebar']})\n    {describe(op, sources)}")

    lines.append("\n== Sidebar operations with no known path (not guessed) ==")
    lines.extend(f"  {e['method']:6} {e['sidebar']}: {e['evidence']}" for e in unknown_paths)

    lines.append("\n== Catalog operations ==")
    for entry in catalog:
        op = ops.get(route(entry["method"], entry["path"]))
        covered["catalog in spec" if op else "catalog missing"] += 1
        lines.append(f"  [{entry['group']}] {entry['method']:6} {entry['path']}\n    {describe(op, sources)}")

    catalog_keys = {route(e["method"], e["path"]) for e in catalog}
    sidebar_keys = {route(e["method"], e["path"]) for e in sidebar if e["path"]}
    extra = sorted(set(ops) - catalog_keys - sidebar_keys)
    lines.append("\n== In the spec, in neither list (variants kept from public code) ==")
    lines.extend(f"  {m:6} {p}\n    {describe(ops[(m, p)], sources)}" for m, p in extra)

    empty: Counter[str] = Counter()
    strong = sum(1 for op in ops.values() if any(sources.get(op["operationId"], empty)[k] for k in STRONG_SOURCES))
    recorded = sum(1 for op in ops.values() if op["operationId"] in sources)
    lines.append(
        "\n== Totals ==\n"
        f"  spec operations: {len(ops)}\n"
        f"  catalog: {covered['catalog in spec']} of {len(catalog)} in the spec\n"
        f"  sidebar: {covered['sidebar in spec']} of {len(sidebar) - len(unknown_paths)} with a known path "
        f"in the spec; {len(unknown_paths)} have no known path\n"
        f"  recordings: {recorded} of {len(ops)} operations have one; "
        f"{strong} have a docs, observed or live recording"
    )
    return "\n".join(lines), covered["sidebar missing"] == 0


if __name__ == "__main__":
    text, complete = report()
    print(text)
    sys.exit(1 if "--strict" in sys.argv and not complete else 0)
