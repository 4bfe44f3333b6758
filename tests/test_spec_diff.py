"""`make spec-diff`: two small spec versions this test builds, and how each change is classified."""

from __future__ import annotations

import copy
import sys
from typing import Any

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import spec_diff
from spec_diff import Change


def reply(data: dict[str, Any]) -> dict[str, Any]:
    schema = {"allOf": [{"$ref": "#/components/schemas/Envelope"}, {"type": "object", "properties": {"data": data}}]}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def body(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    schema = {"type": "object", "required": required, "properties": properties}
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def base_spec() -> dict[str, Any]:
    thing = {"$ref": "#/components/schemas/Thing"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/start": {
                "post": {
                    "operationId": "things_start",
                    "tags": ["Things"],
                    "requestBody": body(
                        {
                            "name": {"type": "string"},
                            "size": {"type": "integer", "minimum": 1, "maximum": 10, "default": 3},
                            "mode": {"type": "string", "enum": ["a", "b"]},
                            "style": {"type": "string", "enum": ["x", "y"]},
                            "note": {"type": "string"},
                        },
                        ["name"],
                    ),
                    "responses": {**reply(thing), "500": {"description": "server error"}},
                }
            },
            "/things/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {"operationId": "things_get", "tags": ["Things"], "responses": reply(thing)},
                "delete": {"operationId": "things_delete", "tags": ["Things"], "responses": reply({})},
            },
            "/things": {
                "get": {
                    "operationId": "things_list",
                    "tags": ["Things"],
                    "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {**reply({"type": "array", "items": thing}), "5XX": {"description": "server error"}},
                }
            },
            "/things/old": {"get": {"operationId": "things_old", "tags": ["Things"], "responses": reply({})}},
            "/things/stats": {"get": {"operationId": "things_stats", "tags": ["Things"], "responses": reply({})}},
        },
        "components": {
            "schemas": {
                "Envelope": {
                    "type": "object",
                    "required": ["code"],
                    "properties": {"code": {"type": "integer"}, "data": {}},
                },
                "Thing": {
                    "type": "object",
                    "required": ["_id", "status"],
                    "properties": {
                        "_id": {"type": "string"},
                        "status": {"type": "string"},
                        "result_url": {"type": "string"},
                        "coins": {"type": "integer"},
                    },
                },
            }
        },
    }


