"""Bounded schemathesis runs of the whole spec, one test per operation: against the Prism mock of
the spec (`make contract`), and against the sandbox (positive and negative requests). Both are
part of `make test`.

Schemathesis generates requests for every operation and checks each answer against the spec
(status documented, body conforms to its schema, and more). Each test runs its cases through
Hypothesis itself and asserts how many it ran, so the count is visible and every operation runs
under `pytest -n auto --dist loadfile` too: schemathesis's own `parametrize` collection does not
survive pytest-xdist (its items are made lazily, per worker, and all but one went missing).

- Prism, serving the same spec, validates each request and answers from the spec's examples. A
  failure means two readings of the spec disagree. Only valid requests (`positive` mode): invalid
  ones would test Prism's own error handling, not our spec. Two checks Prism cannot pass are
  excluded: `ignored_auth` (Prism accepts any bearer token) and `unsupported_method` (Prism
  answers an undocumented method with 405 but no `Allow` header).
- The sandbox must answer as the spec says, both ways: a valid request gets a reply that fits the
  operation's schema, an invalid one A2E's invalid-parameter error (HTTP 400). `unsupported_method`
  is excluded: like A2E, the sandbox answers an undocumented method with its HTML 404 page.
  Requests with unknown parameters are not generated as "invalid": the spec allows them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from a2e.sandbox import Sandbox
from conftest import TOKEN, operations, spec
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode, checks

PRISM_CANNOT = [checks.ignored_auth, checks.unsupported_method]
SANDBOX_LIKE_A2E = [checks.unsupported_method]
MAX_EXAMPLES = 2
"""Per operation and mode: about 1,000 requests to Prism, 1,000 to the sandbox."""

KNOWN_FINDINGS: dict[str, dict[str, str]] = {}
"""Spec findings the Prism run reports, kept out until the spec is fixed (delete the entry with the fix):
operationId -> {check name: the finding}. Empty: the last one (`avatar_videos_get`'s `video_id=`
accepted) was fixed with `minLength: 1`."""

SCHEMA = schemathesis.openapi.from_dict(copy.deepcopy(spec()))  # a copy: what it does to it stays its own
SCHEMA.config.generation.update(allow_extra_parameters=False)
"""An unknown query parameter or header is no violation: the spec does not forbid them, A2E ignores them."""
OPERATION_IDS = sorted(operations())


def run_cases(operation_id: str, base_url: str, mode: GenerationMode, excluded: list[Any]) -> int:
    """Run up to MAX_EXAMPLES generated cases of one operation against `base_url`; how many ran."""
    spec_operation = operations()[operation_id]
    api_operation = SCHEMA[spec_operation.path][spec_operation.method]
    ran = []

    @given(case=api_operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def one_case(case: Any) -> None:
        ran.append(case)
        case.call_and_validate(
            base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}, excluded_checks=excluded
        )

    try:
        one_case()
    except BaseException as error:
        error.add_note(f"operation {operation_id} ({mode.value}; in openapi/src/groups/, or the sandbox)")
        raise
    return len(ran)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_against_the_prism_mock(operation_id: str, prism_url: str) -> None:
    known = [getattr(checks, name) for name in KNOWN_FINDINGS.get(operation_id, {})]
    assert run_cases(operation_id, prism_url, GenerationMode.POSITIVE, PRISM_CANNOT + known) >= 1


def session_calls() -> set[str]:
    """Operations that take an open session's key (`x-a2e-session`: the Streaming Avatar's `channel`).

    A generated request names a channel the sandbox never opened, which it refuses as A2E does (400,
    code 1001): a valid request that no stateless generator can make succeed, so schemathesis's
    "valid data is accepted" check is off for these; every other check still runs."""
    found = set()
    for opener in operations().values():
        session = opener.body.get("x-a2e-session")
        if not session:
            continue
        group = opener.body["tags"][0]
        for candidate in operations().values():
            body = candidate.body.get("requestBody", {}).get("content", {}).get("application/json", {})
            if candidate.body["tags"][0] == group and session["key"] in body.get("schema", {}).get("required", []):
                found.add(candidate.operation_id)
    return found


@pytest.fixture(scope="module")
def sandbox_url() -> Iterator[str]:
    with Sandbox(job_seconds=0, coins=10**9) as sandbox:
        yield sandbox.url


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda mode: mode.value)
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_against_the_sandbox(operation_id: str, mode: GenerationMode, sandbox_url: str) -> None:
    stateful = [checks.positive_data_acceptance] if operation_id in session_calls() else []
    ran = run_cases(operation_id, sandbox_url, mode, SANDBOX_LIKE_A2E + stateful)
    assert ran >= 1 or mode is GenerationMode.NEGATIVE  # an operation with nothing to break has no negative case


def test_every_operation_has_a_run_of_each_kind() -> None:
    """The parametrization is plain data, the same in every xdist worker: one test per operation."""
    assert len(OPERATION_IDS) == len(operations()) >= 240
    print(f"schemathesis: {len(OPERATION_IDS)} operations against Prism, {2 * len(OPERATION_IDS)} against the sandbox")


def test_known_findings_name_operations_and_checks() -> None:
    for operation_id, known in KNOWN_FINDINGS.items():
        assert operation_id in operations(), f"{operation_id} is no operation: delete its entry"
        for name, finding in known.items():
            assert callable(getattr(checks, name, None)), f"{name} is no schemathesis check"
            assert finding
