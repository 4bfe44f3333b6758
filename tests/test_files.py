"""`client.files` and the file inputs of every operation: the result files of finished records (lists,
records from `get`, lists of records) for Python, the CLI and MCP alike; what a `str` in a file
input may be; and uploads and downloads against a misbehaving peer on 127.0.0.1 (tests/servers.py),
where, as in test_faults.py, every failure comes out as an `A2EError`, bounded in requests and time.
Sync and async flavours share their logic; both are run.
"""

from __future__ import annotations

import io
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import a2e
import anyio
import conftest
import httpx
import pytest
from a2e import A2E, AsyncA2E
from a2e._catalog import command
from a2e.cli import main
from a2e.mcp._server import file_inputs
from a2e.sandbox import Sandbox
from a2e_api.models.text_to_image_task import TextToImageTask
from servers import FaultServer, Request, answer, envelope, fault_server, response_bytes

TOKEN = "sk_files_0123456789"
PRESIGN = "/api/v1/r2/upload-presigned-url"
IMAGE: dict[str, Any] = {"name": "n", "prompt": "a cat", "width": 512, "height": 512}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sandbox(clock: Clock) -> Iterator[Sandbox]:
    with Sandbox(job_seconds=300, clock=clock) as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox, clock: Clock) -> Iterator[A2E]:
    with A2E(TOKEN, base_url=sandbox.url) as made:
        made._core.clock, made._core.sleep = clock, clock.sleep
        yield made


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with fault_server() as running:
        yield running


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".part"))


# -- the result files of a finished record --------------------------------------------------------


def test_list_results_download_from_a_wait_a_get_and_a_list(client: A2E, sandbox: Sandbox, tmp_path: Path) -> None:
    done = client.text_to_image.start_and_wait(**IMAGE)  # a list of records, each with image_urls
    (record,) = done
    one = client.files.download(record, tmp_path / "one.png")
    assert one == tmp_path / "one.png" and one.read_bytes() == sandbox.world.files[record.image_urls[0].rsplit("/")[-1]]
    read = client.text_to_image.get(record.id)  # the webhook flow: a plain record, not a Completed one
    assert type(read) is TextToImageTask
    assert client.files.download(read, tmp_path).name == f"{record.id}.png"
    assert client.files.download_all(done, tmp_path / "all") == [tmp_path / "all" / f"{record.id}.png"]
    two = TextToImageTask.from_dict({**record.to_dict(), "image_urls": record.image_urls * 2})
    with pytest.raises(a2e.ArgumentValueError, match="download_all") as caught:
        client.files.download(two, tmp_path / "x.png")
    assert caught.value.argument == "source" and not (tmp_path / "x.png").exists()
    paths = client.files.download_all(two, tmp_path / "two")
    assert [p.name for p in paths] == [f"{record.id}-1.png", f"{record.id}-2.png"]
    unfinished = TextToImageTask.from_dict({**record.to_dict(), "image_urls": []})
    with pytest.raises(a2e.DownloadError, match="no result file URL"):
        client.files.download(unfinished, tmp_path)
    assert leftovers(tmp_path) == []


def test_expired_urls_in_a_list_are_refreshed_with_one_reread(client: A2E, sandbox: Sandbox, tmp_path: Path) -> None:
    (record,) = client.text_to_image.start_and_wait(**IMAGE)
    stale = TextToImageTask.from_dict({**record.to_dict(), "image_urls": [f"{sandbox.cdn_url}/expired/a.png"]})
    (path,) = client.files.download_all([stale], tmp_path)
    assert path.read_bytes() == sandbox.world.files[record.image_urls[0].rsplit("/")[-1]]
    gone = TextToImageTask.from_dict(
        {**record.to_dict(), "image_urls": [f"{sandbox.cdn_url}/expired/{n}" for n in "ab"]}
    )
    with pytest.raises(a2e.DownloadError) as caught:  # the fresh read has no second image: still expired
        client.files.download_all(gone, tmp_path / "gone")
    assert caught.value.expired and leftovers(tmp_path) == []