def changed_spec() -> dict[str, Any]:
    spec = copy.deepcopy(base_spec())
    paths = spec["paths"]
    start = paths["/things/start"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    start["properties"]["seed"] = {"type": "integer"}  # optional argument added
    start["properties"]["kind"] = {"type": "string"}  # required argument added
    start["required"].append("kind")
    start["properties"]["size"] |= {"maximum": 5, "default": 4}  # narrowed limit, changed default
    start["properties"]["mode"]["enum"] = ["a", "b", "c"]  # value added
    start["properties"]["style"]["enum"] = ["x"]  # value removed
    start["properties"]["name"]["type"] = ["string", "null"]  # widened argument
    del start["properties"]["note"]  # argument removed
    thing = spec["components"]["schemas"]["Thing"]
    del thing["properties"]["result_url"]  # reply field removed
    thing["properties"]["preview_url"] = {"type": "string"}  # reply field added
    thing["properties"]["status"]["type"] = ["string", "null"]  # reply field widened
    thing["required"].remove("_id")  # reply field may be absent
    paths["/things"]["get"]["parameters"][0]["required"] = True  # argument newly required
    del paths["/things/{id}"]["delete"]  # operation removed
    paths["/things/old"]["get"]["operationId"] = "things_legacy"  # operation renamed
    paths["/things/stats"]["get"]["responses"] = reply({"$ref": "#/components/schemas/Thing"})  # data typed
    paths["/things/{id}"]["get"] |= {"deprecated": True, "x-a2e-replaced-by": "things_list"}
    paths["/things/{id}"]["get"]["responses"]["404"] = {"description": "not found"}
    paths["/things/cancel"] = {"post": {"operationId": "things_cancel", "tags": ["Things"], "responses": reply({})}}
    list_replies = paths["/things"]["get"]["responses"]
    list_replies["500"] = list_replies.pop("5XX")  # a range narrowed to one code (Optic: breaking)
    start_replies = paths["/things/start"]["post"]["responses"]
    start_replies["5XX"] = start_replies.pop("500")  # a code moved into a range that covers it
    return spec


EXPECTED = [
    Change(False, "things_start (POST /things/start)", "argument added: body field `seed`"),
    Change(True, "things_start (POST /things/start)", "argument added: body field `kind`, required"),
    Change(True, "things_start (POST /things/start)", "body field `size`: maximum narrowed from 10 to 5"),
    Change(
        False,
        "things_start (POST /things/start)",
        "body field `size`: default changed from 3 to 4 (behaviour when omitted)",
    ),
    Change(False, "things_start (POST /things/start)", "body field `mode`: allowed values added ['c']"),
    Change(True, "things_start (POST /things/start)", "body field `style`: allowed values removed ['y']"),
    Change(False, "things_start (POST /things/start)", "body field `name`: type widened from string to null/string"),
    Change(True, "things_start (POST /things/start)", "argument removed: body field `note`"),
    Change(True, "things_start (POST /things/start)", "reply `data`.result_url removed"),
    Change(False, "things_start (POST /things/start)", "reply `data`.preview_url added"),
    Change(True, "things_start (POST /things/start)", "reply `data`.status: type widened from string to null/string"),
    Change(True, "things_start (POST /things/start)", "reply `data`._id may now be absent"),
    Change(True, "things_get (GET /things/{id})", "reply `data`.result_url removed"),
    Change(False, "things_get (GET /things/{id})", "deprecated (it warns); use things_list"),
    Change(False, "things_get (GET /things/{id})", "response 404 documented"),
    Change(True, "things_list (GET /things)", "query parameter `page`: now required"),
    Change(True, "things_list (GET /things)", "reply `data`[].result_url removed"),
    Change(True, "things_delete (DELETE /things/{id})", "operation removed"),
    Change(True, "things_old (GET /things/old)", "renamed to things_legacy (the Python method changes)"),
    Change(
        True,
        "things_stats (GET /things/stats)",
        "reply `data`: typed Thing (was untyped); the generated model changes",
    ),
    Change(False, "things_cancel (POST /things/cancel)", "operation added"),
    Change(
        True,
        "things_list (GET /things)",
        "response 5XX narrowed to 500 (typed clients of other languages lose the rest)",
    ),
    Change(False, "things_list (GET /things)", "response 500 documented"),
    Change(False, "things_start (POST /things/start)", "response 500 now documented under a range that covers it"),
    Change(False, "things_start (POST /things/start)", "response 5XX documented"),
]


@pytest.fixture(scope="module")
def changes() -> list[Change]:
    return spec_diff.compare(base_spec(), changed_spec())


@pytest.mark.parametrize("expected", EXPECTED, ids=[f"{c.operation.split()[0]}: {c.message}" for c in EXPECTED])
def test_each_change_is_found_and_classified(changes: list[Change], expected: Change) -> None:
    assert expected in changes


def test_nothing_else_is_reported(changes: list[Change]) -> None:
    extra = [str(c) for c in changes if c not in EXPECTED]
    # The same Thing fields, seen again through things_get and things_list.
    assert all(
        "reply `data`" in line and ("preview_url" in line or "status" in line or "_id" in line) for line in extra
    )


def test_an_unchanged_spec_has_no_changes() -> None:
    assert spec_diff.compare(base_spec(), base_spec()) == []


def test_the_version_bump_follows_the_classification(changes: list[Change]) -> None:
    additions = [c for c in changes if not c.breaking]
    assert spec_diff.next_version("0.1.0", changes) == "0.2.0"
    assert spec_diff.next_version("0.1.0", additions) == "0.1.1"
    assert spec_diff.next_version("1.2.3", changes) == "2.0.0"
    assert spec_diff.next_version("1.2.3", additions) == "1.3.0"
    assert spec_diff.next_version("0.1.0", []) == "0.1.0"


def test_the_changelog_entry_has_breaking_added_and_changed(changes: list[Change]) -> None:
    entry = spec_diff.changelog(changes, "0.2.0")
    assert entry.startswith("## [0.2.0]")
    breaking, added, changed = (entry.index(f"### {title}") for title in ("Breaking", "Added", "Changed"))
    assert breaking < added < changed
    assert "- `things_delete`: operation removed" in entry[breaking:added]
    assert "- `things_cancel`: operation added" in entry[added:changed]
    assert "- `things_start`: body field `size`: default changed" in entry[changed:]


def test_the_command_reads_a_git_ref(capsys: pytest.CaptureFixture[str]) -> None:
    head = spec_diff.spec_at("HEAD")
    assert head["paths"] and spec_diff.compare(head, head) == []
    assert spec_diff.main(["HEAD"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("spec-diff: HEAD -> work tree")
    assert spec_diff.main(["no-such-ref-anywhere"]) == 2
