"""Overhead of the a2e client against raw httpx, as ratios measured in the same run (`make bench`).

A real loopback server in another process (keep-alive HTTP/1.1, canned replies) answers both
the client and the baseline, so network and server time count as they would, without noise
from a server sharing the client's interpreter. Ratios, never absolute times:

- small reply: `client.talking_photo.get(id)` vs `httpx.Client.get(...).json()` (goal <= 1.05)
- 100-row list: `client.talking_photo.list()` reading every row's id, vs the same with raw
  httpx and json.loads (goal <= 1.10)
- import: `from a2e import A2E; A2E()` vs `import httpx; httpx.Client()`, fresh interpreters (<= 1.1)
- first call of a group vs a later call of it, in a process already in use (20 calls of another
  group first: the interpreter's own warm-up is the fresh-process figure's, below) (<= 3)
- first call of a fresh process, connection included: `client.talking_photo.get(id)` right after
  `A2E()` vs raw httpx's first `Client().get(...).json()` (<= 2)
- the CLI: `a2e credits remaining` as a process vs `python -c 'import httpx; httpx.get(...)'` (<= 1.1)
- peak memory of one call, in every group, vs raw httpx reading the same reply (<= 1.2)
- waiting: requests a `wait` makes for a simulated 5-minute job against polling every 3 s
  (<= 1/3), and how late it sees the job finish, as a fraction of the job's length (< 10 %)
- batches (`a2e.batch`, against the sandbox on a simulated clock): API requests per line of a
  200-line batch of 5-minute jobs (quote, search, start, shared batch-detail polls, final read)
  against a start plus polling every 3 s (<= 1/3); the journal's time per state change; the time
  of a 1,000-line `plan` (< 10 s)
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
TASK = {
    "_id": "686770ddbf319f630a1cb3f7",
    "name": "My first AI Talking Photo",
    "image_url": "https://example.com/8857f31c-4873-4e12-aff3-dbc5640512e7.JPG",
    "audio_url": "https://example.com/zh.WAV",
    "duration": 3,
    "current_status": "completed",
    "coins": 9,
    "createdAt": "2025-07-04T06:16:29.927Z",
    "failed_message": "",
    "failed_code": "",
    "result_url": "https://example.com/result.mp4",
    "prompt": "speaking, looking at the camera",
    "negative_prompt": "blurry",
}
SMALL = {"code": 0, "data": TASK, "trace_id": "bench"}
PAGE = {
    "code": 0,
    "data": {"rows": [dict(TASK, _id=f"{i:024x}") for i in range(100)], "count": 100},
    "trace_id": "bench",
}
BALANCE = {"code": 0, "data": {"coins": 120, "diamonds": 0}, "trace_id": "bench"}
SERVER = r"""
import socket, sys, threading
replies = {}
one, page = "/api/v1/talkingPhoto/686770ddbf319f630a1cb3f7", "/api/v1/talkingPhoto/allRecords"
for path, body in [(one, sys.argv[1]), (page, sys.argv[2]), ("/api/v1/user/remainingCoins", sys.argv[3])]:
    data = open(body, "rb").read()
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(data)
    replies[path] = head + data
default = replies["/api/v1/talkingPhoto/686770ddbf319f630a1cb3f7"]
def serve(conn):
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    while True:
        while b"\r\n\r\n" not in buffer:
            chunk = conn.recv(65536)
            if not chunk:
                return
            buffer += chunk
        head, _, buffer = buffer.partition(b"\r\n\r\n")
        target = head.split(b" ", 2)[1].decode().split("?")[0]
        conn.sendall(replies.get(target, default))
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(64)
print(listener.getsockname()[1], flush=True)
while True:
    conn, _ = listener.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
