"""Contract tests: every recorded response against the spec, the generated models and the client.

Each file in tests/recordings/ is one request and the response it got (from the docs, from public
code, live, or constructed from the field facts: its `source` says which).
"""

from __future__ import annotations

import json
import sys
from functools import cache

import a2e
import httpx
import jsonschema
import pytest
from a2e import A2E, AsyncA2E
from a2e._results import as_json
from a2e_api.models.error_envelope import ErrorEnvelope
from conftest import (
    BASE_URL,
    ROOT,
    TOKEN,
    Recorder,
    Recording,
    call_arguments,
    deprecation_expected,
    expected_data,
    expected_query,
    group_of,
    load_recordings,
    operations,
    spec,
)
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from referencing import Registry
from referencing.jsonschema import DRAFT202012

RECORDINGS = load_recordings()


@cache
def openapi() -> OpenAPI:
    """openapi-core's reader of the spec, built by the worker that runs these tests only. It skips its
    own check of the spec (2 s per process): `make lint` runs openapi-spec-validator on it."""
    return OpenAPI.from_dict(spec(), config=Config(spec_validator_cls=None))


ERROR_ENVELOPE = jsonschema.Draft202012Validator(
    {"$ref": "urn:a2e-spec#/components/schemas/ErrorEnvelope"},
    registry=Registry().with_resource("urn:a2e-spec", DRAFT202012.create_resource(spec())),
)


def by_file(recordings: list[Recording]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("recording", recordings, ids=[r.file for r in recordings])


def check_request(recording: Recording, request: httpx.Request) -> None:
    assert request.method == recording.method
    assert request.url.path == recording.path
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert dict(request.url.params) == expected_query(recording)
    if recording.body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == recording.body


def check_error(recording: Recording, error: a2e.APIError) -> None:
    assert type(error).__name__ == recording.expect_error
    assert error.http_status == recording.status
    assert error.code == recording.response.get("code")
    assert error.trace_id == recording.response.get("trace_id")


@by_file(RECORDINGS)
def test_recording_is_valid_against_the_spec(recording: Recording) -> None:
    assert recording.source in {"docs", "observed", "live", "constructed"}
    op = operations()[recording.operation]
    assert recording.method == op.method
    if recording.expect_error and recording.status < 300:
        # An error on HTTP 200 is the API-wide convention (spec info), not part of each 200 schema.
        ERROR_ENVELOPE.validate(recording.response)
        assert recording.response["code"] != 0
        return
    request = MockRequest(BASE_URL, recording.method.lower(), recording.path)
    response = MockResponse(json.dumps(recording.response).encode(), status_code=recording.status)
    openapi().validate_response(request, response)


@by_file([r for r in RECORDINGS if r.expect_error])
def test_error_envelope_parses_and_round_trips(recording: Recording) -> None:
    assert ErrorEnvelope.from_dict(recording.response).to_dict() == recording.response


@by_file(RECORDINGS)
def test_client_returns_data_or_raises(recording: Recording) -> None:
    recorder = Recorder(httpx.Response(recording.status, json=recording.response))
    client = A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), max_retries=0)
    group, method = group_of(recording.operation)
    call = getattr(getattr(client, group), method)
    args, kwargs = call_arguments(recording)
    if recording.expect_error:
        with pytest.raises(a2e.APIError) as caught, deprecation_expected(recording):
            call(*args, **kwargs)
        check_error(recording, caught.value)
    else:
        with deprecation_expected(recording):
            assert as_json(call(*args, **kwargs)) == expected_data(recording)
    check_request(recording, recorder.last)


@pytest.mark.anyio
@by_file(RECORDINGS)
async def test_async_client_returns_data_or_raises(recording: Recording) -> None:
    recorder = Recorder(httpx.Response(recording.status, json=recording.response))
    client = AsyncA2E(TOKEN, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)), max_retries=0)
    group, method = group_of(recording.operation)
    call = getattr(getattr(client, group), method)
    args, kwargs = call_arguments(recording)
    if recording.expect_error:
        with pytest.raises(a2e.APIError) as caught, deprecation_expected(recording):
            await call(*args, **kwargs)
        check_error(recording, caught.value)
    else:
        with deprecation_expected(recording):
            assert as_json(await call(*args, **kwargs)) == expected_data(recording)
    check_request(recording, recorder.last)


def test_every_operation_has_a_recording() -> None:
    recorded = {r.operation for r in RECORDINGS}
    assert sorted(set(operations()) - recorded) == []


def test_every_recording_names_a_spec_operation() -> None:
    assert sorted({r.operation for r in RECORDINGS} - set(operations())) == []


SOURCE_WORDS = ("docs", "observed", "live", "constructed")


@by_file(RECORDINGS)
def test_a_recordings_name_agrees_with_its_source(recording: Recording) -> None:
    case = recording.file.split("__", 1)[1].removesuffix(".json")
    word = case.split("-")[0]
    if word in SOURCE_WORDS:
        assert recording.source == word, f"{recording.file} is named {word} but its values are {recording.source}"
    if word == "as":
        assert recording.source == "constructed" and case.split("-")[1] in SOURCE_WORDS, recording.file


def test_the_readmes_count_of_recordings_is_current() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import recording_counts

    assert recording_counts.block() in (ROOT / "README.md").read_text(), (
        "run `python scripts/recording_counts.py --write`"
    )
    found = recording_counts.counts()
    assert sum(found.values()) == len(RECORDINGS) and set(found) <= set(SOURCE_WORDS)
