"""Overhead of the a2e client, as ratios against raw httpx measured in the same run.

- import: `import a2e; a2e.A2E` in a fresh interpreter, against `import httpx`.
- first call: the first `client.talking_photo.get(id)`, which imports its group's code and models
  lazily, against the first bare httpx call.
- call: `client.talking_photo.get(id)` (request building, envelope check, parsing into models)
  against the same request with a bare httpx.Client and `response.json()`, both on MockTransport,
  both warmed up.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

import httpx
from a2e import A2E

BODY = {
    "code": 0,
    "trace_id": "bench",
    "data": {"_id": "686770ddbf319f630a1cb3f7", "name": "n", "current_status": "completed", "result_url": "u"},
}
CALLS = 2000


def import_seconds(statement: str) -> float:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def seconds(call: object) -> float:
    assert callable(call)
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def calls_per_second(call: object) -> float:
    assert callable(call)
    start = time.perf_counter()
    for _ in range(CALLS):
        call()
    return CALLS / (time.perf_counter() - start)


def main() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=BODY))
    raw = httpx.Client(base_url="https://video.a2e.ai", transport=transport)
    client = A2E("sk_bench", http_client=httpx.Client(transport=transport))

    def raw_call() -> object:
        return raw.get("/api/v1/talkingPhoto/686770ddbf319f630a1cb3f7").json()["data"]

    def client_call() -> object:
        return client.talking_photo.get("686770ddbf319f630a1cb3f7")

    baseline_import = import_seconds("import httpx")
    a2e_import = import_seconds("import a2e; a2e.A2E")
    baseline_first, client_first = seconds(raw_call), seconds(client_call)
    baseline_rate = calls_per_second(raw_call)
    client_rate = calls_per_second(client_call)
    print(f"import a2e vs import httpx:          {a2e_import / baseline_import:.2f}x the time")
    print(f"first client.talking_photo.get:     {client_first / baseline_first:.2f}x the time of the first httpx call")
    print(f"client.talking_photo.get vs httpx:  {baseline_rate / client_rate:.2f}x the time per call")


if __name__ == "__main__":
    main()
