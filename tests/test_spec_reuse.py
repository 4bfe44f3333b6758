"""`make spec-reuse`: failures name the operation; the typed job examples catch what other languages would hit.

The full run over openapi/a2e.yaml is `make spec-reuse` (part of `make test`); here the TypeScript
step runs on a small spec this test builds, with one start that is right and one that is not.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, spec

sys.path.insert(0, str(ROOT / "scripts"))

import spec_reuse

ENVELOPE_REF = {"$ref": "#/components/schemas/Envelope"}


def reply(data: Any, code: Any = None) -> dict[str, Any]:
    extra: dict[str, Any] = {"type": "object", "properties": {"data": data}}
    if code is not None:
        extra["properties"]["code"] = code
    return {"allOf": [ENVELOPE_REF, extra]}


def job(name: str, record: str, status_field: str) -> dict[str, Any]:
    return {
        f"/{name}/start": {
            "post": {
                "operationId": f"{name}_start",
                "summary": "Start a job",
                "tags": ["Jobs"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["url"],
                                "properties": {"url": {"type": "string"}},
                            },
                            "example": {"url": "https://example.com/a.png"},
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{record}Reply"}}},
                    },
                    "400": {"$ref": "#/components/responses/Error"},
                },
                "x-a2e-task": {
                    "detail": f"{name}_get",
                    "id": "_id",
                    "status": status_field,
                    "done": ["completed"],
                    "failed": ["failed"],
                    "message": ["failed_message"],
                    "result": ["result_url"],
                },
            }
        },
        f"/{name}/{{id}}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": f"{name}_get",
                "summary": "Read a job",
                "tags": ["Jobs"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{record}Reply"}}},
                    },
                    "400": {"$ref": "#/components/responses/Error"},
                },
            },
        },
    }


def small_spec() -> dict[str, Any]:
    record = {
        "type": "object",
        "required": ["_id", "current_status"],
        "properties": {
            "_id": {"type": "string"},
            "current_status": {"type": "string"},
            "failed_message": {"type": ["string", "null"]},
            "result_url": {"type": ["string", "null"]},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "jobs", "version": "1"},
        "servers": [{"url": "https://video.a2e.ai"}],
        "security": [{"bearer": []}],
        "paths": {**job("good", "Good", "current_status"), **job("bad", "Bad", "state")},
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Envelope": {
                    "type": "object",
                    "required": ["code"],
                    "properties": {
                        "code": {"type": "integer"},
                        "msg": {"type": "string"},
                        "trace_id": {"type": "string"},
                    },
                },
                "Record": record,
                "GoodReply": reply({"$ref": "#/components/schemas/Record"}),
                # `const: 0` hides every error on HTTP 200 from a typed client (issue 10).
                "BadReply": reply({"$ref": "#/components/schemas/Record"}, code={"type": "integer", "const": 0}),
            },
            "responses": {
                "Error": {"description": "error", "content": {"application/json": {"schema": ENVELOPE_REF}}},
            },
        },
    }


def run_typescript(tmp_path: Path, document: dict[str, Any]) -> list[spec_reuse.Finding]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    where = spec_reuse.Where(spec=path, out=tmp_path / "out")
    return spec_reuse.check(where, steps=("TypeScript (openapi-typescript, orval, tsc --strict)",))


def test_typescript_failures_name_the_operation(tmp_path: Path) -> None:
    findings = [f for f in run_typescript(tmp_path, small_spec()) if f.fatal]
    assert findings, "the broken start compiled"
    assert {f.where for f in findings} == {"operation bad_start"}
    messages = " ".join(f.message for f in findings)
    assert "TS2367" in messages  # `code === 1003` cannot compile when `code` is the literal 0
    assert "Property 'state' does not exist" in messages  # x-a2e-task names a status field the record lacks
    examples = sorted(p.name for p in (tmp_path / "out" / "ts" / "examples").glob("*.ts"))
    assert examples == ["bad_get.ts", "good_get.ts"]


def test_untyped_replies_are_listed_not_failed() -> None:
    document = copy.deepcopy(small_spec())
    document["paths"]["/good/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = reply({})
    document["paths"]["/good/start"]["post"]["responses"]["200"]["content"]["application/json"]["schema"] = reply(
        {"type": "object", "additionalProperties": True}
    )
    findings = spec_reuse.reuse_findings(spec_reuse.Spec(document))
    assert {(f.where, f.fatal) for f in findings} == {("operation good_get", False), ("operation good_start", False)}
    assert any("inline schema" in f.message for f in findings)


def test_the_locator_maps_generated_names_back_to_operations(tmp_path: Path) -> None:
    locator = spec_reuse.Locator(spec_reuse.Spec(spec()))
    assert locator.name("talkingPhotoStartResponse400") == "operation talking_photo_start"  # orval
    assert locator.name("ApiTalkingPhotoGetRequest") == "operation talking_photo_get"  # openapi-generator, Go
    component = locator.name("TalkingPhotoTaskReplyAllOf")
    assert component is not None and component.startswith("component schemas/TalkingPhotoTaskReply (used by ")
    go_model = tmp_path / "model_talking_photo_task_reply.go"
    go_model.write_text("package a2e\n")
    assert "talking_photo_start" in locator.locate(go_model, 1)


def test_the_run_is_cached_on_the_spec_and_the_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(small_spec()))
    where = spec_reuse.Where(spec=path, out=tmp_path / "out")
    ran: list[str] = []

    def fake_check(*args: Any, **kwargs: Any) -> list[spec_reuse.Finding]:
        ran.append("run")
        return []

    monkeypatch.setattr(spec_reuse, "check", fake_check)
    assert spec_reuse.main([], where) == 0 and spec_reuse.main([], where) == 0
    assert ran == ["run"]
    path.write_text(path.read_text() + "\n# changed\n")
    assert spec_reuse.main([], where) == 0
    assert ran == ["run", "run"]


WEBHOOK_EVENT = {"type": "object", "required": ["event"], "properties": {"event": {"type": "string"}}}


def with_webhook(document: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(document)
    document["components"]["schemas"]["WebhookEvent"] = WEBHOOK_EVENT
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/WebhookEvent"}}}}
    post = {"operationId": "job_event", "requestBody": body, "responses": {"204": {"description": "received"}}}
    document["webhooks"] = {"jobEvent": {"post": post}}
    return document


def test_client_generators_get_the_spec_without_webhooks_but_with_their_payload(tmp_path: Path) -> None:
    where = spec_reuse.Where(spec=tmp_path / "unused.yaml", out=tmp_path)
    spec_reuse.write_client_spec(spec_reuse.Spec(spec()), where)
    client = yaml.safe_load(spec_reuse.client_spec(where).read_text())
    assert "webhooks" in spec() and "webhooks" not in client
    assert client["components"]["schemas"]["WebhookEvent"] == spec()["components"]["schemas"]["WebhookEvent"]
    assert client["paths"] == spec()["paths"]


def test_python_findings_name_the_operation(tmp_path: Path) -> None:
    locator = spec_reuse.Locator(spec_reuse.Spec(spec()))
    api = tmp_path / spec_reuse.PYTHON_PACKAGE / "api"
    api.mkdir(parents=True)
    (tmp_path / spec_reuse.PYTHON_PACKAGE / "__init__.py").write_text("from .api import talking_photo_api\n")
    (api / "__init__.py").write_text("")
    broken = "class TalkingPhotoApi:\n    def talking_photo_start(\n        self,\n        body: ,\n    ) -> None:\n"
    (api / "talking_photo_api.py").write_text(broken)
    (finding,) = spec_reuse.python_findings(tmp_path, locator)
    assert (finding.tool, finding.where, finding.fatal) == ("python compile", "operation talking_photo_start", True)
    assert "SyntaxError" in finding.message and "talking_photo_api.py:4" in finding.message
    # A module that compiles but fails at import (a model the generator typed wrongly) is found too.
    (api / "talking_photo_api.py").write_text("class TalkingPhotoTask:\n    pass\n\nraise TypeError('bad model')\n")
    (finding,) = spec_reuse.python_findings(tmp_path, spec_reuse.Locator(spec_reuse.Spec(spec())))
    assert finding.tool == "python import" and "TypeError: bad model" in finding.message
    assert "TalkingPhotoTask" in finding.where


def test_python_and_typescript_fetch_pass_on_a_spec_with_a_webhook(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(with_webhook(small_spec()), sort_keys=False))
    where = spec_reuse.Where(spec=path, out=tmp_path / "out")
    steps = tuple(name for name in spec_reuse.STEPS if name.startswith(("Python", "TypeScript fetch")))
    assert len(steps) == 2
    findings = spec_reuse.check(where, steps=steps)
    assert [f for f in findings if f.fatal] == []
    models = {p.stem for p in (where.out / "python" / spec_reuse.PYTHON_PACKAGE / "models").glob("*.py")}
    assert "webhook_event" in models  # the payload is still generated for receivers
    assert (where.out / "ts-fetch" / "models" / "WebhookEvent.ts").exists()
