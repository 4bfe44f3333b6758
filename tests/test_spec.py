"""Rules the spec keeps, and its fidelity to A2E's catalog."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import ROOT, Operation, operations, spec
from openapi_spec_validator import validate

sys.path.insert(0, str(ROOT / "scripts"))
from coverage import route

CATALOG = [
    json.loads(line)
    for line in (ROOT / "openapi/reference/catalog-operations.jsonl").read_text().splitlines()
    if line.strip()
]
CATALOG_BY_KEY = {route(entry["method"], entry["path"]): entry for entry in CATALOG}
OPS = list(operations().values())
SPEC_KEYS = {route(op.method, op.path) for op in OPS}
TYPES = {"string", "integer", "number", "boolean", "array", "object"}


def by_operation(ops: list[Operation]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("op", ops, ids=[op.operation_id for op in ops])


def deref(node: Any) -> Any:
    """Follow `$ref`s to a local component."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def flatten(schema: Any) -> tuple[dict[str, Any], set[str]]:
    """The properties and required names of an object schema, through `allOf` and `$ref`."""
    schema = deref(schema)
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    required = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, more_required = flatten(part)
        properties.update(more)
        required |= more_required
    return properties, required


def walk(node: Any, seen: set[str]) -> Iterator[dict[str, Any]]:
    """Every schema object reachable from `node`, each component once."""
    if isinstance(node, dict):
        if "$ref" in node:
            if node["$ref"] not in seen:
                seen.add(node["$ref"])
                yield from walk(deref(node), seen)
            return
        yield node
        for value in node.values():
            yield from walk(value, seen)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value, seen)


