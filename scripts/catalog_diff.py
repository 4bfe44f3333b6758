"""`make catalog-diff CATALOG=<file>`: what a new A2E catalog says that the spec does not (yet).

    python scripts/catalog_diff.py NEW.jsonl [--reference OLD.jsonl]

NEW is a catalog in the JSON Lines format of `openapi/reference/catalog-operations.jsonl` (one
operation per line: `/work/shared/a2e-reference/catalog/FORMAT.md`). It is compared with the spec's
sources (`openapi/src/`, bundled on the fly) and reports:

- operations added, removed (a catalog operation of the spec that NEW no longer has), renamed (the
  same path with another method, or the same catalog id at another path), and catalog ids changed;
- per operation: fields (parameters and body fields) added, removed, retyped, newly required or no
  longer required, new or removed allowed values, changed defaults and limits; response statuses
  added; a new `async_task` flag with no `x-a2e-task`.

Path parameters are matched by position (`coverage.route()`), as the catalog names them `_id` or
`id`. A field the operation's `x-a2e-source.notes` names in backticks is a recorded decision: it is
not reported, unless NEW changed that field since the reference catalog (OLD, by default
`openapi/reference/catalog-operations.jsonl`), in which case the note needs a second look.

Each finding names the place to edit: the group file under `openapi/src/groups/`, its line, and
the operationId. Findings are split into what changed since the reference catalog and what the spec
already lacked against it. The exit status is 1 when the spec is behind NEW in any way (2 on bad
input), so a maintainer, or CI, sees an API change.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from bundle import SOURCE, bundle
from coverage import route
from spec_reader import operations

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "openapi" / "reference" / "catalog-operations.jsonl"
GROUPS_DIR = SOURCE / "groups"
LIMITS = {  # catalog key -> spec schema key
    "default": "default",
    "min": "minimum",
    "max": "maximum",
    "max_length": "maxLength",
    "min_items": "minItems",
    "max_items": "maxItems",
}
Key = tuple[str, str]


def load_catalog(path: Path) -> list[dict[str, Any]]:
    entries = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"catalog-diff: {path}:{number}: not JSON: {exc}") from None
        missing = {"method", "path", "operation_id"} - set(entry)
        if missing:
            raise SystemExit(f"catalog-diff: {path}:{number}: no {', '.join(sorted(missing))}")
        entry.setdefault("params", [])
        entry.setdefault("body_fields", [])
        entries.append(entry)
    return entries


# --- the spec side ------------------------------------------------------------------------------------------


@dataclass
class SpecOp:
    operation_id: str
    method: str
    path: str
    body: dict[str, Any]
    item: dict[str, Any]
    file: Path
    line: int

    @property
    def location(self) -> Location:
        return Location(str(self.file.relative_to(ROOT)), self.line, self.operation_id)

    @property
    def notes(self) -> str:
        return " ".join(self.body.get("x-a2e-source", {}).get("notes", []))


def spec_operations(source: Path = SOURCE) -> tuple[dict[str, Any], dict[Key, SpecOp], dict[str, str]]:
    """The bundled spec, its operations by route (with the group file and line), and tag -> group file."""
    document = bundle(source)
    where: dict[str, tuple[Path, int]] = {}
    tag_files: dict[str, str] = {}
    for file in sorted((source / "groups").glob("*.yaml")):
        text = file.read_text()
        group = yaml.safe_load(text) or {}
        tag_files[group.get("tag", {}).get("name", "")] = str(file.relative_to(ROOT))
        for number, line in enumerate(text.splitlines(), 1):
            match = re.match(r"\s*operationId:\s*['\"]?(\w+)", line)
            if match:
                where[match.group(1)] = (file, number)
    ops: dict[Key, SpecOp] = {}
    for operation_id, (method, path, op, item) in operations(document).items():
        file, number = where.get(operation_id, (source / "a2e.yaml", 1))
        ops[route(method, path)] = SpecOp(operation_id, method, path, op, item, file, number)
    return document, ops, tag_files


class Resolver:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def deref(self, node: Any) -> Any:
        for _ in range(50):
            if not (isinstance(node, dict) and "$ref" in node):
                break
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
        return node

    def flatten(self, schema: Any) -> tuple[dict[str, Any], set[str]]:
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return {}, set()
        properties: dict[str, Any] = dict(schema.get("properties", {}))
        required = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            more, more_required = self.flatten(part)
            properties.update(more)
            required |= more_required
        return properties, required

    def fields(self, op: SpecOp) -> dict[tuple[str, str], tuple[dict[str, Any], bool]]:
        """(where, name) -> (schema, required) for every parameter and body field; path ids as ("path", "#<n>")."""
        found: dict[tuple[str, str], tuple[dict[str, Any], bool]] = {}
        path_names = re.findall(r"\{([^}]*)\}", op.path)
        for param in [self.deref(p) for p in [*op.item.get("parameters", []), *op.body.get("parameters", [])]]:
            schema = self.deref(param.get("schema", {}))
            if param.get("in") == "path" and param.get("name") in path_names:
                found[("path", f"#{path_names.index(param['name'])}")] = (schema, True)
            else:
                found[(param.get("in", "query"), param.get("name", ""))] = (schema, bool(param.get("required")))
        content = self.deref(op.body.get("requestBody", {})).get("content", {})
        for media in content.values():
            properties, required = self.flatten(media.get("schema"))
            for name, schema in properties.items():
                found[("body", name)] = (self.deref(schema), name in required)
            break
        return found


# --- comparing -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Location:
    """The group file, line and operationId to edit (only the group file for a new operation)."""

    file: str
    line: int = 0
    operation: str = ""

    def __str__(self) -> str:
        return f"{self.file}:{self.line} {self.operation}" if self.operation else self.file


@dataclass(frozen=True)
class Finding:
    location: Location
    message: str
    changed: bool
    """True: NEW differs from the reference catalog here (A2E changed it); False: the spec lacked it already."""


def catalog_fields(entry: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    path_names = re.findall(r"\{([^}]*)\}", entry["path"])
    for param in entry.get("params", []):
        where = param.get("in", "query")
        if where == "path" and param["name"] in path_names:
            found[("path", f"#{path_names.index(param['name'])}")] = param
        else:
            found[(where, param["name"])] = param
    for body_field in entry.get("body_fields", []):
        found[("body", body_field["name"])] = body_field
    return found


def facts(catalog_field: dict[str, Any] | None) -> dict[str, Any] | None:
    """The facts of a catalog field that the spec must carry (notes, examples and names are not)."""
    if catalog_field is None:
        return None
    keys = ["type", "required", "items", "allowed", *LIMITS]
    return {key: catalog_field[key] for key in keys if key in catalog_field}


def spec_types(schema: dict[str, Any]) -> set[str]:
    types = schema.get("type")
    if types is None and "const" in schema:
        types = type(schema["const"]).__name__
    return set(types if isinstance(types, list) else [types]) - {None}


def describe(catalog_field: dict[str, Any]) -> str:
    text = str(catalog_field.get("type", "?"))
    if catalog_field.get("items"):
        text += f" of {catalog_field['items']}"
    text += ", required" if catalog_field.get("required") else ", optional"
    for key in ("allowed", *LIMITS):
        if key in catalog_field:
            text += f", {key} {json.dumps(catalog_field[key])}"
    return text


def field_label(key: tuple[str, str]) -> str:
    where, name = key
    if where == "path":
        return f"path parameter {int(name[1:]) + 1}"
    return f"body field `{name}`" if where == "body" else f"{where} parameter `{name}`"


def compare_field(
    new: dict[str, Any], schema: dict[str, Any], required: bool, before: dict[str, Any] | None = None
) -> list[str]:
    """How the spec's schema differs from the catalog field's facts.

    A limit the spec has and the catalog never set (the shared 200-id cap of batch details,
    documented elsewhere) is not a difference; one the catalog had and has now dropped is.
    """
    out = []
    types = spec_types(schema)
    kind = new.get("type")
    widened = kind == "number" and "integer" in types
    if kind and types and kind not in types and not widened:
        out.append(f"retyped: the catalog says {kind}, the spec {'/'.join(sorted(types))}")
    if new.get("required", False) and not required:
        out.append("newly required")
    elif required and not new.get("required", False):
        out.append("no longer required")
    if new.get("items"):
        item_types = spec_types(schema.get("items", {}) if isinstance(schema.get("items"), dict) else {})
        if item_types and new["items"] not in item_types:
            out.append(f"items retyped: the catalog says {new['items']}, the spec {'/'.join(sorted(item_types))}")
    if "allowed" in new:
        spec_enum = schema.get("enum")
        if spec_enum is None:
            out.append(f"now restricted to {json.dumps(new['allowed'])}")
        else:
            added = [v for v in new["allowed"] if v not in spec_enum]
            removed = [v for v in spec_enum if v not in new["allowed"]]
            if added:
                out.append(f"new allowed values {json.dumps(added)}")
            if removed:
                out.append(f"allowed values removed {json.dumps(removed)}")
    elif "enum" in schema:
        out.append(f"no longer restricted (the spec allows only {json.dumps(schema['enum'])})")
    for key, spec_key in LIMITS.items():
        if key in new and schema.get(spec_key) != new[key]:
            out.append(
                f"{key} changed: the catalog says {json.dumps(new[key])}, the spec {json.dumps(schema.get(spec_key))}"
            )
        elif key not in new and spec_key in schema and key != "default" and key in (before or {}):
            out.append(f"{key} dropped: the catalog sets none, the spec {json.dumps(schema[spec_key])}")
    return out


@dataclass
class Diff:
    findings: list[Finding] = field(default_factory=list)
    compared: int = 0

    def add(self, location: Location, message: str, changed: bool) -> None:
        self.findings.append(Finding(location, message, changed))


def diff(new_catalog: list[dict[str, Any]], reference_catalog: list[dict[str, Any]], source: Path = SOURCE) -> Diff:
    document, ops, tag_files = spec_operations(source)
    resolver = Resolver(document)
    reference = {route(e["method"], e["path"]): e for e in reference_catalog}
    reference_by_id = {e["operation_id"]: e for e in reference_catalog}
    result = Diff()

    def catalog_id(op: SpecOp) -> str | None:
        explicit = op.body.get("x-a2e-catalog-id")
        if explicit:
            return str(explicit)
        old = reference.get(route(op.method, op.path))
        return None if old is None else str(old["operation_id"])

    spec_by_catalog_id = {cid: op for op in ops.values() if (cid := catalog_id(op))}
    group_files = Counter[tuple[str, str]]()
    for op in ops.values():
        cid = catalog_id(op)
        if cid and cid in reference_by_id:
            group_files[(reference_by_id[cid].get("group", ""), str(op.file.relative_to(ROOT)))] += 1

    def group_file(group: str) -> Location:
        files = [(n, f) for (g, f), n in group_files.items() if g == group]
        if files:
            return Location(max(files)[1])
        for tag, file in tag_files.items():
            if tag.lower() == group.lower():
                return Location(file)
        snake = re.sub(r"[^a-z0-9]+", "_", group.lower()).strip("_")
        return Location(f"{GROUPS_DIR.relative_to(ROOT)}/{snake}.yaml (a new group)")

    matched: dict[Key, dict[str, Any]] = {}
    by_path: dict[str, list[Key]] = {}
    for key in ops:
        by_path.setdefault(key[1], []).append(key)
    new_keys = {route(e["method"], e["path"]) for e in new_catalog}
    for entry in new_catalog:
        key = route(entry["method"], entry["path"])
        label = f"{entry['method']} {entry['path']} (catalog {entry['operation_id']})"
        changed = reference.get(key) != entry
        if key in ops:
            matched[key] = entry
            continue
        same_id = spec_by_catalog_id.get(entry["operation_id"])
        if same_id is not None and route(same_id.method, same_id.path) not in new_keys:
            matched[route(same_id.method, same_id.path)] = entry
            result.add(
                same_id.location,
                f"renamed: catalog {entry['operation_id']} moved from {same_id.method} {same_id.path} "
                f"to {entry['method']} {entry['path']}",
                changed,
            )
            continue
        other_methods = [
            k for k in by_path.get(key[1], []) if k not in new_keys and k not in matched and catalog_id(ops[k])
        ]
        if other_methods:
            old = ops[other_methods[0]]
            matched[other_methods[0]] = entry
            message = f"renamed: {old.method} {old.path} is now {entry['method']} (catalog {entry['operation_id']})"
            result.add(old.location, message, changed)
            continue
        result.add(group_file(entry.get("group", "")), f"operation added: {label}", changed)

    for key, op in sorted(ops.items()):
        cid = catalog_id(op)
        if key not in matched and cid is not None:
            result.add(op.location, f"operation removed: the catalog no longer has {cid} ({op.method} {op.path})", True)

    for key, entry in sorted(matched.items()):
        result.compared += 1
        before = reference.get(key) or reference_by_id.get(entry["operation_id"])
        compare_operation(ops[key], entry, before, resolver, result)
    return result


def compare_operation(
    op: SpecOp, entry: dict[str, Any], old: dict[str, Any] | None, resolver: Resolver, result: Diff
) -> None:
    explicit = op.body.get("x-a2e-catalog-id")
    if explicit is None:
        result.add(op.location, f"x-a2e-catalog-id missing: add `x-a2e-catalog-id: {entry['operation_id']}`", False)
    elif explicit != entry["operation_id"]:
        changed = old is None or old["operation_id"] != entry["operation_id"]
        result.add(op.location, f"catalog id changed: {explicit} is now {entry['operation_id']}", changed)
    if entry.get("async_task") and "x-a2e-task" not in op.body:
        result.add(op.location, "the catalog says it starts a job: add `x-a2e-task`", not (old or {}).get("async_task"))
    statuses = {str(r["status"]) for r in entry.get("responses", []) if "status" in r}
    missing = sorted(statuses - set(op.body.get("responses", {})))
    if missing:
        old_statuses = {str(r["status"]) for r in (old or {}).get("responses", []) if "status" in r}
        result.add(op.location, f"response status added: {', '.join(missing)}", bool(set(missing) - old_statuses))

    notes = op.notes
    spec_fields = resolver.fields(op)
    new_fields, old_fields = catalog_fields(entry), catalog_fields(old or {"path": entry["path"]})
    for key in sorted(set(new_fields) | set(old_fields)):
        new, before = new_fields.get(key), old_fields.get(key)
        changed = facts(new) != facts(before)
        noted = key[0] != "path" and f"`{key[1]}`" in notes
        if noted and not changed:
            continue  # a recorded decision, and the catalog did not move
        suffix = " (its note in x-a2e-source was written against the old catalog: review it)" if noted else ""
        label = field_label(key)
        spec_field = spec_fields.get(key)
        if new is None:
            if spec_field is not None:
                result.add(op.location, f"{label} removed from the catalog{suffix}", True)
            continue
        if spec_field is None:
            result.add(op.location, f"{label} added ({describe(new)}){suffix}", changed)
            continue
        for difference in compare_field(new, *spec_field, before):
            result.add(op.location, f"{label}: {difference}{suffix}", changed)


# --- the report -----------------------------------------------------------------------------------------------


def report(result: Diff, catalog: Path, reference: Path, entries: int) -> str:
    lines = [
        f"catalog-diff: {catalog} ({entries} operations) against the spec (openapi/src/); "
        f"{result.compared} operations matched"
    ]
    for changed, title in (
        (True, f"Changed since the reference catalog ({reference.name}): A2E's API moved"),
        (False, "Already behind the reference catalog (not new; `make coverage` lists them too)"),
    ):
        group = sorted({f for f in result.findings if f.changed is changed}, key=lambda f: (f.location, f.message))
        if group:
            lines.append(f"\n== {title}: {len(group)} ==")
            previous = None
            for finding in group:
                if finding.location != previous:
                    lines.append(f"  {finding.location}")
                    previous = finding.location
                lines.append(f"    - {finding.message}")
    new = sum(1 for f in result.findings if f.changed)
    if result.findings:
        lines.append(
            f"\ncatalog-diff: the spec is behind: {len(result.findings)} findings ({new} changed in this catalog). "
            "Edit the group files named above (README: 'When A2E changes its API')."
        )
    else:
        lines.append("\ncatalog-diff: the spec is up to date with this catalog")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("catalog", type=Path, help="the new catalog (JSON Lines)")
    parser.add_argument("--reference", type=Path, default=REFERENCE, help="the catalog the spec was written from")
    args = parser.parse_args(argv)
    for path in (args.catalog, args.reference):
        if not path.is_file():
            print(f"catalog-diff: {path}: no such file", file=sys.stderr)
            return 2
    new_catalog = load_catalog(args.catalog)
    result = diff(new_catalog, load_catalog(args.reference))
    print(report(result, args.catalog, args.reference, len(new_catalog)))
    return 1 if result.findings else 0


if __name__ == "__main__":
    sys.exit(main())
