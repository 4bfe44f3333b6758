"""A2E's webhooks in a FastAPI app: mount `webhooks.Receiver` (an ASGI app) where A2E posts.

A2E_WEBHOOK_SECRET=... uvicorn webhooks_fastapi:app
"""

import os

from a2e import webhooks
from fastapi import FastAPI

receiver = webhooks.Receiver(os.environ["A2E_WEBHOOK_SECRET"], url="https://example.com/a2e-webhook")
app = FastAPI()
app.mount("/a2e-webhook", receiver)  # POST /a2e-webhook/<key>; start jobs with **receiver.webhook(key)
