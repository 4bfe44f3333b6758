"""The README keeps its promises: its Python examples run against the sandbox and print what they
say, they and a sample of naturally written scripts (tests/samples/) pass pyright in strict mode,
and its tables name every group and the real MCP tool counts."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from a2e._catalog import groups
from a2e.mcp._tools import build_tools
from a2e.sandbox import Sandbox
from conftest import ROOT

README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)
SAMPLES = sorted((ROOT / "tests" / "samples").glob("*.py"))
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A fresh one per example: each starts from the documented balance."""
    with Sandbox(job_seconds=0.5) as running:
        yield running


def run_script(code: str, sandbox: Sandbox, folder: Path) -> subprocess.CompletedProcess[str]:
    script = folder / "example.py"
    script.write_text(code)
    env = {**os.environ, "A2E_BASE_URL": sandbox.url, "A2E_API_KEY": "sk_readme"}
    done: subprocess.CompletedProcess[str] = subprocess.run(
        [sys.executable, str(script)], cwd=folder, env=env, capture_output=True, text=True, timeout=60
    )
    return done


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_every_python_example_runs_and_prints_what_it_says(code: str, sandbox: Sandbox, tmp_path: Path) -> None:
    done = run_script(code, sandbox, tmp_path)
    assert done.returncode == 0, done.stderr
    for promised in re.findall(r"# prints: (.+)$", code, re.M):
        assert promised.strip() in done.stdout.splitlines(), (promised, done.stdout)


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_every_sample_script_runs(sample: Path, sandbox: Sandbox, tmp_path: Path) -> None:
    done = run_script(sample.read_text(), sandbox, tmp_path)
    assert done.returncode == 0, done.stderr


def test_examples_and_samples_pass_pyright_strict(tmp_path: Path) -> None:
    """What a user's IDE says: no `Unset` to narrow, no Optional on a field the server always sends."""
    assert PYRIGHT.exists(), "run `make install` (npm ci) first"
    for index, code in enumerate(BLOCKS):
        (tmp_path / f"readme_{index}.py").write_text(code)
    for sample in SAMPLES:
        (tmp_path / sample.name).write_text(sample.read_text())
    (tmp_path / "pyrightconfig.json").write_text(
        '{"typeCheckingMode": "strict", "pythonVersion": "3.11", "reportMissingModuleSource": false}'
    )
    done = subprocess.run(
        [str(PYRIGHT), "--pythonpath", sys.executable],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout
    assert "0 errors" in done.stdout


def test_the_group_table_lists_every_group() -> None:
    listed = set(re.findall(r"^\| `(\w+)` \|", README, re.M))
    assert sorted(set(groups()) - listed) == []


def test_the_mcp_tool_counts_are_the_real_ones() -> None:
    every = build_tools(list(groups()), allow_delete=False)
    assert f"{len(every)} tools for all {len(groups())} groups" in README
    for group, count in re.findall(r"`(\w+)` (\d+)", README.split("Tools per group")[1].split("An example session")[0]):
        tools = [t for t in build_tools([group], allow_delete=False) if not t.name.startswith("a2e_")]
        assert len(tools) == int(count), group
