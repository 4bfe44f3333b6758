"""A2E's webhooks in a Flask app: one route hands the request to `webhooks.Receiver.handle`.

A2E_WEBHOOK_SECRET=... flask --app webhooks_flask run
"""

import os

from a2e import webhooks
from flask import Flask, request

receiver = webhooks.Receiver(os.environ["A2E_WEBHOOK_SECRET"], url="https://example.com/a2e-webhook")
app = Flask(__name__)


@app.post("/a2e-webhook/<key>")
def a2e_webhook(key: str) -> tuple[dict[str, object], int]:
    status, reply = receiver.handle("POST", request.path, dict(request.headers), request.get_data())
    return reply, status