"""


def start_server(scratch: Path) -> tuple[subprocess.Popen[str], str]:
    small, page, balance = scratch / "small.json", scratch / "page.json", scratch / "balance.json"
    small.write_text(json.dumps(SMALL))
    page.write_text(json.dumps(PAGE))
    balance.write_text(json.dumps(BALANCE))
    command = [sys.executable, "-c", SERVER, str(small), str(page), str(balance)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    port = int(process.stdout.readline())
    return process, f"http://127.0.0.1:{port}"


def per_call(call: Callable[[], object], rounds: int = 7, calls: int = 300) -> float:
    """Median seconds per call over `rounds` rounds of `calls`, after a warm-up."""
    for _ in range(50):
        call()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            call()
        times.append((time.perf_counter() - start) / calls)
    return statistics.median(times)


def interleaved_ratio(client_call: Callable[[], object], raw_call: Callable[[], object]) -> float:
    """client / raw time per call, measured in alternating rounds so drift hits both alike."""
    ratios = [per_call(client_call, 1) / per_call(raw_call, 1) for _ in range(9)]
    return statistics.median(ratios)


def startup_ratio(statement: str, baseline: str) -> float:
    """Seconds a fresh interpreter takes to run `statement` / `baseline`, run in alternation so
    that drift on the machine hits both alike; the median of the pairs' ratios."""

    def seconds(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start

    return statistics.median(seconds(statement) / seconds(baseline) for _ in range(11))


FIRST_CALL = r"""
import json, sys, time
from a2e import A2E
client = A2E("sk_bench", base_url=sys.argv[1])
for _ in range(20):  # a process in use: the connection, and httpx's and the runner's code warm
    client.talking_photo.get("686770ddbf319f630a1cb3f7")
def timed():
    start = time.perf_counter(); client.face_swap.get("686770ddbf319f630a1cb3f7"); return time.perf_counter() - start
first = timed()
later = sorted(timed() for _ in range(20))[10]
print(json.dumps([first, later]))
"""


def first_call_ratio(url: str) -> float:
    ratios = []
    for _ in range(9):  # one first call per process: the median of several processes
        out = subprocess.run([sys.executable, "-c", FIRST_CALL, url], check=True, capture_output=True, text=True)
        first, later = json.loads(out.stdout)
        ratios.append(float(first) / float(later))
    return statistics.median(ratios)


FRESH_CLIENT = r"""
import sys, time
from a2e import A2E
client = A2E("sk_bench", base_url=sys.argv[1])
start = time.perf_counter()
client.talking_photo.get("686770ddbf319f630a1cb3f7")
print(time.perf_counter() - start)
"""
FRESH_RAW = r"""
import sys, time
import httpx
client = httpx.Client(base_url=sys.argv[1])
start = time.perf_counter()
client.get("/api/v1/talkingPhoto/686770ddbf319f630a1cb3f7").json()["data"]
print(time.perf_counter() - start)
"""


def fresh_first_call_ratio(url: str) -> float:
    """The first call of a fresh process (after `A2E()`), connection included, vs raw httpx's first call;
    the processes alternate, and the median of the pairs' ratios is taken."""

    def seconds(code: str) -> float:
        out = subprocess.run([sys.executable, "-c", code, url], check=True, capture_output=True, text=True)
        return float(out.stdout)

    return statistics.median(seconds(FRESH_CLIENT) / seconds(FRESH_RAW) for _ in range(11))


def cli_ratio(url: str) -> float:
    """`a2e credits remaining` (the installed console script) vs a process that imports httpx and GETs once."""
    cli = Path(sys.executable).with_name("a2e")
    env = {**os.environ, "A2E_API_KEY": "sk_bench", "A2E_BASE_URL": url}
    baseline = f"import httpx; httpx.get({url + '/api/v1/user/remainingCoins'!r}).json()"

    def seconds(command: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    pairs = [
        (seconds([str(cli), "credits", "remaining"]), seconds([sys.executable, "-c", baseline])) for _ in range(11)
    ]
    return statistics.median(cli_time / raw_time for cli_time, raw_time in pairs)


def peak(call: Callable[[], object]) -> int:
    call()
    gc.collect()
    tracemalloc.start()
    call()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top


def memory_ratio(url: str) -> float:
    """The worst group: peak memory of one call vs raw httpx reading the same reply."""
    from a2e import A2E
    from a2e_api.api import GROUPS

    client = A2E("sk_bench", base_url=url)
    raw = httpx.Client(base_url=url)
    ratios = []
    for group in GROUPS:
        resource = getattr(client, group)
        operation = next(
            (name for name in ("get", "list", "remaining", "list_avatars", "list_images") if hasattr(resource, name)),
            None,
        )
        if operation is None:
            continue
        method = getattr(resource, operation)

        def call(method: Any = method, operation: str = operation) -> object:
            try:
                return method("686770ddbf319f630a1cb3f7") if operation == "get" else method()
            except Exception:  # the canned reply may not fit every group's record; the memory still counts
                return None

        ratios.append(peak(call) / peak(lambda: raw.get("/api/v1/talkingPhoto/686770ddbf319f630a1cb3f7").json()))
    client.close()
    raw.close()
    return max(ratios)


def polling_figures() -> tuple[float, float]:
    """(requests of `wait` / requests of a 3 s loop, mean detection lag / job length) for 5-minute jobs."""
    from a2e._jobs import poll_interval

    job, lags, counts = 300.0, [], []
    for offset in range(20):  # jobs ending at slightly different points of the schedule
        length = job + offset * 1.7
        waited, polls = 0.0, 0
        while True:
            polls += 1
            if waited >= length:
                lags.append((waited - length) / length)
                counts.append(polls)
                break
            waited += poll_interval(waited)
    fixed = job / 3.0
    return statistics.mean(counts) / fixed, statistics.mean(lags)


def batch_figures() -> tuple[float, float, float]:
    """(requests per line / a start + 3 s polling, ms per journal state change, seconds of a 1,000-line plan)."""
    import tempfile
    import threading

    from a2e import A2E
    from a2e.batch import Batch
    from a2e.batch._journal import Journal
    from a2e.sandbox import Sandbox

    now, lock = [0.0], threading.Lock()

    def sleep(seconds: float) -> None:
        with lock:
            now[0] += seconds

    line = {"name": "bench", "image_url": "https://x/f.jpg", "prompt": "p", "negative_prompt": "q"}
    job = 300.0
    with tempfile.TemporaryDirectory() as scratch, Sandbox(job_seconds=job, clock=lambda: now[0]) as sandbox:
        folder = Path(scratch)
        with A2E("sk_bench", base_url=sandbox.url) as client:
            lines = [(f"bench-{n}", "talking_photo", "start", line) for n in range(200)]
            batch = Batch(client, folder / "run.db", out=folder / "out")
            batch.client._core.sleep, batch.client._core.clock = sleep, lambda: now[0]
            batch.run(lines)
            per_line = len(sandbox.world.requests) / len(lines)
            began = time.perf_counter()
            Batch(client, folder / "plan.db").plan([(f"p-{n}", "talking_photo", "start", line) for n in range(1000)])
            plan_seconds = time.perf_counter() - began
        journal = Journal(folder / "run.db")
        rows = journal.lines()
        began = time.perf_counter()
        for row in rows:
            journal.change(row, "done")
        per_change = (time.perf_counter() - began) / len(rows) * 1000
    return per_line / (1 + job / 3.0), per_change, plan_seconds


def compile_packages() -> None:
    """Byte-compile the packages first, as installing a wheel does (this machine sets
    PYTHONDONTWRITEBYTECODE, which would otherwise make every import compile from source)."""
    import compileall
    import os

    for folder in ("generated", "overlays"):
        compileall.compile_dir(ROOT / folder, quiet=1, force=False)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def main() -> None:
    import tempfile

    compile_packages()
    from a2e import A2E

    with tempfile.TemporaryDirectory() as scratch:
        process, url = start_server(Path(scratch))
        try:
            client = A2E("sk_bench", base_url=url)
            raw = httpx.Client(base_url=url)

            def raw_small() -> object:
                return raw.get("/api/v1/talkingPhoto/686770ddbf319f630a1cb3f7").json()["data"]

            def client_small() -> object:
                return client.talking_photo.get("686770ddbf319f630a1cb3f7")

            def raw_list() -> object:
                rows = json.loads(raw.get("/api/v1/talkingPhoto/allRecords").content)["data"]["rows"]
                return [row["_id"] for row in rows]

            def client_list() -> object:
                return [row.id for row in client.talking_photo.list().rows]

            small = interleaved_ratio(client_small, raw_small)
            listed = interleaved_ratio(client_list, raw_list)
            imported = startup_ratio("from a2e import A2E; A2E('sk_bench')", "import httpx; httpx.Client()")
            first = first_call_ratio(url)
            fresh = fresh_first_call_ratio(url)
            cli = cli_ratio(url)
            memory = memory_ratio(url)
            requests, lag = polling_figures()
            per_line, per_change, plan_seconds = batch_figures()
            client.close()
            raw.close()
        finally:
            process.terminate()
            process.wait()
    print(f"small reply (talking_photo.get) vs httpx + json:     {small:.3f}x the time   (goal <= 1.05)")
    print(f"100-row list (talking_photo.list) vs httpx + loads:  {listed:.3f}x the time   (goal <= 1.10)")
    print(f"from a2e import A2E; A2E() vs httpx + Client():      {imported:.3f}x the time   (goal <= 1.10)")
    print(f"first call of a group vs a later one:               {first:.2f}x the time    (goal <= 3)")
    print(f"first call of a fresh process vs httpx's first:     {fresh:.2f}x the time    (goal <= 2)")
    print(f"a2e credits remaining vs python + httpx.get:         {cli:.3f}x the time   (goal <= 1.10)")
    print(f"peak memory of one call, worst group, vs httpx:     {memory:.2f}x            (goal <= 1.2)")
    print(f"wait on a 5-minute job: requests vs a 3 s loop:      {requests:.2f}x            (goal <= 0.33)")
    print(f"wait: detection lag after the job ends:             {lag:.1%} of its length (goal < 10 %)")
    print(f"200-line batch: requests per line vs 3 s polling:   {per_line:.3f}x            (goal <= 0.33)")
    print(f"batch journal: time per state change:               {per_change:.2f} ms")
    print(f"1,000-line batch plan against the sandbox:          {plan_seconds:.1f} s             (goal < 10 s)")


if __name__ == "__main__":
    main()
