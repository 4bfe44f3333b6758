"""Jobs whose arguments are data (from a queue, a form, a config file): one TypedDict per start."""

import a2e
from a2e import A2E
from a2e_api.api.talking_photo import TalkingPhotoStartParams
from a2e_api.models import TalkingPhotoTask

requests: list[TalkingPhotoStartParams] = [
    {"name": "anna", "image_url": "https://example.com/anna.jpg", "prompt": "smiling", "negative_prompt": "blurry"},
    {"name": "sandbox:fail", "image_url": "https://example.com/ben.jpg", "prompt": "p", "negative_prompt": "q"},
]
client = A2E()
for params in requests:
    task = client.talking_photo.start(**params, max_credits=50)
    try:
        done = client.talking_photo.wait(task.id, wait_timeout=600)
        print(params["name"], done.result_url)
    except a2e.JobFailedError as failed:
        if isinstance(failed.record, TalkingPhotoTask):  # the record of the group's detail operation
            print(params["name"], "failed:", failed.record.failed_message)
    except a2e.BudgetExceededError as refused:
        print(params["name"], "would cost", refused.quote.coins if refused.quote else "an unknown amount")
