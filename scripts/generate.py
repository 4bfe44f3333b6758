"""Generate the client package from openapi/a2e.yaml: `python scripts/generate.py OUTPUT_DIR`.

Runs the pinned openapi-python-client with overlays/templates, after writing the spec facts the
templates read (`_facts.jinja`, see spec_facts.py) into a temporary copy of that folder; then
writes `operations.json` (texts and example replies for the CLI, the MCP server and the sandbox).
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
from spec_facts import Spec, all_facts, group_of, jinja_literal, python_name, request_body_schema

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "a2e.yaml"
TEMPLATES = ROOT / "overlays" / "templates"


def operation_texts(document: dict[str, Any]) -> dict[str, Any]:
    """Each group's description, and each operation's summary, description, argument descriptions
    and the `data` of its documented 200 reply: what the CLI's help, the MCP tools and the sandbox read."""
    spec = Spec(document)
    found: dict[str, Any] = {}
    for operation_id, (_, _, op, item) in spec.operations().items():
        ok = spec.resolve(op["responses"]["200"])
        example = ok["content"]["application/json"].get("example", {})
        arguments: dict[str, Any] = {}
        for param in [spec.resolve(p) for p in item.get("parameters", []) + op.get("parameters", [])]:
            arguments[python_name(param["name"])] = {"description": param.get("description", "")}
        body = request_body_schema(spec, op) or {}
        for name, schema in body.get("properties", {}).items():
            resolved = spec.merged(schema)
            arguments[python_name(name)] = {"description": resolved.get("description", "")}
        found[operation_id] = {
            "summary": op.get("summary", ""),
            "description": op.get("description", ""),
            "arguments": arguments,
            "example": example.get("data") if isinstance(example, dict) else None,
        }
    groups = {group_of(tag["name"]): tag.get("description", "") for tag in document.get("tags", [])}
    return {"groups": groups, "operations": found}


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
    text = json.dumps(operation_texts(document), indent=1, sort_keys=True, ensure_ascii=False)
    (output / "operations.json").write_text(text + "\n")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    if target.exists():
        shutil.rmtree(target)
    generate(target)