def test_a_trailing_slash_means_a_folder_for_python_and_the_cli(
    client: A2E, sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = client.files.upload(b"hello", name="note.txt")
    saved = client.files.download(url, f"{tmp_path}/out/")
    assert saved.parent == tmp_path / "out" and saved.read_bytes() == b"hello"
    assert client.files.download(url, tmp_path / "file").read_bytes() == b"hello"  # no slash: a file
    monkeypatch.setenv("A2E_BASE_URL", sandbox.url)
    monkeypatch.setenv("A2E_API_KEY", TOKEN)
    assert main(["download", url, f"{tmp_path}/cli/"]) == 0
    assert Path(capsys.readouterr().out.strip()) == tmp_path / "cli" / saved.name


def test_the_cli_downloads_every_result_under_the_names_python_gives(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.world.job_seconds = 0  # done at the first poll (the CLI waits in real time)
    monkeypatch.setenv("A2E_BASE_URL", sandbox.url)
    monkeypatch.setenv("A2E_API_KEY", TOKEN)
    face = tmp_path / "face.png"
    face.write_bytes(b"png")
    start = [
        "nano-banana",
        "start",
        "--name",
        "n",
        "--prompt",
        "p",
        "--input-images",
        str(face),
        "--input-images",
        "https://x/i.png",
    ]
    assert main([*start, "--wait", "--download", str(tmp_path / "out")]) == 0
    record = json.loads(capsys.readouterr().out)
    assert b"png" in sandbox.world.files.values()  # the list flag's local file was uploaded
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"{record['_id']}.png"]


# -- what a str in a file input may be ------------------------------------------------------------


def test_a_str_that_is_not_a_url_is_refused_before_anything_is_sent(
    client: A2E, sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sandbox.world.starts_seen
    with pytest.raises(a2e.ArgumentValueError, match=r"Path\(") as caught:
        client.face_swap.start(face_url="face.jpg", video_url="https://x/v.mp4", name="n")
    assert caught.value.argument == "face_url"
    with pytest.raises(a2e.ArgumentValueError) as listed:
        client.nano_banana.start(name="n", prompt="p", input_images=["https://x/a.png", "b.png"])
    assert listed.value.argument == "input_images[1]"
    face = tmp_path / "face.jpg"
    face.write_bytes(b"jpeg")
    with pytest.raises(a2e.ArgumentTypeError, match=r"face\.jpg") as single:  # one Path where a list goes
        client.nano_banana.start(name="n", prompt="p", input_images=Path("face.jpg"))  # type: ignore[arg-type]
    assert single.value.argument == "input_images"
    with pytest.raises(a2e.ArgumentTypeError) as other:  # the other arguments are checked before uploading
        client.face_swap.start(face_url=face, video_url="https://x/v.mp4", name=7)  # type: ignore[arg-type]
    assert other.value.argument == "name"
    assert sandbox.world.starts_seen == before and not any(n.endswith("face.jpg") for n in sandbox.world.files)
    monkeypatch.setenv("A2E_BASE_URL", sandbox.url)
    monkeypatch.setenv("A2E_API_KEY", TOKEN)
    with pytest.raises(SystemExit) as exited:
        main(["face-swap", "start", "--name", "n", "--face-url", "nope.jpg", "--video-url", "https://x/v.mp4"])
    assert exited.value.code == 2 and "nope.jpg" in capsys.readouterr().err
    cmd = command("face_swap", "start")
    assert file_inputs(cmd, {"face_url": str(face)})["face_url"] == face
    with pytest.raises(a2e.ArgumentValueError, match=r"nope\.jpg"):
        file_inputs(cmd, {"face_url": "nope.jpg"})
    assert sandbox.world.starts_seen == before


def test_a_list_of_paths_uploads_each_in_its_place(tmp_path: Path) -> None:
    files = [tmp_path / "a.png", tmp_path / "b.png"]
    for index, file in enumerate(files):
        file.write_bytes(b"image %d" % index)
    presigned = [
        httpx.Response(
            200, json=conftest.envelope({"uploadUrl": f"https://up.example/{n}", "cdnUrl": f"https://cdn/{n}"})
        )
        for n in "ab"
    ]
    recorder = conftest.Recorder(
        presigned[0], httpx.Response(200), presigned[1], httpx.Response(200),
        httpx.Response(200, json=conftest.envelope({"_id": "6747", "current_status": "initialized"})),
    )  # fmt: skip
    with A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder))) as client:
        client.nano_banana.start(name="n", prompt="p", input_images=[files[0], "https://x/c.png", files[1]])
    assert [r.content for r in recorder.requests if r.method == "PUT"] == [b"image 0", b"image 1"]
    assert recorder.json_body()["input_images"] == ["https://cdn/a", "https://x/c.png", "https://cdn/b"]
    assert all("authorization" not in r.headers for r in recorder.requests if r.method == "PUT")


