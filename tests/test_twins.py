"""The hand-written sync and async twins are checked against each other, as httpcore's unasync check does.

`A2E`/`AsyncA2E`, their runners and `Files`/`AsyncFiles` are written twice, once per flavour. For
every method the two share, the functions each calls (by name, with the flavour's own spellings
mapped to the sync one: `aread_body` is `read_body`) and the names it logs and raises must be the
same, so a behaviour added to one twin (a retry log, a check) and forgotten in the other fails here.
What differs on purpose is listed per method in FLAVOUR_ONLY, with why.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

OVERLAY = ROOT / "overlays" / "a2e"
PAIRS = [
    ("_base_client.py", "SyncRunner", "_base_client.py", "AsyncRunner"),
    ("_client.py", "A2E", "_client.py", "AsyncA2E"),
    ("_files.py", "Files", "_files.py", "AsyncFiles"),
]
ASYNC_SPELLINGS = {
    "aread_body": "read_body",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "achunks": "chunks",
    "aclose": "close",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "AsyncFiles": "Files",
    "AsyncRunner": "SyncRunner",
    "AsyncA2E": "A2E",
    "AsyncResources": "Resources",
    "AsyncClient": "Client",
    "pause_async": "pause",
}
FLAVOUR_ONLY: dict[str, set[str]] = {
    # The sync transport bounds each socket operation by a contextvar deadline; the async client
    # wraps the attempt in anyio.fail_after (a timeout there becomes httpx's ReadTimeout).
    "send": {"DEADLINE.set", "DEADLINE.reset", "fail_after", "ReadTimeout"},
    "upload": {"DEADLINE.set", "DEADLINE.reset", "monotonic", "fail_after"},
    # The sync client's own transport carries that deadline; the async one has an in-flight limit.
    "__init__": {"deadline_transport", "CapacityLimiter", "max"},
}


def methods(file: str, cls: str) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse((OVERLAY / file).read_text())
    (node,) = (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls)
    return {
        ASYNC_SPELLINGS.get(f.name, f.name): f
        for f in node.body
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        inner = ASYNC_SPELLINGS.get(dotted(node.value), dotted(node.value))
        return f"{inner}.{node.attr}" if inner.isupper() else node.attr  # keep `DEADLINE.set`, drop `self.http`
    if isinstance(node, ast.Name):
        return node.id
    return ""


def called(function: ast.AST) -> set[str]:
    """What `function` calls, raises and logs, in sync spellings."""
    names: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            name = dotted(node.func)
            if name:
                names.add(ASYNC_SPELLINGS.get(name, name))
    return names


@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: pair[1])
def test_the_twins_have_the_same_methods(pair: tuple[str, str, str, str]) -> None:
    sync_file, sync_cls, async_file, async_cls = pair
    assert methods(sync_file, sync_cls).keys() == methods(async_file, async_cls).keys()


@pytest.mark.parametrize(("pair", "method"), [(p, m) for p in PAIRS for m in sorted(methods(p[0], p[1]))])
def test_each_method_calls_what_its_twin_calls(pair: tuple[str, str, str, str], method: str) -> None:
    sync_file, sync_cls, async_file, async_cls = pair
    sync_calls = called(methods(sync_file, sync_cls)[method])
    async_calls = called(methods(async_file, async_cls)[method])
    allowed = FLAVOUR_ONLY.get(method, set())
    assert sync_calls - allowed == async_calls - allowed, (
        f"{sync_cls}.{method}: only sync {sorted(sync_calls - async_calls - allowed)}, "
        f"only async {sorted(async_calls - sync_calls - allowed)}"
    )


def test_the_check_finds_a_call_one_twin_lost(tmp_path: Path) -> None:
    sync = ast.parse("def send(self):\n    log_retry(1)\n    retry_delay(0)\n")
    lost = ast.parse("async def send(self):\n    await retry_delay(0)\n")
    assert called(sync) - called(lost) == {"log_retry"}
