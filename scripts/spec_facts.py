"""Read the per-operation facts the templates and the runtime need out of the bundled spec.

openapi-python-client hands its templates no `x-` extensions and no schema limits, so
`scripts/generate.py` writes these facts into the template folder as `_facts.jinja` (a Jinja
`{% set %}` of plain literals) before it runs the generator. For each operation:

- `descriptor`: the source of an `a2e_api.descriptors.Operation` the generated group module embeds,
  and the overlay's runtime reads: method, path, where each argument goes under which wire name, and the schema subset
  it is checked against (types, allowed values, limits), the job, pagination and file facts;
- the facts the templates shape methods with: the job (`wait`, `start_and_wait`, `quote`),
  the pagination (`list_all`), file inputs, the positional record id.

Argument names are the generator's own (`PythonIdentifier`), so descriptors and signatures agree.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier
from spec_reader import operations

LIMITS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_items",
    "maxItems": "max_items",
    "pattern": "pattern",
}


PARAMS_SPLIT = "# a2e: what follows is the group's _params.py (scripts/generate.py splits it off)"
"""The line a group module's template writes before its start arguments' TypedDicts (if it has starts)."""
ASYNC_SPLIT = "# a2e: the rest of this module is the group's _async.py (scripts/generate.py splits it off)"
"""The line a group module's template writes before its async half."""
RESERVED_NAMES = (
    "timeout",
    "extra_headers",
    "extra_query",
    "extra_body",
    "max_credits",
    "idempotency_key",
    "wait_timeout",
    "on_update",
)
"""Per-call options of every generated method: an API argument of that name is renamed `<name>_`."""


def python_name(name: str) -> str:
    """The generator's name for a JSON name (`pageNum` -> `page_num`), `_`-suffixed if it is an option's."""
    python = str(PythonIdentifier(name, prefix=""))
    return python + "_" if python in RESERVED_NAMES else python


def group_of(tag: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", tag.lower()).strip("_")


class Spec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def merged(self, node: Any) -> dict[str, Any]:
        """A schema with `$ref`s followed and `allOf` parts merged (properties and required unioned)."""
        schema: dict[str, Any] = copy.deepcopy(self.resolve(node))
        parts = schema.pop("allOf", [])
        for part in parts:
            more = self.merged(part)
            schema.setdefault("properties", {}).update(more.pop("properties", {}))
            schema["required"] = sorted(set(schema.get("required", [])) | set(more.pop("required", [])))
            for key, value in more.items():
                schema.setdefault(key, value)
        return schema

    def check_schema(self, schema: Any) -> dict[str, Any]:
        """The subset of a request schema that the runtime checks arguments against."""
        schema = self.merged(schema)
        for variant_key in ("oneOf", "anyOf"):
            if variant_key in schema:
                variants = [self.check_schema(v) for v in schema[variant_key]]
                return {"any_of": variants}
        types = schema.get("type", [])
        types = [types] if isinstance(types, str) else list(types)
        out: dict[str, Any] = {"type": types}
        if "enum" in schema:
            out["enum"] = list(schema["enum"])
        if "const" in schema:
            out["enum"] = [schema["const"]]
        for key, short in LIMITS.items():
            if key in schema:
                out[short] = schema[key]
        if "items" in schema:
            out["items"] = self.check_schema(schema["items"])
        if "properties" in schema:
            out["properties"] = {name: self.check_schema(sub) for name, sub in schema["properties"].items()}
            out["required"] = sorted(schema.get("required", []))
        if "x-a2e-file-input" in schema:
            out["file"] = schema["x-a2e-file-input"]
            if "items" in out:
                out["items"]["file"] = out["file"]  # each item of an array of file URLs is a file input
        return out

    def operations(self) -> dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]]:
        """operationId -> (METHOD, path, operation, path item)."""
        return operations(self.document)


def request_body_schema(spec: Spec, op: dict[str, Any]) -> dict[str, Any] | None:
    body = op.get("requestBody")
    if body is None:
        return None
    content = spec.resolve(body)["content"]
    if list(content) != ["application/json"]:
        raise SystemExit(
            f"{op['operationId']}: only application/json request bodies are supported, not {list(content)}"
        )
    return spec.merged(content["application/json"]["schema"])