def tag_group(tag: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", tag.lower()).strip("_")


def test_spec_is_valid_openapi() -> None:
    validate(spec())


@by_operation(OPS)
def test_operation_follows_the_conventions(op: Operation) -> None:
    body = op.body
    (tag,) = body["tags"]
    assert op.operation_id.startswith(tag_group(tag) + "_"), "operationId must be <group>_<method>"
    assert body.get("security") == [{"bearer": []}]
    assert body.get("summary") and not body["summary"].endswith(".")
    source = body.get("x-a2e-source", {})
    assert source.get("request") and source.get("response"), "x-a2e-source needs request and response"
    responses = body["responses"]
    assert {"200", "401"} <= set(responses)
    ok = deref(responses["200"])
    assert ok["content"]["application/json"].get("example") is not None, "the 200 reply needs an example"


@by_operation(OPS)
def test_responses_have_no_closed_enums(op: Operation) -> None:
    for schema in walk(op.body["responses"], set()):
        assert "enum" not in schema, f"closed enum in a response schema of {op.operation_id}: {schema}"
        assert schema.get("additionalProperties") is not False


def reply_data(op: Operation) -> Any:
    """The schema of the 200 reply's `data`."""
    ok = deref(op.body["responses"]["200"])
    properties, _ = flatten(ok["content"]["application/json"]["schema"])
    return deref(properties.get("data", {}))


def record_fields(schema: Any) -> set[str]:
    """The fields of the record a schema holds: itself, its list items, or a page's rows."""
    schema = deref(schema)
    for variant in schema.get("oneOf", []) + schema.get("anyOf", []):
        if deref(variant).get("type") != "null":
            return record_fields(variant)
    if "items" in schema:
        return record_fields(schema["items"])
    properties, _ = flatten(schema)
    return set(properties)


@by_operation([op for op in OPS if "x-a2e-task" in op.body])
def test_task_extension_names_fields_its_detail_operation_answers(op: Operation) -> None:
    task = op.body["x-a2e-task"]
    assert task["detail"] in operations()
    assert not set(task["done"]) & set(task["failed"])
    detail = operations()[task["detail"]]
    data = reply_data(detail)
    pagination = detail.body.get("x-a2e-pagination")
    if pagination and pagination["rows"]:
        data = flatten(data)[0][pagination["rows"]]  # a job read through a paged list: its rows
    fields = record_fields(data)
    named = [task["status"], task["id"], *task.get("message", []), *task.get("code", []), *task["result"]]
    assert [name for name in named if name not in fields] == [], f"not in {task['detail']}'s record"
    assert task["id"] in record_fields(reply_data(op)), "the start's reply must carry the task id"
    if "batch" in task:
        assert task["batch"] in operations()
        assert task["status"] in record_fields(reply_data(operations()[task["batch"]]))


@by_operation([op for op in OPS if CATALOG_BY_KEY.get(route(op.method, op.path), {}).get("async_task")])
def test_every_start_has_wait_start_and_wait_and_quote_twins(op: Operation) -> None:
    from a2e import A2E

    group = tag_group(op.body["tags"][0])
    method = op.operation_id[len(group) + 1 :]
    client = A2E("sk_spec_test")
    resource = getattr(client, group)
    assert callable(getattr(resource, f"{method}_and_wait", None)) or "x-a2e-task" not in op.body
    assert callable(getattr(resource.quote, method))
    assert callable(getattr(resource, op.body["x-a2e-task"].get("wait_method", "wait"), None) or resource.wait)
    client.close()


def test_catalog_task_starts_have_a_task_extension() -> None:
    missing = [
        op.operation_id
        for op in OPS
        if CATALOG_BY_KEY.get(route(op.method, op.path), {}).get("async_task") and "x-a2e-task" not in op.body
    ]
    assert missing == []


def catalog_mismatches(op: Operation, entry: dict[str, Any]) -> Iterator[str]:
    """Differences between the catalog's fields and the spec's, for fields the spec has no note on."""
    notes = " ".join(op.body.get("x-a2e-source", {}).get("notes", []))
    params = {p["name"]: p for p in (deref(p) for p in op.body.get("parameters", []))}
    item = spec()["paths"][op.path]
    params.update({p["name"]: p for p in (deref(p) for p in item.get("parameters", []))})
    body_schema = op.body.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    properties, required = flatten(body_schema)
    # Path ids are matched by position: the catalog names them `_id` or `id`, the spec always `id`.
    catalog_path_names = re.findall(r"\{([^}]*)\}", entry["path"])
    spec_path_names = re.findall(r"\{([^}]*)\}", op.path)
    renamed = dict(zip(catalog_path_names, spec_path_names, strict=True))
    for field in entry["params"] + entry["body_fields"]:
        name = field["name"]
        if field.get("in") == "path":
            name = renamed[name]
        if f"`{name}`" in notes:
            continue  # a recorded disagreement
        if "in" in field:
            param = params.get(name)
            if param is None:
                yield f"parameter {name} missing"
                continue
            schema, is_required = param.get("schema", {}), param.get("required", False)
        else:
            if name not in properties:
                yield f"body field {name} missing"
                continue
            schema, is_required = deref(properties[name]), name in required
        if is_required != field["required"]:
            yield f"{name}: required {is_required} != catalog {field['required']}"
        types = schema.get("type")
        types = types if isinstance(types, list) else [types]
        widened = field["type"] == "number" and "integer" in types
        if field["type"] in TYPES and types != [None] and field["type"] not in types and not widened:
            yield f"{name}: type {types} != catalog {field['type']}"
        for key, spec_key in [
            ("default", "default"),
            ("min", "minimum"),
            ("max", "maximum"),
            ("max_length", "maxLength"),
            ("allowed", "enum"),
        ]:
            if key in field and schema.get(spec_key) != field[key]:
                yield f"{name}: {spec_key} {schema.get(spec_key)!r} != catalog {field[key]!r}"


@by_operation([op for op in OPS if route(op.method, op.path) in CATALOG_BY_KEY])
def test_catalog_fields_are_transcribed_exactly(op: Operation) -> None:
    entry = CATALOG_BY_KEY[route(op.method, op.path)]
    assert list(catalog_mismatches(op, entry)) == []


# Every catalog group is carried in full (issue 11); Streaming Avatar is not in the catalog, the
# sidebar test covers it.
COMPLETE_GROUPS = sorted({entry["group"] for entry in CATALOG})


@pytest.mark.parametrize("group", COMPLETE_GROUPS)
def test_catalog_group_is_complete(group: str) -> None:
    entries = [entry for entry in CATALOG if entry["group"] == group]
    assert entries, f"no catalog group named {group!r}"
    assert [f"{e['method']} {e['path']}" for e in entries if route(e["method"], e["path"]) not in SPEC_KEYS] == []


def test_every_sidebar_operation_with_a_known_path_is_in_the_spec() -> None:
    sidebar = json.loads((ROOT / "openapi/reference/seed-sidebar-map.json").read_text())
    known = [entry for entry in sidebar if entry["path"]]
    assert [f"{e['method']} {e['path']}" for e in known if route(e["method"], e["path"]) not in SPEC_KEYS] == []
    assert len(sidebar) - len(known) == 7  # the ones the docs name without a path; coverage lists them


@by_operation([op for op in OPS if op.body.get("deprecated") or "x-a2e-replaced-by" in op.body])
def test_deprecated_operations_name_their_replacement(op: Operation) -> None:
    """Other languages read `x-a2e-replaced-by`; our template warns with the first sentence of the description."""
    assert op.body.get("deprecated") is True
    assert op.body["description"].startswith("Deprecated: ")
    replacement = op.body["x-a2e-replaced-by"]
    assert replacement in operations() or replacement.startswith("none: "), replacement
    if replacement in operations():
        assert not operations()[replacement].body.get("deprecated"), "replaced by another deprecated operation"
