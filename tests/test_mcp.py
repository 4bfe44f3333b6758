"""`a2e mcp` driven by the official `mcp` SDK's client, over stdio and in memory, against the sandbox."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest
from a2e import AsyncA2E
from a2e._catalog import command, groups
from a2e.mcp import parser
from a2e.mcp._server import make_server, state_from
from a2e.mcp._tools import COMPACT_ABOVE, build_tools, exposed, session_tools
from a2e.sandbox import Sandbox
from mcp import Client, StdioServerParameters

TOKEN = "sk_mcp_secret_token_123"
PHOTO = {"name": "n", "image_url": "https://x/i.jpg", "prompt": "p", "negative_prompt": "q"}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(job_seconds=2.5) as running:
        yield running


README = (Path(__file__).parent.parent / "README.md").read_text()
FACES = {"video_url": "https://x/v.mp4", "face_url": "https://x/f.jpg"}


@pytest.fixture(autouse=True)
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's servers keep their session in the test's own folder, never in the user's."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state-home"))
    return tmp_path / "state-home"


def server(sandbox: Sandbox, *options: str) -> StdioServerParameters:
    env = {**os.environ, "A2E_BASE_URL": sandbox.url, "A2E_API_KEY": TOKEN}
    return StdioServerParameters(command=sys.executable, args=["-m", "a2e", "mcp", *options], env=env)


@asynccontextmanager
async def in_memory(sandbox: Sandbox, *options: str) -> AsyncIterator[Client]:
    """The server `a2e mcp <options>` builds, connected in process (faster than a subprocess)."""
    state = state_from(parser().parse_args(options), AsyncA2E(api_key=TOKEN, base_url=sandbox.url))
    async with state.client, Client(make_server(state)) as client:
        yield client


def answer(result: Any) -> Any:
    assert not result.is_error, text(result)
    return json.loads(text(result))


def text(result: Any) -> str:
    return "".join(getattr(block, "text", "") for block in result.content)


def starts(sandbox: Sandbox) -> int:
    return sum(
        1 for method, path in sandbox.world.requests if method == "POST" and path == "/api/v1/talkingPhoto/start"
    )


def test_tools_carry_the_specs_schemas_and_a_short_list_per_group(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with Client(server(sandbox, "--groups", "talking_photo,credits")) as client:
            tools = {tool.name: tool for tool in (await client.list_tools()).tools}
            assert set(tools) >= {"talking_photo_start", "talking_photo_get", "talking_photo_list", "credits_remaining"}
            assert {"a2e_wait_job", "a2e_get_job", "a2e_quote", "a2e_download"} <= set(tools)
            assert "talking_photo_delete" not in tools and not any(name.startswith("face_swap") for name in tools)
            schema = tools["talking_photo_start"].input_schema
            spec = command("talking_photo", "start")
            assert sorted(schema["required"]) == sorted(a.name for a in spec.arguments if a.required)
            assert (
                schema["properties"]["duration"]["minimum"] == 1 and schema["properties"]["duration"]["maximum"] == 20
            )
            assert "local file" in schema["properties"]["image_url"]["description"]
            annotations = tools["talking_photo_get"].annotations
            assert annotations is not None and annotations.read_only_hint
            assert "a2e_wait_job" in (tools["talking_photo_start"].description or "")

    anyio.run(scenario)


def test_start_wait_with_progress_and_download(sandbox: Sandbox, tmp_path: Path) -> None:
    seen: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append((progress, total, message))

    async def scenario() -> None:
        async with Client(server(sandbox, "--groups", "talking_photo", "--files", str(tmp_path / "files"))) as client:
            started = await client.call_tool("talking_photo_start", PHOTO)
            assert not started.is_error, text(started)
            job = json.loads(text(started))
            assert job["status"] == "initialized" and job["group"] == "talking_photo" and job["cost"] == 10.0
            assert job["kind"] == "start"
            done = await client.call_tool(
                "a2e_wait_job",
                {"group": "talking_photo", "id": job["id"], "max_seconds": 60},
                progress_callback=on_progress,
            )
            record = json.loads(text(done))
            assert record["current_status"] == "completed", record
            saved = await client.call_tool("a2e_download", {"url": record["result_url"], "filename": "../../evil.mp4"})
            path = Path(json.loads(text(saved))["path"])
            assert path.parent == tmp_path / "files" and path.name == "evil.mp4" and path.stat().st_size > 0
            links = [block for block in saved.content if block.type == "resource_link"]
            assert [(link.uri, link.size) for link in links] == [(path.resolve().as_uri(), path.stat().st_size)]
            for result in (started, done, saved):
                assert TOKEN not in text(result)

    anyio.run(scenario)
    assert len(seen) >= 2 and all("talking_photo job" in (message or "") for _, _, message in seen)
    progress = [value for value, _, _ in seen]
    assert progress == sorted(progress) and progress[-1] > max(progress[0], 1), seen  # seconds waited, not 0.0
    assert {total for _, total, _ in seen} == {60} and progress[-1] <= 60


def test_a_wait_that_runs_out_answers_still_running(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        sandbox.world.job_seconds = 3600
        try:
            async with in_memory(sandbox, "--groups", "talking_photo") as client:
                job = json.loads(text(await client.call_tool("talking_photo_start", PHOTO)))
                waited = json.loads(
                    text(
                        await client.call_tool(
                            "a2e_wait_job", {"group": "talking_photo", "id": job["id"], "max_seconds": 1}
                        )
                    )
                )
                assert waited["status"] == "still running" and waited["id"] == job["id"]
        finally:
            sandbox.world.job_seconds = 2.5

    anyio.run(scenario)


def test_the_budget_refuses_with_the_quote_and_starts_nothing(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        before = starts(sandbox)
        async with in_memory(sandbox, "--groups", "talking_photo", "--max-credits-per-job", "5") as client:
            refused = await client.call_tool("talking_photo_start", PHOTO)
            assert (
                refused.is_error and "over the per-job limit of 5" in text(refused) and '"coins": 10' in text(refused)
            )
        async with in_memory(sandbox, "--groups", "talking_photo", "--max-credits-total", "15") as client:
            assert not (await client.call_tool("talking_photo_start", PHOTO)).is_error
            second = await client.call_tool("talking_photo_start", PHOTO)
            assert second.is_error and "limit of 15" in text(second)
        assert starts(sandbox) == before + 1

    anyio.run(scenario)


def test_bad_and_extra_arguments_are_each_named_and_send_nothing(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        before = len(sandbox.world.requests)
        async with in_memory(sandbox, "--groups", "talking_photo,face_swap") as client:
            bad = await client.call_tool("talking_photo_start", {**PHOTO, "duration": 99, "colour": "red"})
            assert bad.is_error and "duration: 99 is greater than the maximum of 20" in text(bad)
            assert "colour: not an argument here" in text(bad)
            missing = await client.call_tool("talking_photo_start", {"name": "n"})
            assert missing.is_error and "image_url: missing" in text(missing) and "prompt: missing" in text(missing)
            # A start whose arguments are all keywords once answered with the quote method's TypeError.
            swap = await client.call_tool("face_swap_start", {"video_url": "https://x/v.mp4"})
            assert swap.is_error and "name: missing" in text(swap) and "face_url: missing" in text(swap)
            assert "positional" not in text(swap) and "Quotes" not in text(swap)
            job = await client.call_tool("a2e_wait_job", {"group": "face_swap", "id": "x", "max_seconds": 0})
            assert job.is_error and "max_seconds: 0 is less than or equal to the minimum of 0" in text(job)
        assert len(sandbox.world.requests) == before

    anyio.run(scenario)


def test_the_meta_tools_name_wrong_inner_arguments_and_unknown_operations(sandbox: Sandbox, tmp_path: Path) -> None:
    async def scenario() -> None:
        before = len(sandbox.world.requests)
        async with in_memory(sandbox, "--tools", "compact") as client:
            bad = await client.call_tool("a2e_call", {"operation": "voices_tts", "arguments": {"msg": "", "x": 1}})
            assert bad.is_error and "arguments.msg: '' should be non-empty" in text(bad)
            assert "arguments.x: not an argument here" in text(bad)
            unknown = await client.call_tool("a2e_call", {"operation": "voices_sing", "arguments": {}})
            assert unknown.is_error and "no operation named 'voices_sing'" in text(unknown)
            extra = await client.call_tool("a2e_find", {"words": "tts", "colour": "red"})
            assert extra.is_error and "colour: not an argument here (they are: limit, words)" in text(extra)
            not_a_start = await client.call_tool("a2e_start", {"operation": "voices_tts", "arguments": {"msg": "hi"}})
            assert not_a_start.is_error and "call it with a2e_call" in text(not_a_start)
        assert len(sandbox.world.requests) == before

    anyio.run(scenario)


def test_deletes_need_the_flag(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with in_memory(sandbox, "--groups", "talking_photo") as client:
            refused = await client.call_tool("talking_photo_delete", {"id": "686770ddbf319f630a1cb3f7"})
            assert refused.is_error and "no tool named" in text(refused)
        async with in_memory(sandbox, "--groups", "talking_photo", "--allow-delete") as client:
            tools = {tool.name: tool for tool in (await client.list_tools()).tools}
            annotations = tools["talking_photo_delete"].annotations
            assert annotations is not None and annotations.destructive_hint
            assert not (await client.call_tool("talking_photo_delete", {"id": "686770ddbf319f630a1cb3f7"})).is_error

    anyio.run(scenario)


def tools_list_size(tools: list[Any]) -> int:
    return len(json.dumps([tool.model_dump(by_alias=True, exclude_none=True) for tool in tools]))


def test_the_default_is_compact_when_the_full_list_is_long_and_the_flag_chooses(sandbox: Sandbox) -> None:
    every = list(groups())
    full = build_tools(every, allow_delete=False)
    compact = build_tools(every, allow_delete=False, mode="compact")
    assert len(full) > COMPACT_ABOVE >= len(compact)
    assert len(full) == len(exposed(every, allow_delete=False)) + 5 + len(
        session_tools(every)
    )  # every operation that is not deprecated or a delete, the job tools, the session tools

    async def scenario() -> None:
        async with Client(server(sandbox)) as client:
            listed = (await client.list_tools()).tools
            assert sorted(tool.name for tool in listed) == sorted(tool.name for tool in compact)
            assert {"a2e_find", "a2e_describe", "a2e_call", "a2e_start", "a2e_wait_job", "a2e_download"} <= {
                tool.name for tool in listed
            }
            assert tools_list_size(listed) < 12_000
        async with in_memory(sandbox, "--tools", "full") as client:
            listed = (await client.list_tools()).tools
            assert len(listed) == len(full) and tools_list_size(listed) > 100_000
        async with in_memory(sandbox, "--groups", "voices,avatar_videos") as client:
            names = {tool.name for tool in (await client.list_tools()).tools}
            assert {"voices_tts", "avatar_videos_list_avatars", "avatar_videos_generate"} <= names
        async with in_memory(sandbox, "--groups", "voices", "--tools", "compact") as client:
            assert "voices_tts" not in {tool.name for tool in (await client.list_tools()).tools}

    anyio.run(scenario)


def test_the_readme_counts_tools_as_they_are() -> None:
    every = list(groups())
    full, compact = build_tools(every, False), build_tools(every, False, "compact")
    assert f"{len(compact)} tools (about {round(tools_list_size_of(compact), -3):,} characters" in README
    assert (
        f"{len(full)} tools for all {len(every)} groups (about {round(tools_list_size_of(full), -3):,} characters"
        in (README)
    )
    assert f"more than {COMPACT_ABOVE} tools" in README


def tools_list_size_of(specs: list[Any]) -> int:
    """What tools/list would carry for these tools (name, description, schema, annotations)."""
    from mcp import types

    return tools_list_size(
        [
            types.Tool(
                name=spec.name,
                description=spec.description,
                input_schema=spec.schema,
                annotations=types.ToolAnnotations(
                    read_only_hint=spec.read_only, destructive_hint=spec.destructive, open_world_hint=True
                ),
            )
            for spec in specs
        ]
    )


def test_the_readme_flow_through_the_meta_tools(sandbox: Sandbox, tmp_path: Path) -> None:
    """Text to speech (a synchronous POST) -> an avatar (another) -> an avatar video -> wait -> download."""

    async def scenario() -> None:
        async with in_memory(sandbox, "--files", str(tmp_path / "files")) as client:
            assert len((await client.list_tools()).tools) <= COMPACT_ABOVE
            found = answer(await client.call_tool("a2e_find", {"words": "tts audio"}))["operations"]
            assert found[0] == {"operation": "voices_tts", "kind": "action", "summary": "Generate TTS audio"}
            schema = answer(await client.call_tool("a2e_describe", {"operation": "voices_tts"}))["input_schema"]
            assert schema["required"] == ["msg"] and schema["additionalProperties"] is False
            speech = answer(await client.call_tool("a2e_call", {"operation": "voices_tts", "arguments": {"msg": "hi"}}))
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+/files/\w+\.mp3", speech)
            avatars = answer(await client.call_tool("a2e_call", {"operation": "avatar_videos_list_avatars"}))
            video = {"anchor_id": avatars[0]["_id"], "anchor_type": 0, "audio_src": speech}
            job = answer(
                await client.call_tool("a2e_start", {"operation": "avatar_videos_generate", "arguments": video})
            )
            assert job["kind"] == "generate" and "a2e_wait_job" in job["next"]
            done = answer(await client.call_tool("a2e_wait_job", {"group": "avatar_videos", "id": job["id"]}))
            assert done["status"] == "success"
            saved = await client.call_tool("a2e_download", {"url": done["result"]})
            link = next(block for block in saved.content if block.type == "resource_link")
            assert Path(answer(saved)["path"]).resolve().as_uri() == link.uri and link.uri.startswith("file://")

    anyio.run(scenario)


def test_a_sync_post_is_a_tool_in_full_mode(sandbox: Sandbox, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with in_memory(sandbox, "--groups", "voices,avatar_videos") as client:
            speech = answer(await client.call_tool("voices_tts", {"msg": "Hello"}))
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+/files/\w+\.mp3", speech)
            avatars = answer(await client.call_tool("avatar_videos_list_avatars", {}))
            assert avatars and avatars[0]["name"]

    anyio.run(scenario)


def test_the_budget_gates_starts_through_the_meta_tools(sandbox: Sandbox, tmp_path: Path) -> None:
    async def scenario() -> None:
        before = starts(sandbox)
        arguments = {"operation": "talking_photo_start", "arguments": PHOTO}
        async with in_memory(sandbox, "--tools", "compact", "--max-credits-per-job", "5") as client:
            for tool in ("a2e_start", "a2e_call"):
                refused = await client.call_tool(tool, arguments)
                assert refused.is_error and "over the per-job limit of 5" in text(refused), tool
                assert '"coins": 10' in text(refused)
        assert starts(sandbox) == before
        async with in_memory(sandbox, "--tools", "compact", "--max-credits-total", "15") as client:
            answers: list[Any] = []

            async def start() -> None:
                answers.append(await client.call_tool("a2e_start", arguments))

            async with anyio.create_task_group() as parallel:  # both quote 10: only one fits in 15
                parallel.start_soon(start)
                parallel.start_soon(start)
            assert sorted(bool(a.is_error) for a in answers) == [False, True]
        assert starts(sandbox) == before + 1

    anyio.run(scenario)


def test_spend_and_jobs_survive_a_restart(sandbox: Sandbox, tmp_path: Path) -> None:
    async def scenario() -> None:
        before = starts(sandbox)
        arguments = {"operation": "talking_photo_start", "arguments": PHOTO}
        async with in_memory(sandbox, "--max-credits-total", "15", "--state-dir", str(tmp_path)) as client:
            job = answer(await client.call_tool("a2e_start", arguments))
        async with in_memory(sandbox, "--max-credits-total", "15", "--state-dir", str(tmp_path)) as client:
            refused = await client.call_tool("a2e_call", arguments)
            assert refused.is_error and "10 of this session's limit of 15 are spent" in text(refused)
            session = answer(await client.call_tool("a2e_session", {}))
            assert session["spent"] == 10 and [j["id"] for j in session["jobs"]] == [job["id"]]
            assert session["jobs"][0]["kind"] == "start" and session["jobs"][0]["group"] == "talking_photo"
        async with in_memory(
            sandbox, "--max-credits-total", "15", "--state-dir", str(tmp_path / "other")
        ) as client:  # another state folder: a fresh start
            assert answer(await client.call_tool("a2e_session", {}))["spent"] == 0
        assert starts(sandbox) == before + 1
        assert json.loads((tmp_path / "mcp-session.json").read_text())["spent"] == 10

    anyio.run(scenario)


def test_an_unreadable_state_file_stops_the_server_rather_than_resetting_the_spend(tmp_path: Path) -> None:
    (tmp_path / "mcp-session.json").write_text("{not json")
    done = subprocess.run(
        [sys.executable, "-m", "a2e", "mcp", "--state-dir", str(tmp_path)],
        env={**os.environ, "A2E_API_KEY": TOKEN},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0 and "mcp-session.json cannot be read" in done.stderr


def last_read(sandbox: Sandbox) -> str:
    return next(path for method, path in reversed(sandbox.world.requests) if method == "GET")


def test_a_job_is_waited_for_by_its_kind(sandbox: Sandbox, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with in_memory(sandbox, "--groups", "face_swap,video_twin") as client:
            preview = answer(await client.call_tool("face_swap_preview", FACES))
            assert preview["kind"] == "preview" and "kind 'preview'" in preview["next"]
            job = {"group": "face_swap", "id": preview["id"]}
            # This server started it, so it knows the kind; a2e_get_job once read face_swap_get for it.
            assert answer(await client.call_tool("a2e_get_job", job))["_id"] == preview["id"]
            assert last_read(sandbox) == "/api/v1/userFaceSwapPreview/status"
            done = answer(await client.call_tool("a2e_wait_job", {**job, "kind": "preview", "max_seconds": 30}))
            assert done["current_status"] == "completed" and done["result_url"]
            wrong = await client.call_tool("a2e_get_job", {**job, "kind": "train"})
            assert wrong.is_error and "kind" in text(wrong) and "(preview, start)" in text(wrong)
        async with in_memory(
            sandbox, "--groups", "face_swap", "--state-dir", str(tmp_path / "other")
        ) as client:  # a server that did not start it
            await client.call_tool("a2e_get_job", job)
            assert last_read(sandbox) == f"/api/v1/userFaceSwapTask/{preview['id']}"  # the main kind, `start`
            assert not (await client.call_tool("a2e_wait_job", {**job, "kind": "preview"})).is_error
            assert last_read(sandbox) == "/api/v1/userFaceSwapPreview/status"

    anyio.run(scenario)


def test_deletes_through_the_meta_tools_need_the_flag(sandbox: Sandbox, tmp_path: Path) -> None:
    record = {"operation": "talking_photo_delete", "arguments": {"id": "686770ddbf319f630a1cb3f7"}}

    async def scenario() -> None:
        async with in_memory(sandbox, "--tools", "compact") as client:
            refused = await client.call_tool("a2e_call", record)
            assert refused.is_error and "deletes need --allow-delete" in text(refused)
            found = answer(await client.call_tool("a2e_find", {"words": "delete talking photo", "limit": 50}))
            assert "talking_photo_delete" not in [entry["operation"] for entry in found["operations"]]
        async with in_memory(sandbox, "--tools", "compact", "--allow-delete") as client:
            tools = {tool.name: tool for tool in (await client.list_tools()).tools}
            annotations = tools["a2e_call"].annotations
            assert annotations is not None and annotations.destructive_hint
            assert not (await client.call_tool("a2e_call", record)).is_error

    anyio.run(scenario)


def test_a_start_with_an_idempotency_key_called_twice_starts_one_job(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with in_memory(sandbox, "--groups", "talking_photo") as client:
            tools = {tool.name: tool for tool in (await client.list_tools()).tools}
            assert "idempotency_key" in tools["talking_photo_start"].input_schema["properties"]
            before = starts(sandbox)
            keyed = {**PHOTO, "idempotency_key": "order-42"}
            first = answer(await client.call_tool("talking_photo_start", keyed))
            again = answer(await client.call_tool("talking_photo_start", keyed))
            assert first["id"] == again["id"] and starts(sandbox) == before + 1
            other = answer(await client.call_tool("talking_photo_start", {**PHOTO, "idempotency_key": "order-43"}))
            assert other["id"] != first["id"] and starts(sandbox) == before + 2
            bad = await client.call_tool("talking_photo_start", {**PHOTO, "idempotency_key": ""})
            assert bad.is_error and "idempotency_key" in text(bad) and starts(sandbox) == before + 2

    anyio.run(scenario)