def test_the_async_twin_downloads_lists_and_refuses_the_same(sandbox: Sandbox, clock: Clock, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with AsyncA2E(TOKEN, base_url=sandbox.url) as client:
            client._core.clock = clock

            async def sleep(seconds: float) -> None:
                clock.sleep(seconds)

            client._core.sleep = sleep
            done = await client.text_to_image.start_and_wait(**IMAGE)
            paths = await client.files.download_all(done, f"{tmp_path}/async/")
            assert [p.name for p in paths] == [f"{done[0].id}.png"]
            with pytest.raises(a2e.ArgumentValueError):
                await client.face_swap.start(face_url="face.jpg", video_url="https://x/v.mp4", name="n")
            with pytest.raises(a2e.ArgumentValueError, match="absolute http"):
                await client.files.download("http://[::1", tmp_path)

    anyio.run(scenario)


# -- downloads from a misbehaving peer ------------------------------------------------------------


def file_answer(body: bytes, headers: dict[str, str] | None = None) -> Any:
    return answer(200, raw=body, headers=headers or {"Content-Type": "image/png"})


def cut_short(sock: socket.socket, request: Request) -> None:
    sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"x" * 1000)
    sock.close()


def test_names_from_urls_and_headers_are_sanitised_and_shortened(server: FaultServer, tmp_path: Path) -> None:
    long_name = "n" * 280 + ".png"
    server.on("/" + long_name, file_answer(b"long"))
    server.on("/dots..", file_answer(b"dots"))
    server.on("/offered", file_answer(b"offered", {"Content-Disposition": 'attachment; filename="../../evil.sh"'}))
    with A2E(TOKEN, base_url=server.url) as client:
        long_path = client.files.download(f"{server.url}/{long_name}", tmp_path)
        assert long_path.parent == tmp_path and long_path.suffix == ".png" and len(long_path.name.encode()) <= 200
        assert client.files.download(f"{server.url}/dots..", tmp_path) == tmp_path / "dots"
        assert client.files.download(f"{server.url}/offered", tmp_path) == tmp_path / "evil.sh"
        assert client.files.download(f"{server.url}/dots..", tmp_path / "named..").read_bytes() == b"dots"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([long_path.name, "dots", "evil.sh", "named.."])


def test_every_download_failure_is_a_download_or_argument_error_and_leaves_no_part(
    server: FaultServer, tmp_path: Path
) -> None:
    server.on("/short.png", cut_short)
    server.on("/ok.png", file_answer(b"ok"))
    (tmp_path / "blocker").write_text("a file where a folder is asked for")
    with A2E(TOKEN, base_url=server.url) as client:
        for bad in (f"{server.url}/a\0b.png", "http://[::1", "face.jpg", ""):
            with pytest.raises(a2e.ArgumentValueError):
                client.files.download(bad, tmp_path)
        with pytest.raises(a2e.DownloadError, match="failed") as cut:
            client.files.download(f"{server.url}/short.png", tmp_path / "short.png")
        assert "RemoteProtocolError" in str(cut.value) or "ReadError" in str(cut.value)
        with pytest.raises(a2e.DownloadError, match="cannot save"):
            client.files.download(f"{server.url}/ok.png", tmp_path / "blocker" / "ok.png")
        with pytest.raises(a2e.ArgumentValueError, match="folder"):
            client.files.download_all(f"{server.url}/ok.png", tmp_path / "blocker")
        (tmp_path / "taken").mkdir()
        (tmp_path / "taken" / "ok.png").mkdir()  # the name is a folder already: the rename fails
        with pytest.raises(a2e.DownloadError, match="cannot save"):
            client.files.download(f"{server.url}/ok.png", tmp_path / "taken" / "ok.png" / "..")
        bad_record = TextToImageTask.from_dict({"_id": "6747", "current_status": "completed", "image_urls": []})
        with pytest.raises(a2e.DownloadError):
            client.files.download(bad_record, tmp_path)
    assert leftovers(tmp_path) == [] and not (tmp_path / "short.png").exists()


