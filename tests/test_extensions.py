"""The spec's `x-a2e-*` extensions: each has a JSON Schema in openapi/extensions/, and every use validates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from conftest import ROOT, spec

EXTENSIONS_DIR = ROOT / "openapi" / "extensions"
SCHEMAS = {
    path.name.removesuffix(".schema.json"): json.loads(path.read_text()) for path in EXTENSIONS_DIR.glob("*.json")
}


def uses(node: Any, where: str = "") -> Iterator[tuple[str, str, Any]]:
    """Every `x-a2e-*` key in the spec: (its location, its name, its value)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith("x-a2e-"):
                yield where, key, value
            else:
                yield from uses(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from uses(value, f"{where}/{index}")


USES = list(uses(spec()))


def test_every_extension_schema_is_a_valid_json_schema() -> None:
    assert SCHEMAS, "no extension schemas found"
    for schema in SCHEMAS.values():
        jsonschema.Draft202012Validator.check_schema(schema)


def test_every_extension_in_the_spec_has_a_schema() -> None:
    assert sorted({name for _, name, _ in USES} - set(SCHEMAS)) == []


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_use_of_the_extension_validates(name: str) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMAS[name])
    failures = [
        f"{where}: {error.message}"
        for where, key, value in USES
        if key == name
        for error in validator.iter_errors(value)
    ]
    assert failures == []


def test_extensions_are_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    assert [name for name in SCHEMAS if f"`{name}`" not in readme] == []
