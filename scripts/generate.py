"""Generate the client package from openapi/a2e.yaml: `python scripts/generate.py OUTPUT_DIR`.

Runs the pinned openapi-python-client with overlays/templates, after writing the spec facts the
templates read (`_facts.jinja`, see spec_facts.py) into a temporary copy of that folder; then
writes `examples.json` (each operation's documented reply data, which `a2e sandbox` answers).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from spec_facts import Spec, all_facts, jinja_literal

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "a2e.yaml"
TEMPLATES = ROOT / "overlays" / "templates"


def examples(document: dict[str, Any]) -> dict[str, Any]:
    """operationId -> the `data` of its documented 200 reply: what the sandbox answers by default."""
    spec = Spec(document)
    found = {}
    for operation_id, (_, _, op, _) in spec.operations().items():
        ok = spec.resolve(op["responses"]["200"])
        example = ok["content"]["application/json"].get("example", {})
        found[operation_id] = example.get("data") if isinstance(example, dict) else None
    return found


def generate(output: Path) -> None:
    document = yaml.safe_load(SPEC.read_text())
    facts = all_facts(document)
    with tempfile.TemporaryDirectory() as scratch:
        templates = Path(scratch) / "templates"
        shutil.copytree(TEMPLATES, templates)
        (templates / "_facts.jinja").write_text(jinja_literal(facts))
        output.parent.mkdir(parents=True, exist_ok=True)
        command = [
            "openapi-python-client", "generate", "--path", str(SPEC), "--config", str(ROOT / "generator_config.yaml"),
            "--meta", "none", "--fail-on-warning", "--custom-template-path", str(templates),
            "--output-path", str(output),
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"openapi-python-client failed:\n{result.stdout}{result.stderr}")
    text = json.dumps(examples(document), indent=1, sort_keys=True, ensure_ascii=False)
    (output / "examples.json").write_text(text + "\n")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    if target.exists():
        shutil.rmtree(target)
    generate(target)
