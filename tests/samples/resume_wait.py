"""Start a dubbing job, then wait for it by id, as a worker of another process would."""

import sys

import a2e
from a2e import A2E

client = A2E()
job = client.dubbing.start(source_url="https://example.com/talk.mp4", target_lang="es", name="talk-es")
print("started", job.id, job.current_status)

worker = A2E()  # elsewhere: only the id travels (a queue message, a webhook)
try:
    done = worker.dubbing.wait(job.id, wait_timeout=3600, on_update=lambda r: print("status:", r.current_status))
except a2e.JobTimeoutError as waiting:
    sys.exit(f"not finished yet, wait again later: {waiting.task_id}")
print("dubbed:", done.result_url)
