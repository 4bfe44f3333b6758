"""Duplicate-safe starts (`idempotency_key=`): one job per key, found again after a lost reply, by
another process, or by a process without the local store, against the sandbox."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import a2e
import pytest
from a2e import A2E, AsyncA2E
from a2e._idempotency import KeyedStart, SqliteStore, tag_of
from a2e.sandbox import Sandbox
from a2e_api.api import operation as operation_named
from a2e_api.descriptors import Argument, Idempotency
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

START: dict[str, Any] = {"image_url": "https://example.com/face.jpg", "prompt": "p", "negative_prompt": "q"}


@pytest.fixture(scope="module")
def sandbox() -> Any:
    with Sandbox(job_seconds=0.3) as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox) -> Any:
    """A factory of clients on the sandbox, each with its own store under `state`; closed afterwards."""
    made: list[A2E] = []

    def make(state: Path, **options: Any) -> A2E:
        made.append(A2E("sk_test", base_url=sandbox.url, **options))
        made[-1]._core.idempotency_store = SqliteStore(state / "keys.db")
        return made[-1]

    yield make
    for api in made:
        api.close()


def jobs_tagged(sandbox: Sandbox, key: str) -> list[str]:
    return [job.id for job in sandbox.world.jobs.values() if tag_of(key) in str(job.record.get("name"))]


def test_a_repeated_key_returns_the_first_job_without_a_request(sandbox: Sandbox, client: Any, tmp_path: Path) -> None:
    api = client(tmp_path)
    first = api.talking_photo.start(name="hello", **START, idempotency_key="order-1")
    before = len(sandbox.world.requests)
    again = api.talking_photo.start(name="hello", **START, idempotency_key="order-1")
    assert again.id == first.id and len(sandbox.world.requests) == before
    assert first.name == f"hello {tag_of('order-1')}"
    assert jobs_tagged(sandbox, "order-1") == [first.id]


def test_a_process_without_the_store_finds_the_job_through_the_list(
    sandbox: Sandbox, client: Any, tmp_path: Path
) -> None:
    first = client(tmp_path / "one").talking_photo.start(name="x", **START, idempotency_key="order-2")
    elsewhere = client(tmp_path / "two").talking_photo.start(name="x", **START, idempotency_key="order-2")
    assert elsewhere.id == first.id and jobs_tagged(sandbox, "order-2") == [first.id]


@pytest.mark.parametrize("trigger", ["sandbox:drop-reply", "sandbox:late-reply"])
def test_a_lost_reply_is_followed_by_a_search_not_a_second_job(
    sandbox: Sandbox, client: Any, tmp_path: Path, trigger: str
) -> None:
    api = client(tmp_path, timeout=0.5)
    with pytest.raises(a2e.APIConnectionError) as lost:
        api.talking_photo.start(name=trigger, **START)  # without a key: the error, and a job nobody knows
    assert lost.value.maybe_sent
    key = f"lost-{trigger}"
    found = api.talking_photo.start(name=trigger, **START, idempotency_key=key)
    assert jobs_tagged(sandbox, key) == [found.id]
    assert api.talking_photo.start(name=trigger, **START, idempotency_key=key).id == found.id


def test_a_start_without_a_tag_field_asks_and_never_resends(sandbox: Sandbox, client: Any, tmp_path: Path) -> None:
    api = client(tmp_path)
    arguments = {"anchor_id": "a", "anchor_type": 0, "audio_src": "https://x/a.mp3", "title": "sandbox:drop-reply"}
    starts = sandbox.world.starts_seen
    for _ in range(2):
        with pytest.raises(a2e.StartUncertainError) as uncertain:
            api.avatar_videos.generate(**arguments, idempotency_key="no-tag")
        assert uncertain.value.key == "no-tag"
    assert sandbox.world.starts_seen == starts + 1
    done = api.avatar_videos.generate(**{**arguments, "title": "fine"}, idempotency_key="no-tag-2")
    assert api.avatar_videos.generate(**arguments, idempotency_key="no-tag-2").id == done.id


def test_a_rejected_start_forgets_its_key(sandbox: Sandbox, client: Any, tmp_path: Path) -> None:
    api = client(tmp_path)
    with pytest.raises(a2e.ModerationError):
        api.talking_photo.start(name="sandbox:moderation", **START, idempotency_key="order-3")
    assert api.talking_photo.start(name="ok", **START, idempotency_key="order-3").name.startswith("ok ")


@pytest.mark.parametrize("key", ["", "x" * 201, "tab\there", 42])
def test_a_bad_key_is_refused_before_anything_is_sent(sandbox: Sandbox, client: Any, tmp_path: Path, key: Any) -> None:
    before = len(sandbox.world.requests)
    with pytest.raises(a2e.ArgumentValueError, match="idempotency_key"):
        client(tmp_path).talking_photo.start(name="x", **START, idempotency_key=key)
    assert len(sandbox.world.requests) == before


def test_the_tag_fits_the_fields_max_length(tmp_path: Path) -> None:
    start = operation_named("face_swap_start")
    operation = start._replace(
        body=(Argument("title", "title", "body", {"type": ["string"]}, False),),
        task=start.start_task._replace(idempotency=Idempotency("title", "face_swap_list", 20)),
    )
    keyed = KeyedStart(SqliteStore(tmp_path / "k.db"), "s", operation, "k", 1.0)
    tagged = keyed.tagged({"title": "a long title that does not fit"})["title"]
    assert len(tagged) == 20 and tagged.endswith(tag_of("k"))
    assert keyed.tagged({})["title"] == tag_of("k")


def test_async_starts_share_the_store_and_the_search(sandbox: Sandbox, client: Any, tmp_path: Path) -> None:
    async def main() -> list[str]:
        async with AsyncA2E("sk_test", base_url=sandbox.url, timeout=0.5) as api:
            api._core.idempotency_store = SqliteStore(tmp_path / "keys.db")
            tasks = [
                api.talking_photo.start(name="sandbox:drop-reply", **START, idempotency_key="async-1") for _ in range(3)
            ]
            return [task.id for task in await asyncio.gather(*tasks)]

    ids = asyncio.run(main())
    assert len(set(ids)) == 1 and jobs_tagged(sandbox, "async-1") == ids[:1]


CALLER = """
import json, sys
from a2e import A2E
from a2e._idempotency import SqliteStore
url, store, key, name = sys.argv[1:]
api = A2E("sk_test", base_url=url, timeout=0.5)
api._core.idempotency_store = SqliteStore(store)
start = {"image_url": "https://x/f.jpg", "prompt": "p", "negative_prompt": "q"}
task = api.talking_photo.start(name=name, **start, idempotency_key=key)
print(json.dumps(task.id))
"""


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    modes=st.lists(st.sampled_from(["plain", "sandbox:drop-reply", "sandbox:late-reply"]), min_size=1, max_size=3),
    key=st.text("abcdefghij0123456789-", min_size=1, max_size=12),
)
def test_concurrent_processes_with_one_key_make_one_job(
    sandbox: Sandbox, tmp_path_factory: pytest.TempPathFactory, modes: list[str], key: str
) -> None:
    key = f"{tmp_path_factory.mktemp('k').name}-{key}"  # a new key per example
    store = str(tmp_path_factory.mktemp("store") / "keys.db")
    callers = [
        subprocess.Popen(
            [sys.executable, "-c", CALLER, sandbox.url, store, key, mode], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        for mode in modes
    ]
    ids = [json.loads(caller.communicate(timeout=60)[0]) for caller in callers]
    assert [caller.returncode for caller in callers] == [0] * len(modes)
    assert len(set(ids)) == 1 and jobs_tagged(sandbox, key) == ids[:1]
