"""`make catalog-diff`: a catalog this test changes on purpose, and what the diff must say about it."""

from __future__ import annotations

import copy
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, operations

sys.path.insert(0, str(ROOT / "scripts"))

import catalog_diff
from coverage import route

REFERENCE = catalog_diff.load_catalog(catalog_diff.REFERENCE)
BY_ID = {entry["operation_id"]: entry for entry in REFERENCE}
START = "postApiV1UserImage2VideoStart"
"""The catalog operation whose fields the test changes (image_to_video_start)."""
SPEC_BY_ROUTE = {route(op.method, op.path): op.operation_id for op in operations().values()}


def operation_for(catalog_id: str) -> str:
    entry = BY_ID[catalog_id]
    return SPEC_BY_ROUTE[route(entry["method"], entry["path"])]


def body_field(entry: dict[str, Any], name: str) -> dict[str, Any]:
    return next(f for f in entry["body_fields"] if f["name"] == name)


def write(tmp_path: Path, catalog: list[dict[str, Any]], name: str = "new-catalog.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(entry) + "\n" for entry in catalog))
    return path


def messages(result: catalog_diff.Diff, operation_id: str) -> list[str]:
    return [f.message for f in result.findings if f.location.operation == operation_id]


def test_the_reference_catalog_itself_changes_nothing() -> None:
    result = catalog_diff.diff(REFERENCE, REFERENCE)
    assert [f for f in result.findings if f.changed] == []
    # What the spec lacks against it is only whole operations and catalog ids, never a field (test_spec).
    assert {f.message.split(":")[0] for f in result.findings} <= {"operation added", "x-a2e-catalog-id missing"}


def test_a_catalog_the_spec_covers_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    covered = [
        entry
        for entry in REFERENCE
        if (op_id := SPEC_BY_ROUTE.get(route(entry["method"], entry["path"])))
        and operations()[op_id].body.get("x-a2e-catalog-id") == entry["operation_id"]
    ]
    assert covered
    assert (
        catalog_diff.main([str(write(tmp_path, covered)), "--reference", str(write(tmp_path, covered, "old.jsonl"))])
        == 0
    )
    assert "up to date" in capsys.readouterr().out


def pick(entry: dict[str, Any], *, noted: bool, taken: set[str], **wanted: Any) -> str:
    """A body field of the entry with these facts (`key=True`: the key is present), named in a note or not."""
    notes = " ".join(operations()[operation_for(entry["operation_id"])].body["x-a2e-source"].get("notes", []))
    for candidate in entry["body_fields"]:
        name = candidate["name"]
        present = all(
            (key in candidate) if value is True else candidate.get(key) == value for key, value in wanted.items()
        )
        if present and name not in taken and (f"`{name}`" in notes) is noted:
            taken.add(name)
            return str(name)
    raise AssertionError(f"no body field of {entry['operation_id']} with {wanted} (noted: {noted})")


@dataclass
class Changed:
    result: catalog_diff.Diff
    catalog: list[dict[str, Any]]
    fields: dict[str, str]
    """What was changed -> the field it was done to."""


@pytest.fixture(scope="module")
def changed() -> Changed:
    catalog = copy.deepcopy(REFERENCE)
    by_id = {entry["operation_id"]: entry for entry in catalog}
    start = by_id[START]
    taken: set[str] = set()
    fields = {
        "allowed": pick(start, noted=False, taken=taken, allowed=True),
        "max": pick(start, noted=False, taken=taken, max=True),
        "required": pick(start, noted=False, taken=taken, required=False, type="string"),
        "retyped": pick(start, noted=False, taken=taken, type="string", required=False),
        "removed": pick(start, noted=False, taken=taken),
        "noted": pick(start, noted=True, taken=taken, default=True, type="integer"),
    }
    body_field(start, fields["allowed"])["allowed"].append("PRO")
    body_field(start, fields["max"])["max"] = body_field(start, fields["max"])["max"] - 1
    body_field(start, fields["required"])["required"] = True
    body_field(start, fields["retyped"])["type"] = "integer"
    body_field(start, fields["noted"])["default"] = body_field(start, fields["noted"])["default"] + 1
    start["body_fields"] = [f for f in start["body_fields"] if f["name"] != fields["removed"]]
    start["body_fields"].append({"name": "seed", "required": False, "type": "integer", "min": 0})
    start["responses"].append({"status": 409, "note": "Conflict"})
    new = copy.deepcopy(start)
    new.update(path="/api/v1/userImage2Video/cancel", operation_id="postApiV1UserImage2VideoCancel", body_fields=[])
    catalog.append(new)
    catalog.remove(by_id["deleteApiV1UserDubbingId"])
    by_id["getApiV1UserDubbingAllRecords"]["method"] = "POST"  # same catalog id, same path, other method
    by_id["getApiV1TalkingPhotoAllRecords"].update(method="POST", operation_id="postApiV1TalkingPhotoAllRecords")
    by_id["getApiV1UserImage2VideoId"]["path"] = "/api/v1/userImage2Video/detail/{_id}"
    by_id["getApiV1UserDubbingId"]["operation_id"] = "getApiV1UserDubbingDetail"
    return Changed(catalog_diff.diff(catalog, REFERENCE), catalog, fields)


def test_field_changes_are_reported_at_the_operation(changed: Changed) -> None:
    found = messages(changed.result, operation_for(START))
    fields = changed.fields
    maximum = body_field(BY_ID[START], fields["max"])["max"]
    default = body_field(BY_ID[START], fields["noted"])["default"]
    expected = [
        f'body field `{fields["allowed"]}`: new allowed values ["PRO"]',
        f"body field `{fields['max']}`: max changed: the catalog says {maximum - 1}, the spec {maximum}",
        f"body field `{fields['required']}`: newly required",
        f"body field `{fields['retyped']}`: retyped: the catalog says integer, the spec string",
        f"body field `{fields['removed']}` removed from the catalog",
        "body field `seed` added (integer, optional, min 0)",
        "response status added: 409",
        f"body field `{fields['noted']}`: default changed: the catalog says {default + 1}, the spec {default} "
        "(its note in x-a2e-source was written against the old catalog: review it)",
    ]
    assert sorted(found) == sorted(expected)
    assert all(f.changed for f in changed.result.findings if f.location.operation == operation_for(START))


def test_operation_changes_are_reported(changed: Changed) -> None:
    result = changed.result
    added = [f for f in result.findings if f.message.startswith("operation added: POST /api/v1/userImage2Video/cancel")]
    assert [f.location.file for f in added] == ["openapi/src/groups/image_to_video.yaml"]
    assert added[0].changed
    delete = operation_for("deleteApiV1UserDubbingId")
    assert messages(result, delete) == [
        "operation removed: the catalog no longer has deleteApiV1UserDubbingId (DELETE /api/v1/userDubbing/{id})"
    ]
    assert messages(result, operation_for("getApiV1UserDubbingAllRecords"))[0] == (
        "renamed: catalog getApiV1UserDubbingAllRecords moved from GET /api/v1/userDubbing/allRecords "
        "to POST /api/v1/userDubbing/allRecords"
    )
    assert messages(result, operation_for("getApiV1TalkingPhotoAllRecords"))[0] == (
        "renamed: GET /api/v1/talkingPhoto/allRecords is now POST (catalog postApiV1TalkingPhotoAllRecords)"
    )
    assert messages(result, operation_for("getApiV1UserImage2VideoId"))[0] == (
        "renamed: catalog getApiV1UserImage2VideoId moved from GET /api/v1/userImage2Video/{id} "
        "to GET /api/v1/userImage2Video/detail/{_id}"
    )
    assert messages(result, operation_for("getApiV1UserDubbingId")) == [
        "catalog id changed: getApiV1UserDubbingId is now getApiV1UserDubbingDetail"
    ]


def test_findings_name_the_group_file_and_line(changed: Changed) -> None:
    for finding in changed.result.findings:
        file = ROOT / finding.location.file.split(" ")[0]
        if finding.location.operation:
            line = file.read_text().splitlines()[finding.location.line - 1]
            assert f"operationId: {finding.location.operation}" in line


def test_the_command_exits_non_zero_and_prints_where_to_edit(
    changed: Changed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert catalog_diff.main([str(write(tmp_path, changed.catalog))]) == 1
    out = capsys.readouterr().out
    assert "== Changed since the reference catalog" in out
    assert "openapi/src/groups/image_to_video.yaml:" in out and operation_for(START) in out
    assert "the spec is behind" in out


def test_bad_input_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert catalog_diff.main([str(tmp_path / "missing.jsonl")]) == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"method": "GET"}\n')
    with pytest.raises(SystemExit, match="no operation_id, path"):
        catalog_diff.main([str(bad)])
