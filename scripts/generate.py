"""Generate the client package from openapi/a2e.yaml: `python scripts/generate.py OUTPUT_DIR`.

Runs the pinned openapi-python-client with overlays/templates, after writing the spec facts the
templates read (`_facts.jinja`, see spec_facts.py) into a temporary copy of that folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from spec_facts import all_facts, jinja_literal

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "a2e.yaml"
TEMPLATES = ROOT / "overlays" / "templates"


def generate(output: Path) -> None:
    facts = all_facts(yaml.safe_load(SPEC.read_text()))
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


if __name__ == "__main__":
    target = Path(sys.argv[1])
    if target.exists():
        shutil.rmtree(target)
    generate(target)
