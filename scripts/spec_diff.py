"""`make spec-diff BASE=<git ref>`: what changed in our spec since BASE, breaking or not for Python callers.

    python scripts/spec_diff.py BASE [--changelog]

Compares the spec at BASE (its `openapi/src/` bundled, or its `openapi/a2e.yaml` before the split)
with the work tree's `openapi/src/`, operation by operation, and classifies every change for a
caller of the generated client (`client.<group>.<method>(...)`):

- breaking: an operation removed or renamed (its operationId, hence the method, changed; or its
  tag, hence the group); an argument (parameter or body field) removed, newly required, or
  narrowed (a type, an enum, a limit); a reply field removed, no longer always there, or widened
  (a type that may now be null or another type); a reply's `data` typed differently;
- not breaking: additions (operations, optional arguments, reply fields), widened arguments,
  relaxed limits, new error statuses, deprecations, changed defaults and routes.

Where it disagrees with Optic 1.0.9 (`optic diff`, its breaking-change rules), and why
(tests/test_spec_diff.py has a case of each):

- A documented status removed or narrowed (`5XX` replaced by `500`) is breaking, as Optic says:
  the Python client maps any 5xx to `InternalServerError` whatever is documented, but the spec is
  also what other languages generate from, and their typed clients lose the branch of every status
  no longer listed (orval and openapi-typescript type replies per status). Moving a code into a
  range that covers it (`500` into `5XX`) is not breaking.
- A new or narrowed limit on an argument (`maximum`, `maxLength`, an `enum` value removed) is
  breaking, though Optic lets it pass: the client checks arguments against the spec before
  sending, so a call that worked raises `ArgumentValueError` now.
- A reply field whose type changes or widens (now nullable, another type), or a reply `data`
  typed differently, is breaking, though Optic lets it pass: the generated record's field type
  changes (`str` becomes `str | None`), which breaks type-checked code and, with a new type, the
  parse of the reply.

The summary suggests the version bump (0.x: a breaking change bumps the minor version, anything
else the patch; from 1.0 on: major, minor) and, with `--changelog`, prints a CHANGELOG.md entry.
Exit status 0, or 2 when BASE cannot be read.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from bundle import SOURCE, bundle
from coverage import route
from spec_reader import operations

ROOT = Path(__file__).resolve().parent.parent
LIMITS_NARROWED_BY_RAISING = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
LIMITS_NARROWED_BY_LOWERING = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
MAX_DEPTH = 8


@dataclass(frozen=True, order=True)
class Change:
    breaking: bool
    operation: str
    """`operationId (METHOD /path)`, or `spec` for the document as a whole."""
    message: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'ok      '}  {self.operation}: {self.message}"


# --- loading the two versions -------------------------------------------------------------------------------


def git(*args: str) -> bytes:
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"spec-diff: git {' '.join(args)}: {result.stderr.decode().strip()}")
    return result.stdout


def spec_at(ref: str) -> dict[str, Any]:
    """The bundled spec at a git ref: its `openapi/src/` when it has one, else its `openapi/a2e.yaml`."""
    found = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd=ROOT, capture_output=True, check=False
    )
    if found.returncode != 0:
        raise SystemExit(f"spec-diff: {ref!r} is no commit of this repository")
    commit = found.stdout.decode().strip()
    has_sources = subprocess.run(
        ["git", "cat-file", "-e", f"{commit}:openapi/src/a2e.yaml"], cwd=ROOT, capture_output=True, check=False
    )
    if has_sources.returncode != 0:
        loaded: dict[str, Any] = yaml.safe_load(git("show", f"{commit}:openapi/a2e.yaml"))
        return loaded
    archive = git("archive", "--format=tar", commit, "openapi/src")
    with tempfile.TemporaryDirectory() as folder, tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
        return bundle(Path(folder) / "openapi" / "src")


# --- schemas reduced to what a caller sees --------------------------------------------------------------------


@dataclass
class Shape:
    """A schema as a caller of the generated client sees it: the types, the allowed values, the limits, the fields."""

    types: set[str] = field(default_factory=set)
    """JSON types, with `null`; empty means untyped (any JSON value)."""
    enum: list[Any] | None = None
    limits: dict[str, Any] = field(default_factory=dict)
    default: Any = None
    has_default: bool = False
    properties: dict[str, Shape] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: Shape | None = None
    name: str | None = None
    """The component it comes from (a generated model's name), if any."""

    @property
    def untyped(self) -> bool:
        return not self.types - {"null"} and not self.properties and self.items is None


class Shaper:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def deref(self, node: Any) -> tuple[Any, str | None]:
        name = None
        for _ in range(50):
            if not (isinstance(node, dict) and "$ref" in node):
                break
            name = node["$ref"].rsplit("/", 1)[-1]
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
        return node, name

    def shape(self, schema: Any, depth: int = 0) -> Shape:
        schema, name = self.deref(schema)
        result = Shape(name=name)
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return result
        types = schema.get("type")
        result.types = set(types if isinstance(types, list) else [types] if types else [])
        if schema.get("nullable"):
            result.types.add("null")
        if "const" in schema:
            result.enum = [schema["const"]]
        if "enum" in schema:
            result.enum = list(schema["enum"])
        if "default" in schema:
            result.default, result.has_default = schema["default"], True
        result.limits = {
            key: schema[key] for key in (*LIMITS_NARROWED_BY_RAISING, *LIMITS_NARROWED_BY_LOWERING) if key in schema
        }
        for key, value in (schema.get("properties") or {}).items():
            result.properties[key] = self.shape(value, depth + 1)
        result.required = set(schema.get("required", []))
        if "items" in schema:
            result.items = self.shape(schema["items"], depth + 1)
        for part in schema.get("allOf", []):
            self.merge(result, self.shape(part, depth + 1), all_of=True)
        parts: list[Any] = schema.get("oneOf") or schema.get("anyOf") or []
        alternatives = [self.shape(part, depth + 1) for part in parts]
        if alternatives:
            union = Shape(name=result.name)
            for index, alternative in enumerate(alternatives):
                self.merge(union, alternative, all_of=False, first=index == 0)
            self.merge(result, union, all_of=True)
        return result

    @staticmethod
    def merge(into: Shape, other: Shape, *, all_of: bool, first: bool = False) -> None:
        if all_of:
            if other.types:
                into.types = into.types & other.types if into.types else set(other.types)
            into.required |= other.required
        else:
            into.types |= other.types
            into.required = set(other.required) if first else into.required & other.required
        into.properties.update(other.properties)
        into.items = into.items or other.items
        into.enum = into.enum if into.enum is not None else other.enum
        into.limits = other.limits | into.limits
        if other.has_default and not into.has_default:
            into.default, into.has_default = other.default, True
        if into.properties and not into.types:
            into.types = {"object"}


# --- comparing ----------------------------------------------------------------------------------------------------


def type_text(shape: Shape) -> str:
    if shape.untyped:
        return "untyped"
    return shape.name or "/".join(sorted(shape.types)) or "object"


def kinds(shape: Shape) -> set[str]:
    """The value kinds a shape admits (`integer` is a kind of `number`)."""
    found = set(shape.types)
    if "number" in found:
        found.add("integer")
    if shape.properties and not found:
        found.add("object")
    return found


def compare_request(label: str, old: Shape, new: Shape, depth: int = 0) -> list[tuple[bool, str]]:
    """An argument the caller sends: narrowing breaks them, widening does not."""
    out: list[tuple[bool, str]] = []
    old_kinds, new_kinds = kinds(old), kinds(new)
    if old.untyped and not new.untyped:
        out.append((True, f"{label}: now typed {type_text(new)} (was any value)"))
    elif new.untyped and not old.untyped:
        out.append((False, f"{label}: now takes any value (was {type_text(old)})"))
    elif old_kinds != new_kinds:
        narrowed = bool(old_kinds - new_kinds)
        verb = "narrowed" if narrowed else "widened"
        out.append((narrowed, f"{label}: type {verb} from {type_text(old)} to {type_text(new)}"))
    if old.enum != new.enum:
        if old.enum is None:
            out.append((True, f"{label}: now restricted to {new.enum}"))
        elif new.enum is None:
            out.append((False, f"{label}: no longer restricted (was {old.enum})"))
        else:
            removed = [v for v in old.enum if v not in new.enum]
            added = [v for v in new.enum if v not in old.enum]
            if removed:
                out.append((True, f"{label}: allowed values removed {removed}"))
            if added:
                out.append((False, f"{label}: allowed values added {added}"))
    for key in sorted(set(old.limits) | set(new.limits)):
        before, after = old.limits.get(key), new.limits.get(key)
        if before == after:
            continue
        if after is None:
            out.append((False, f"{label}: {key} {before} dropped"))
        elif before is None:
            out.append((True, f"{label}: {key} {after} added"))
        else:
            raising = key in LIMITS_NARROWED_BY_RAISING
            narrowed = after > before if raising else after < before
            out.append((narrowed, f"{label}: {key} {'narrowed' if narrowed else 'relaxed'} from {before} to {after}"))
    if (old.has_default, old.default) != (new.has_default, new.default):
        before_text = repr(old.default) if old.has_default else "none"
        after_text = repr(new.default) if new.has_default else "none"
        out.append((False, f"{label}: default changed from {before_text} to {after_text} (behaviour when omitted)"))
    if depth < MAX_DEPTH:
        out += compare_fields(label, old, new, request=True, depth=depth + 1)
        if old.items is not None and new.items is not None:
            out += compare_request(f"{label}[]", old.items, new.items, depth + 1)
    return out


def compare_response(label: str, old: Shape, new: Shape, depth: int = 0) -> list[tuple[bool, str]]:
    """A value the caller reads: widening breaks them (a new type or null to handle), narrowing does not."""
    out: list[tuple[bool, str]] = []
    if old.untyped != new.untyped or (old.name != new.name and old.name and new.name and depth == 0):
        out.append((True, f"{label}: typed {type_text(new)} (was {type_text(old)}); the generated model changes"))
        return out
    old_kinds, new_kinds = kinds(old), kinds(new)
    if old_kinds != new_kinds and not old.untyped:
        widened = bool(new_kinds - old_kinds)
        verb = "widened" if widened else "narrowed"
        out.append(
            (widened, f"{label}: type {verb} from {'/'.join(sorted(old.types))} to {'/'.join(sorted(new.types))}")
        )
    if old.enum is not None and new.enum is not None:
        added = [v for v in new.enum if v not in old.enum]
        if added:
            out.append((True, f"{label}: values added {added} (a closed enum: readers reject them)"))
    elif new.enum is not None and old.enum is None:
        out.append((False, f"{label}: now restricted to {new.enum}"))
    elif old.enum is not None and new.enum is None:
        out.append((True, f"{label}: no longer restricted to {old.enum}"))
    if depth < MAX_DEPTH:
        out += compare_fields(label, old, new, request=False, depth=depth + 1)
        if old.items is not None and new.items is not None:
            out += compare_response(f"{label}[]", old.items, new.items, depth + 1)
    return out


def compare_fields(label: str, old: Shape, new: Shape, *, request: bool, depth: int) -> list[tuple[bool, str]]:
    out: list[tuple[bool, str]] = []
    for name in sorted(set(old.properties) | set(new.properties)):
        sub = f"{label}.{name}"
        before, after = old.properties.get(name), new.properties.get(name)
        was_required, is_required = name in old.required, name in new.required
        if after is None:
            out.append((True, f"{sub} removed"))
        elif before is None:
            if request:
                out.append((is_required, f"{sub} added{', required' if is_required else ''}"))
            else:
                out.append((False, f"{sub} added"))
        else:
            if was_required != is_required:
                if request:
                    out.append((is_required, f"{sub} {'now required' if is_required else 'now optional'}"))
                else:
                    out.append((not is_required, f"{sub} {'now always there' if is_required else 'may now be absent'}"))
            out += (compare_request if request else compare_response)(sub, before, after, depth)
    return out


@dataclass
class Argument:
    shape: Shape
    required: bool
    where: str


def arguments(shaper: Shaper, op: dict[str, Any], item: dict[str, Any], path: str) -> dict[str, Argument]:
    """What the Python caller passes: path ids by position, query and header parameters, body fields."""
    found: dict[str, Argument] = {}
    path_names = re.findall(r"\{([^}]*)\}", path)
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        param, _ = shaper.deref(raw)
        if not isinstance(param, dict):
            continue
        shape = shaper.shape(param.get("schema"))
        if param.get("in") == "path" and param.get("name") in path_names:
            index = path_names.index(param["name"])
            found[f"path id {index + 1}"] = Argument(shape, True, "path")
        else:
            found[f"{param.get('in')} parameter `{param.get('name')}`"] = Argument(
                shape, bool(param.get("required")), str(param.get("in"))
            )
    body, _ = shaper.deref(op.get("requestBody"))
    if isinstance(body, dict):
        for media in (body.get("content") or {}).values():
            shape = shaper.shape(media.get("schema"))
            for name, sub in shape.properties.items():
                found[f"body field `{name}`"] = Argument(sub, name in shape.required, "body")
            break
    return found


def ok_data(shaper: Shaper, op: dict[str, Any]) -> Shape | None:
    response, _ = shaper.deref((op.get("responses") or {}).get("200"))
    if not isinstance(response, dict):
        return None
    media = (response.get("content") or {}).get("application/json")
    if media is None:
        return None
    reply = shaper.shape(media.get("schema"))
    return reply.properties.get("data", Shape())


def covers(status: str, other: str) -> bool:
    """Whether documented status `status` (`500`, `5XX`, `default`) covers the code or range `other`."""
    if status == "default":
        return True
    if status.upper().endswith("XX"):
        return other[:1] == status[:1]
    return status == other


def removed_response(status: str, remaining: set[str], where: str) -> Change:
    """A documented status removed: fine if a remaining one covers it (`500` into `5XX`), breaking if not."""
    if any(covers(other, status) for other in remaining if other != "default"):
        return Change(False, where, f"response {status} now documented under a range that covers it")
    narrowed = [other for other in sorted(remaining) if covers(status, other)]
    if narrowed:
        lost = "typed clients of other languages lose the rest"
        return Change(True, where, f"response {status} narrowed to {', '.join(narrowed)} ({lost})")
    return Change(True, where, f"response {status} no longer documented")


def compare(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> list[Change]:
    old_ops, new_ops = operations(old_doc), operations(new_doc)
    old_shaper, new_shaper = Shaper(old_doc), Shaper(new_doc)
    changes: list[Change] = []
    new_by_route = {route(m, p): op_id for op_id, (m, p, _, _) in new_ops.items()}
    renamed_to: dict[str, str] = {}
    for op_id, (method, path, _, _) in old_ops.items():
        if op_id not in new_ops:
            target = new_by_route.get(route(method, path))
            if target is not None and target not in old_ops:
                renamed_to[op_id] = target

    def name(op_id: str, method: str, path: str) -> str:
        return f"{op_id} ({method} {path})"

    for op_id, (method, path, op, item) in sorted(old_ops.items()):
        where = name(op_id, method, path)
        if op_id in renamed_to:
            changes.append(Change(True, where, f"renamed to {renamed_to[op_id]} (the Python method changes)"))
            new_method, new_path, new_op, new_item = new_ops[renamed_to[op_id]]
        elif op_id not in new_ops:
            changes.append(Change(True, where, "operation removed"))
            continue
        else:
            new_method, new_path, new_op, new_item = new_ops[op_id]
        if route(method, path) != route(new_method, new_path) and op_id not in renamed_to:
            changes.append(Change(False, where, f"route changed to {new_method} {new_path} (the call stays the same)"))
        if op.get("tags") != new_op.get("tags"):
            changes.append(Change(True, where, f"moved from group {op.get('tags')} to {new_op.get('tags')}"))
        if not op.get("deprecated") and new_op.get("deprecated"):
            replacement = new_op.get("x-a2e-replaced-by", "")
            changes.append(
                Change(False, where, "deprecated (it warns)" + (f"; use {replacement}" if replacement else ""))
            )
        elif op.get("deprecated") and not new_op.get("deprecated"):
            changes.append(Change(False, where, "no longer deprecated"))
        old_args = arguments(old_shaper, op, item, path)
        new_args = arguments(new_shaper, new_op, new_item, new_path)
        for label in sorted(set(old_args) | set(new_args)):
            before, after = old_args.get(label), new_args.get(label)
            if after is None:
                changes.append(Change(True, where, f"argument removed: {label}"))
            elif before is None:
                changes.append(
                    Change(after.required, where, f"argument added: {label}{', required' if after.required else ''}")
                )
            else:
                if before.required != after.required:
                    text = "now required" if after.required else "now optional"
                    changes.append(Change(after.required, where, f"{label}: {text}"))
                changes += [Change(b, where, m) for b, m in compare_request(label, before.shape, after.shape)]
        old_data, new_data = ok_data(old_shaper, op), ok_data(new_shaper, new_op)
        if old_data is not None and new_data is not None:
            changes += [Change(b, where, m) for b, m in compare_response("reply `data`", old_data, new_data)]
        elif old_data is not None and new_data is None:
            changes.append(Change(True, where, "the 200 reply is no longer JSON"))
        old_status, new_status = set(op.get("responses", {})), set(new_op.get("responses", {}))
        for status in sorted(new_status - old_status):
            changes.append(Change(False, where, f"response {status} documented"))
        for status in sorted(old_status - new_status):
            changes.append(removed_response(status, new_status, where))
        for key in ("x-a2e-task", "x-a2e-pagination"):
            if op.get(key) != new_op.get(key):
                changes.append(Change(False, where, f"{key} changed (how to wait or page)"))
    for op_id, (method, path, _, _) in sorted(new_ops.items()):
        if op_id not in old_ops and op_id not in renamed_to.values():
            changes.append(Change(False, name(op_id, method, path), "operation added"))
    return changes


# --- the report ---------------------------------------------------------------------------------------------------


def project_version() -> str:
    version: str = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    return version


def next_version(version: str, changes: list[Change]) -> str:
    if not changes:
        return version
    major, minor, patch = (int(part) for part in re.findall(r"\d+", version)[:3])
    breaking = any(c.breaking for c in changes)
    if major == 0:
        return f"0.{minor + 1}.0" if breaking else f"0.{minor}.{patch + 1}"
    return f"{major + 1}.0.0" if breaking else f"{major}.{minor + 1}.0"


def changelog(changes: list[Change], version: str) -> str:
    sections = {
        "Breaking": [c for c in changes if c.breaking],
        "Added": [c for c in changes if not c.breaking and (" added" in c.message or "documented" in c.message)],
    }
    sections["Changed"] = [c for c in changes if not c.breaking and c not in sections["Added"]]
    lines = [f"## [{version}] - unreleased", ""]
    for title, entries in sections.items():
        if entries:
            lines += [f"### {title}", ""]
            lines += [f"- `{c.operation.split(' ')[0]}`: {c.message}" for c in sorted(entries, key=str)]
            lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the git ref to compare with (a tag, a branch, a commit)")
    parser.add_argument("--changelog", action="store_true", help="also print a CHANGELOG.md entry")
    args = parser.parse_args(argv)
    try:
        old = spec_at(args.base)
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return 2
    changes = sorted(set(compare(old, bundle(SOURCE))), key=lambda c: (not c.breaking, c.operation, c.message))
    breaking = sum(1 for c in changes if c.breaking)
    print(f"spec-diff: {args.base} -> work tree (openapi/src/): {len(changes)} changes, {breaking} breaking")
    for change in changes:
        print(f"  {change}")
    version = project_version()
    bump = next_version(version, changes)
    print(f"spec-diff: version {version} -> {bump}" if bump != version else "spec-diff: no change, no new version")
    if args.changelog and changes:
        print("\n" + changelog(changes, bump))
    return 0


if __name__ == "__main__":
    sys.exit(main())
