"""Animate several portraits at once: start them all, wait for all, download what worked."""

from pathlib import Path

import a2e
from a2e import A2E

client = A2E(max_credits_per_job=50)
portraits = ["https://example.com/anna.jpg", "https://example.com/ben.jpg"]
ids: list[str] = []
for url in portraits:
    task = client.talking_photo.start(
        name=Path(url).stem, image_url=url, prompt="smiling, speaking", negative_prompt="blurry"
    )
    ids.append(task.id)

out = Path("talking-photos")
for outcome in client.talking_photo.wait_many(ids, wait_timeout=1800):
    if isinstance(outcome, a2e.JobFailedError):
        print("failed:", outcome.task_id, outcome.failure_message)
    else:
        print("done:", client.files.download(outcome, out), f"({outcome.coins or 0} credits)")