# -- uploads to a misbehaving peer ----------------------------------------------------------------


def presign(server: FaultServer, upload_url: str) -> None:
    server.on(PRESIGN, envelope({"uploadUrl": upload_url, "cdnUrl": "https://cdn.example/f"}))


class Resized(io.BytesIO):
    """A file that says it has `claimed` bytes left, and then reads what it really holds."""

    def __init__(self, data: bytes, claimed: int) -> None:
        super().__init__(data)
        self.claimed = claimed

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.claimed if whence == os.SEEK_END else super().seek(offset, whence)


@pytest.fixture
def silent() -> Iterator[str]:
    """A host that accepts connections and never reads or answers."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                held.append(connection)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(timeout=2)
    for connection in held:
        connection.close()
    listener.close()


def test_an_upload_keeps_the_clients_deadline(server: FaultServer, silent: str) -> None:
    presign(server, f"{silent}/upload/key?X-Amz-Signature=secret")
    with A2E(TOKEN, base_url=server.url, timeout=0.5) as client:
        for body in (b"small", b"\0" * (64 * 1024 * 1024)):  # never answered; never read
            started = time.monotonic()
            with pytest.raises(a2e.UploadError, match="timed out") as caught:
                client.files.upload(body)
            assert time.monotonic() - started < 3 and "secret" not in str(caught.value)

    async def scenario() -> None:
        async with AsyncA2E(TOKEN, base_url=server.url, timeout=0.5) as client:
            started = time.monotonic()
            with pytest.raises(a2e.UploadError, match="timed out"):
                await client.files.upload(b"\0" * (64 * 1024 * 1024))
            assert time.monotonic() - started < 3

    anyio.run(scenario)


def test_every_upload_failure_is_an_upload_error_without_secrets(server: FaultServer) -> None:
    server.on("/upload/ok", answer(200, raw=b""))
    token = "tk" + "A1b2C3d4" * 8
    with A2E(TOKEN, base_url=server.url) as client:
        presign(server, f"{server.url}/upload/ok")
        for resized, word in ((Resized(b"x" * 100, 50), "grew"), (Resized(b"x" * 100, 200), "shrank")):
            with pytest.raises(a2e.UploadError, match=word):
                client.files.upload(resized)
        presign(server, "http://[::1/upload")
        with pytest.raises(a2e.UploadError):
            client.files.upload(b"data")
        presign(server, f"http://user:pass@127.0.0.1:9/upload/{token}?X-Amz-Signature=secret")
        with pytest.raises(a2e.UploadError) as refused:
            client.files.upload(b"data")
        text = str(refused.value)
        assert "127.0.0.1:9/upload/..." in text
        assert not any(secret in text for secret in (token, "secret", "pass", TOKEN))
    assert server.counts["/upload/ok"] == 2 and server.counts[PRESIGN] == 4


def test_a_put_answered_with_an_error_is_an_upload_error(server: FaultServer) -> None:
    server.on("/upload/denied", lambda sock, request: sock.sendall(response_bytes(403, b"no", {})))
    presign(server, f"{server.url}/upload/denied?sig=secret")
    with A2E(TOKEN, base_url=server.url) as client, pytest.raises(a2e.UploadError, match="HTTP 403") as caught:
        client.files.upload(b"data")
    assert "secret" not in str(caught.value)
