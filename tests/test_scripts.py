"""The maintainer scripts: the spec reader, recording scrubber, coverage report, the generator's async split."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import coverage as coverage_script
import generate
import record
import spec_reader
from conftest import TOKEN, operations, spec
from spec_facts import ASYNC_SPLIT, PARAMS_SPLIT


def test_the_spec_reader_walks_operations_in_path_then_method_order() -> None:
    get, post = {"operationId": "thing_get"}, {"operationId": "thing_update"}
    document = {
        "paths": {
            "/b": {"summary": "not an operation", "parameters": [], "post": post, "get": get},
            "/a": {"delete": {"operationId": "a_delete"}, "x-a2e-note": {"operationId": "not_a_method"}},
        }
    }
    found = spec_reader.operations(document)
    assert list(found) == ["thing_get", "thing_update", "a_delete"]
    assert found["thing_update"] == ("POST", "/b", post, document["paths"]["/b"])
    assert spec_reader.operations({}) == {}
    assert spec_reader.load() == spec() and len(spec_reader.operations(spec())) == len(operations())


def test_scrub_removes_token_personal_data_and_url_signatures() -> None:
    fake = {
        "code": 0,
        "trace_id": "keep-me",
        "data": {
            "name": "user@mail.com",
            "email": "someone@example.org",
            "nick_name": "Bob",
            "token": TOKEN,
            "note": f"issued for {TOKEN} to ann.lee+a2e@corp.io",
            "uploadUrl": "https://r2.example.com/k.png?X-Amz-Signature=abc&X-Amz-Expires=60",
            "result_url": "https://cdn.example.com/v.mp4?width=10",
            "rows": [{"user_id": "u1", "coins": 3}],
        },
    }
    cleaned = record.scrub(fake, TOKEN)
    text = json.dumps(cleaned)
    assert TOKEN not in text
    assert "someone@example.org" not in text and "ann.lee" not in text and "Bob" not in text
    assert "Signature" not in text
    data = cleaned["data"]
    assert data["uploadUrl"] == "https://r2.example.com/k.png"
    assert data["result_url"] == "https://cdn.example.com/v.mp4?width=10"
    assert data["rows"] == [{"user_id": "<redacted>", "coins": 3}]
    assert cleaned["trace_id"] == "keep-me" and cleaned["code"] == 0


def test_record_refuses_billed_operations_without_consent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("A2E_API_KEY", TOKEN)
    with pytest.raises(SystemExit, match="billed"):
        record.main(["talking_photo_start"])


def test_coverage_report_lists_every_spec_operation_and_the_unknown_paths() -> None:
    text, _ = coverage_script.report()
    for operation_id in operations():
        assert operation_id in text
    assert "no known path" in text
    assert "Obtain Login Token" in text
    assert "== Totals ==" in text


def test_a_generator_warning_stops_generation(tmp_path: Path) -> None:
    """openapi-python-client runs in-process; a response it would leave out must still stop `make generate`."""
    reply = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Missing"}}}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {"get": {"operationId": "a", "tags": ["x"], "responses": {"200": {"description": "ok", **reply}}}}
        },
    }
    (tmp_path / "templates").mkdir()  # no overrides: the generator's own templates
    with pytest.raises(SystemExit, match=r"(?s)openapi-python-client failed:.*GET /a.*Could not find reference"):
        generate.render(document, tmp_path / "templates", tmp_path / "package")


def test_each_group_module_is_split_into_its_sync_half_params_and_async_half(tmp_path: Path) -> None:
    jobs, plain = tmp_path / "api" / "voices", tmp_path / "api" / "credits"
    for group in (jobs, plain):
        group.mkdir(parents=True)
    (jobs / "__init__.py").write_text(f"SYNC = 1\n\n\n{PARAMS_SPLIT}\nPARAMS = 3\n{ASYNC_SPLIT}\n\nASYNC = 2\n")
    (plain / "__init__.py").write_text(f"SYNC = 1\n\n\n{ASYNC_SPLIT}\n\nASYNC = 2\n")  # no starts, no params
    generate.split_group_modules(tmp_path)
    assert [(jobs / name).read_text() for name in ("__init__.py", "_params.py", "_async.py")] == [
        "SYNC = 1\n",
        "PARAMS = 3\n",
        "ASYNC = 2\n",
    ]
    assert (plain / "__init__.py").read_text() == "SYNC = 1\n"
    assert not (plain / "_params.py").exists()
    assert (plain / "_async.py").read_text() == "ASYNC = 2\n"
    (jobs / "__init__.py").write_text("SYNC = 1\n")  # a template that lost the marker
    with pytest.raises(SystemExit, match="no async half"):
        generate.split_group_modules(tmp_path)
