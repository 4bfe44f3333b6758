"""Generate the client package from openapi/a2e.yaml: `python scripts/generate.py OUTPUT_DIR`.

Runs the pinned openapi-python-client, in this process, with overlays/templates, after writing the
spec facts the templates read (`_facts.jinja`, see spec_facts.py) into a temporary copy of that folder; copies the
modules that do not depend on the spec (`overlays/templates/*.py`) into the package as they are; then
writes `operations.json` (texts and example replies for the CLI, the MCP server and the sandbox)
and `replies.json` (each reply's `data` schema, for the sandbox to answer as the spec says).
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spec_facts import (
    ASYNC_SPLIT,
    PARAMS_SPLIT,
    Spec,
    all_facts,
    group_of,
    jinja_literal,
    python_name,
    request_body_schema,
)
from spec_reader import SPEC, load

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "overlays" / "templates"
CONSTANT_MODULES = ("types.py", "descriptors.py")
"""Modules of the generated package that are the same whatever the spec, kept as real Python in
`overlays/templates/`. `types.py` replaces openapi-python-client 0.29.1's own (UNSET, File, Response;
NamedTuples rather than attrs or dataclasses, which keeps attrs off the client's import path) and adds what the
generated models and resources share: `Record`, the read-only typed view every reply model is, and
`NotGiven`. `descriptors.py` holds the typed operation descriptors the group modules build."""


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


def reply_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """Each operation's 200 `data` as the runtime's schema subset (`Spec.check_schema`), and the
    component its records are (of `data`, a list's items or a page's rows): the sandbox builds
    replies that fit them, and pairs a list with the jobs whose detail reads the same record."""
    spec = Spec(document)
    found: dict[str, Any] = {}
    for operation_id, (_, _, op, _) in spec.operations().items():
        ok = spec.resolve(op["responses"]["200"])
        reply = spec.merged(ok["content"]["application/json"]["schema"])
        data = reply.get("properties", {}).get("data", {})
        pagination = op.get("x-a2e-pagination")
        rows = (
            spec.merged(data).get("properties", {}).get(pagination["rows"], {})
            if pagination and pagination["rows"]
            else data
        )
        ref = rows.get("$ref") or rows.get("items", {}).get("$ref") or ""
        found[operation_id] = {
            "data": spec.check_schema(data),
            "record": ref.rsplit("/", 1)[-1] or None,
            "file": op.get("x-a2e-file-output"),
        }
    return found


def generate(output: Path) -> None:
    document = load()
    facts = all_facts(document)
    with tempfile.TemporaryDirectory() as scratch:
        templates = Path(scratch) / "templates"
        shutil.copytree(TEMPLATES, templates, ignore=shutil.ignore_patterns(*CONSTANT_MODULES))
        (templates / "_facts.jinja").write_text(jinja_literal(facts))
        output.parent.mkdir(parents=True, exist_ok=True)
        render(document, templates, output)
    for name in CONSTANT_MODULES:
        shutil.copyfile(TEMPLATES / name, output / name)
    split_group_modules(output)
    tidy(output)
    text = json.dumps(operation_texts(document), indent=1, sort_keys=True, ensure_ascii=False)
    (output / "operations.json").write_text(text + "\n")
    replies = json.dumps(reply_schemas(document), separators=(",", ":"), sort_keys=True)
    (output / "replies.json").write_text(replies + "\n")


def render(document: dict[str, Any], templates: Path, output: Path) -> None:
    """Run the pinned openapi-python-client in this process, on the document already loaded (its
    CLI would start a second interpreter and parse the spec again, with a pure-Python YAML loader)."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator_config.yaml"),
        MetaType.NONE, SPEC, file_encoding="utf-8", overwrite=False, output_path=output,
    )  # fmt: skip
    data = GeneratorData.from_dict(document, config=config)
    errors: Sequence[GeneratorError] = [data] if isinstance(data, GeneratorError) else ()
    if isinstance(data, GeneratorData):
        with contextlib.redirect_stdout(io.StringIO()):  # its "Generating <folder>" line
            errors = Project(openapi=data, config=config, custom_template_path=templates).build()
    if errors:  # warnings included: a skipped endpoint or model is a spec bug, not a detail
        found = "\n".join(f"{error.header}\n  {error.detail or ''}" for error in errors)
        sys.exit(f"openapi-python-client failed:\n{found}")


def split_group_modules(package: Path) -> None:
    """Split each group module in up to three, where its template marks the parts: the sync half stays,
    the start arguments' TypedDicts go to `_params.py` and the async half to `_async.py` beside it.
    openapi-python-client renders one module per tag, and a sync client's first call of a group
    should load neither the async half nor the TypedDicts (each costs about what a call does to build)."""
    for module in sorted((package / "api").glob("*/__init__.py")):
        rest, split, async_half = module.read_text().partition(ASYNC_SPLIT + "\n")
        if not split:
            sys.exit(f"{module}: no async half to split off (the template writes one per group)")
        sync_half, has_params, params = rest.partition(PARAMS_SPLIT + "\n")
        module.write_text(sync_half.rstrip() + "\n")
        if has_params:
            (module.parent / "_params.py").write_text(params.lstrip())
        (module.parent / "_async.py").write_text(async_half.lstrip())


def tidy(package: Path) -> None:
    """The generator's post-hooks, run after the split: drop the imports a half does not use, sort
    them, format. Isolated, with a fixed rule set: the repo's own lint settings must not change
    generated code, and ruff's default rules rewrite `*args: Any` in client.py into something
    mypy --strict rejects."""
    ruff = [sys.executable, "-m", "ruff"]
    for step in (
        [*ruff, "check", "--isolated", "--no-cache", "--fix-only", "--select", "F,I,UP", "--target-version", "py311"],
        [*ruff, "format", "--isolated", "--no-cache", "--line-length", "120"],
    ):
        result = subprocess.run([*step, str(package)], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"{' '.join(step[2:4])} failed on the generated code:\n{result.stdout}{result.stderr}")
    (package / "py.typed").touch()


if __name__ == "__main__":
    target = Path(sys.argv[1])
    if target.exists():
        shutil.rmtree(target)
    generate(target)