def start_is_waitable(spec: Spec, op: dict[str, Any], record_id: str | None) -> bool:
    """A start's `<start>_and_wait` needs the task id: in its reply, or (if the reply may be null) its record id."""
    ok = spec.resolve(op["responses"]["200"])
    data = spec.merged(ok["content"]["application/json"]["schema"]).get("properties", {}).get("data", {})
    variants = [spec.resolve(v).get("type") for v in data.get("oneOf", [])]
    nullable = "null" in variants or "null" in data.get("type", [])
    return record_id is not None or not nullable


def data_ref(spec: Spec, op: dict[str, Any], rows: str | None = None) -> str | None:
    """The record a reply's `data` names: itself, or (for a page) its rows' items."""
    ok = spec.resolve(op["responses"]["200"])
    data = spec.merged(ok["content"]["application/json"]["schema"]).get("properties", {}).get("data", {})
    if rows:
        data = spec.merged(data).get("properties", {}).get(rows, {}).get("items", {})
    elif rows == "":
        data = data.get("items", {})
    ref = data.get("$ref")
    return str(ref) if ref else None


def idempotency_facts(spec: Spec, operation_id: str, body: list[list[Any]]) -> dict[str, Any]:
    """A start's `x-a2e-idempotency`, checked: the tagged body field (its maxLength) and the list to search,
    a paged list of the same group whose rows are the records the start answers."""
    fact = spec.resolve(spec.operations()[operation_id][2]["x-a2e-idempotency"])
    field = next((b for b in body if b[1] == fact["field"]), None)
    if field is None or "string" not in field[2]["type"]:
        raise SystemExit(f"{operation_id}: x-a2e-idempotency names {fact['field']!r}, not a string body field")
    _, _, listing, _ = spec.operations()[fact["list"]]
    pagination = listing.get("x-a2e-pagination")
    start_record = data_ref(spec, spec.operations()[operation_id][2])
    if not pagination or data_ref(spec, listing, pagination["rows"]) != start_record:
        raise SystemExit(f"{operation_id}: x-a2e-idempotency's list must page through the records the start answers")
    return {"field": fact["field"], "list": fact["list"], "max_length": field[2].get("max_length")}


def job_record(spec: Spec, detail: dict[str, Any]) -> str:
    """The record class a job's detail operation answers: its `data`, a list's items, or a page's rows."""
    ok = spec.resolve(detail["responses"]["200"])
    data = spec.merged(ok["content"]["application/json"]["schema"]).get("properties", {}).get("data", {})
    pagination = detail.get("x-a2e-pagination")
    if pagination and pagination["rows"] and "$ref" in data:
        data = spec.merged(data)["properties"][pagination["rows"]]
    ref = data.get("$ref") or data.get("items", {}).get("$ref")
    if not ref:
        raise SystemExit(f"{detail['operationId']}: a job's detail operation must answer a named record")
    return str(ClassName(ref.rsplit("/", 1)[1], prefix=""))


