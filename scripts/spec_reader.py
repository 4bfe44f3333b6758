"""The one reader of the bundled spec, `openapi/a2e.yaml`, for every script and the tests.

`operations()` is the one walk over its paths: every script that needs an operation by id, by route
or in order asks it, so they all agree on which methods count and in which order operations come.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "a2e.yaml"
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it (its wheels are): about 5x faster on the spec."""
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
"""The operation keys of an OpenAPI path item, in the order operations are listed."""


def load(path: Path = SPEC) -> dict[str, Any]:
    """The spec document at `path` (by default the bundled `openapi/a2e.yaml`)."""
    document: dict[str, Any] = yaml.load(path.read_bytes(), Loader=YAML_LOADER)
    return document


def operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """operationId -> (METHOD, path, operation, path item), in path order, then method order."""
    return {
        op["operationId"]: (method.upper(), path, op, item)
        for path, item in (document.get("paths") or {}).items()
        for method in HTTP_METHODS
        if isinstance(op := item.get(method), dict) and "operationId" in op
    }
