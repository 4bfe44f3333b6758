"""`a2e mcp` driven by the official `mcp` SDK's client over stdio, against the sandbox."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from a2e._catalog import command
from a2e.sandbox import Sandbox
from mcp import Client, StdioServerParameters

TOKEN = "sk_mcp_secret_token_123"
PHOTO = {"name": "n", "image_url": "https://x/i.jpg", "prompt": "p", "negative_prompt": "q"}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(job_seconds=2.5) as running:
        yield running


def server(sandbox: Sandbox, *options: str) -> StdioServerParameters:
    env = {**os.environ, "A2E_BASE_URL": sandbox.url, "A2E_API_KEY": TOKEN}
    return StdioServerParameters(command=sys.executable, args=["-m", "a2e", "mcp", *options], env=env)


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
            for result in (started, done, saved):
                assert TOKEN not in text(result)

    anyio.run(scenario)
    assert seen and all("talking_photo job" in (message or "") for _, _, message in seen)


def test_a_wait_that_runs_out_answers_still_running(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        sandbox.world.job_seconds = 3600
        try:
            async with Client(server(sandbox, "--groups", "talking_photo")) as client:
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
        async with Client(server(sandbox, "--groups", "talking_photo", "--max-credits-per-job", "5")) as client:
            refused = await client.call_tool("talking_photo_start", PHOTO)
            assert (
                refused.is_error and "over the per-job limit of 5" in text(refused) and '"coins": 10' in text(refused)
            )
        async with Client(server(sandbox, "--groups", "talking_photo", "--max-credits-total", "15")) as client:
            assert not (await client.call_tool("talking_photo_start", PHOTO)).is_error
            second = await client.call_tool("talking_photo_start", PHOTO)
            assert second.is_error and "limit of 15" in text(second)
        assert starts(sandbox) == before + 1

    anyio.run(scenario)


def test_a_bad_argument_is_a_tool_error_naming_the_field_and_sends_nothing(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        before = len(sandbox.world.requests)
        async with Client(server(sandbox, "--groups", "talking_photo")) as client:
            bad = await client.call_tool("talking_photo_start", {**PHOTO, "duration": 99})
            assert bad.is_error and "duration" in text(bad)
            missing = await client.call_tool("talking_photo_start", {"name": "n"})
            assert missing.is_error and "image_url" in text(missing)
        assert len(sandbox.world.requests) == before

    anyio.run(scenario)


def test_deletes_need_the_flag(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with Client(server(sandbox, "--groups", "talking_photo")) as client:
            refused = await client.call_tool("talking_photo_delete", {"id": "686770ddbf319f630a1cb3f7"})
            assert refused.is_error and "no tool named" in text(refused)
        async with Client(server(sandbox, "--groups", "talking_photo", "--allow-delete")) as client:
            tools = {tool.name: tool for tool in (await client.list_tools()).tools}
            annotations = tools["talking_photo_delete"].annotations
            assert annotations is not None and annotations.destructive_hint
            assert not (await client.call_tool("talking_photo_delete", {"id": "686770ddbf319f630a1cb3f7"})).is_error

    anyio.run(scenario)