def completed_records(spec: Spec, operations: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each job record class -> the detail operation that reads it and the result fields a done job has.

    model.py.jinja gives each a `Completed<Record>` subclass whose result fields are plain types."""
    found: dict[str, dict[str, Any]] = {}
    for facts in operations.values():
        task = facts["task"]
        if not task:
            continue
        record = job_record(spec, spec.operations()[task["detail"]][2])
        facts["job_record"] = record
        entry = {"detail": task["detail"], "result": list(task["result"])}
        if found.setdefault(record, entry)["result"] != entry["result"]:
            raise SystemExit(f"{record}: job starts that share it name different result fields")
    return found


def operation_facts(spec: Spec, operation_id: str) -> dict[str, Any]:
    method, path, op, item = spec.operations()[operation_id]
    (tag,) = op["tags"]
    group = group_of(tag)
    params = [spec.resolve(p) for p in item.get("parameters", []) + op.get("parameters", [])]
    path_names = re.findall(r"\{([^}]+)\}", path)
    path_params = [
        [python_name(n), n, spec.check_schema(next(p for p in params if p["name"] == n)["schema"])] for n in path_names
    ]
    query = []
    record_id = path_params[0][0] if len(path_params) == 1 else None
    files: list[str] = []
    for p in params:
        if p["in"] == "query":
            schema = spec.check_schema(p["schema"])
            query.append(
                [python_name(p["name"]), p["name"], schema, p["schema"].get("default"), bool(p.get("required"))]
            )
            if p.get("x-a2e-record-id"):
                record_id = python_name(p["name"])
            if "file" in schema:
                files.append(python_name(p["name"]))
        elif p["in"] != "path":
            raise SystemExit(f"{operation_id}: {p['in']} parameters are not supported")
    body = None
    body_schema = request_body_schema(spec, op)
    if body_schema is not None:
        required = set(body_schema.get("required", []))
        body = []
        for name, sub in body_schema.get("properties", {}).items():
            schema = spec.check_schema(sub)
            body.append([python_name(name), name, schema, name in required])
            if spec.resolve(sub).get("x-a2e-record-id"):
                record_id = python_name(name)
            if "file" in schema or "file" in schema.get("items", {}):
                files.append(python_name(name))
    names = [a[0] for a in path_params + query + (body or [])]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise SystemExit(f"{operation_id}: arguments {clashes} appear in two places (path, query, body)")
    task = copy.deepcopy(op.get("x-a2e-task"))
    if task and "x-a2e-idempotency" in op:
        task["idempotency"] = idempotency_facts(spec, operation_id, body or [])
    pagination = op.get("x-a2e-pagination")
    description = op.get("description", "")
    descriptor = {
        "id": operation_id,
        "name": f"{group}.{operation_id[len(group) + 1 :]}",
        "method": method,
        "path": path,
        "path_params": [a[:3] for a in path_params],
        "query": query,
        "body": body,
        "files": files,
        "record_id": record_id,
        "task": task,
        "pagination": pagination,
        "all_method": None,
        "destructive": bool(op.get("x-a2e-destructive")),
        "capacity_codes": list(op.get("x-a2e-capacity-codes", [])),
        "session": op.get("x-a2e-session"),
        "deprecated": description.replace("\n", " ")[12:].split(". ")[0] if op.get("deprecated") else None,
    }
    return {
        "group": group,
        "method": operation_id[len(group) + 1 :],
        "descriptor": descriptor,
        "files": files,
        "record_id": record_id if record_id and not path_params else None,
        "task": task,
        "pagination": pagination,
        "destructive": bool(op.get("x-a2e-destructive")),
        "session": op.get("x-a2e-session"),
        "waitable": bool(task) and start_is_waitable(spec, op, record_id),
    }


def request_components(spec: Spec) -> list[str]:
    """Component schemas reachable from request bodies: they stay attrs models, with `to_dict`."""
    found: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in found:
                    found.add(name)
                    visit(spec.resolve(node))
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for _, _, op, _ in spec.operations().values():
        if "requestBody" in op:
            visit(spec.resolve(op["requestBody"]))
    return sorted(found)


def name_waits(operations: dict[str, dict[str, Any]]) -> None:
    """Give every job start its group's wait method: `wait` for the detail operation that the group's
    `start` (or first start) polls, `wait_<start>` for any other detail operation."""
    by_group: dict[str, dict[str, str]] = {}
    starts = [facts for facts in operations.values() if facts["task"]]
    for facts in sorted(starts, key=lambda f: f["method"] != "start"):
        names = by_group.setdefault(facts["group"], {})
        detail = facts["task"]["detail"]
        if detail not in names:
            names[detail] = "wait" if "wait" not in names.values() else f"wait_{facts['method']}"
        facts["wait_method"] = facts["descriptor"]["task"]["wait_method"] = names[detail]


def name_iterators(operations: dict[str, dict[str, Any]]) -> None:
    """Give every paged list the name of its all-pages iterator: `<list>_all`, or `iter_<list>` if
    an operation of the group already has that name (`backgrounds.list_all`)."""
    taken = {(facts["group"], facts["method"]) for facts in operations.values()}
    for facts in operations.values():
        if facts["pagination"]:
            name = f"{facts['method']}_all"
            chosen = name if (facts["group"], name) not in taken else f"iter_{facts['method']}"
            facts["all_method"] = facts["descriptor"]["all_method"] = chosen


def all_facts(document: dict[str, Any]) -> dict[str, Any]:
    spec = Spec(document)
    operations = {operation_id: operation_facts(spec, operation_id) for operation_id in spec.operations()}
    name_waits(operations)
    name_iterators(operations)
    completed = completed_records(spec, operations)
    for facts in operations.values():
        facts["descriptor"] = descriptor_source(facts["descriptor"])
    return {
        "operations": operations,
        "request_models": request_components(spec),
        "reserved_names": list(RESERVED_NAMES),
        "completed": completed,
        "params_split": PARAMS_SPLIT,
        "async_split": ASYNC_SPLIT,
    }


def _call(name: str, fields: dict[str, Any]) -> str:
    return f"{name}(" + ", ".join(f"{key}={value}" for key, value in fields.items()) + ")"


def _tuple(items: list[Any], render: Callable[[Any], str] = repr) -> str:
    """A tuple's source: `()`, `(x,)`, `(x, y)`."""
    return "(" + "".join(f"{render(item)}, " for item in items).rstrip(" ") + ")"


def _argument(where: str, python: str, wire: str, schema: Any, required: bool, default: Any = None) -> str:
    fields = {"name": repr(python), "wire": repr(wire), "where": repr(where), "schema": repr(schema)}
    fields["required"] = repr(required)
    if default is not None:
        fields["default"] = repr(default)
    return _call("Argument", fields)


def _task(task: dict[str, Any]) -> str:
    fields: dict[str, str] = {}
    for key, value in task.items():
        if key == "idempotency":
            fields[key] = _call("Idempotency", {k: repr(v) for k, v in value.items()})
        elif isinstance(value, list):
            fields[key] = _tuple(value)
        else:
            fields[key] = repr(value)
    return _call("Task", fields)


def descriptor_source(descriptor: dict[str, Any]) -> str:
    """The Python source of an operation's `a2e_api.descriptors.Operation`, for the group module's `_OPS`."""
    group, method = descriptor["name"].split(".", 1)
    body = descriptor["body"]
    pagination, session = descriptor["pagination"], descriptor["session"]
    fields = {
        "id": repr(descriptor["id"]),
        "group": repr(group),
        "method": repr(method),
        "http_method": repr(descriptor["method"]),
        "path": repr(descriptor["path"]),
        "path_params": _tuple([_argument("path", p, w, s, True) for p, w, s in descriptor["path_params"]], str),
        "query": _tuple([_argument("query", p, w, s, r, d) for p, w, s, d, r in descriptor["query"]], str),
        "body": "None" if body is None else _tuple([_argument("body", p, w, s, r) for p, w, s, r in body], str),
        "files": _tuple(descriptor["files"]),
        "record_id": repr(descriptor["record_id"]),
        "task": "None" if not descriptor["task"] else _task(descriptor["task"]),
        "pagination": "None" if not pagination else _call("Pagination", {k: repr(v) for k, v in pagination.items()}),
        "all_method": repr(descriptor["all_method"]),
        "destructive": repr(descriptor["destructive"]),
        "capacity_codes": _tuple(descriptor["capacity_codes"]),
        "session": "None" if not session else _call("Session", {k: repr(v) for k, v in session.items()}),
        "deprecated": repr(descriptor["deprecated"]),
    }
    return _call("Operation", fields)


def jinja_literal(facts: dict[str, Any]) -> str:
    """`{% set facts = ... %}`: Python literals are Jinja literals (strings, numbers, lists, dicts, True/None)."""
    return "{# GENERATED by scripts/spec_facts.py from openapi/a2e.yaml #}\n{% set facts = " + repr(facts) + " %}\n"
