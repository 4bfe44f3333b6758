"""Receive A2E's job webhooks: check the shared token, read the event, then ask A2E for the record.

A start that is given `webhook_url` and `webhook_token` makes A2E POST one best-effort
notification when the job ends (`task.completed` or `task.failed`), with the token in the
`X-A2e-Webhook-Token` header. Delivery is not guaranteed and the payload's shape is not
documented (the spec's `webhooks.taskEvent` is inferred), so a receiver should verify, parse,
then read the job's record from its detail operation, which is the source of truth:

    from a2e import A2E, webhooks

    def receive(headers, body):
        if not webhooks.verify(headers, expected_token=SECRET):
            return 401
        event = webhooks.parse(body)
        record = client.face_swap.wait(event.task_id, wait_timeout=60)   # the record, finished
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._exceptions import A2EError

__all__ = ["TOKEN_HEADER", "WebhookError", "WebhookEvent", "parse", "verify"]

TOKEN_HEADER = "X-A2e-Webhook-Token"
EVENTS = ("task.completed", "task.failed")
MAX_BODY_BYTES = 1024 * 1024


class WebhookError(A2EError):
    """A webhook body that is not an A2E job event."""


@dataclass(frozen=True)
class WebhookEvent:
    """One job notification.

    Attributes:
        event: `task.completed` or `task.failed` (another value is kept as sent).
        task_id: The job's id: read its record (`client.<group>.wait(task_id)` or the detail call).
        kind: The job kind, as A2E names it, if the payload says.
        record: The job record the payload carries (a dict), if any; the detail call is authoritative.
    """

    event: str
    task_id: str
    kind: str | None
    record: Mapping[str, Any] | None

    @property
    def succeeded(self) -> bool:
        return self.event == "task.completed"


def verify(headers: Mapping[str, str], expected_token: str) -> bool:
    """Whether the request carries the token given to the start as `webhook_token` (constant-time)."""
    if not expected_token:
        raise WebhookError("expected_token is empty: give every start a webhook_token and check it here")
    lowered = {str(key).lower(): value for key, value in headers.items()}
    received = lowered.get(TOKEN_HEADER.lower())
    if not isinstance(received, str):
        return False
    return hmac.compare_digest(received.encode(), expected_token.encode())


def parse(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """The event in a webhook body (raw bytes, text or decoded JSON); `WebhookError` if it is not one."""
    if isinstance(body, bytes | str):
        if len(body) > MAX_BODY_BYTES:
            raise WebhookError(f"the webhook body is over {MAX_BODY_BYTES} bytes")
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError):
            raise WebhookError("the webhook body is not JSON") from None
    else:
        payload = body
    if not isinstance(payload, Mapping):
        raise WebhookError("the webhook body is not a JSON object")
    event = payload.get("event") or payload.get("type")
    record = payload.get("data") if isinstance(payload.get("data"), Mapping) else payload.get("task")
    record = record if isinstance(record, Mapping) else None
    task_id = payload.get("task_id") or payload.get("id") or (record or {}).get("_id")
    if not isinstance(event, str) or not isinstance(task_id, str) or not task_id:
        raise WebhookError("the webhook body has no `event` and task id")
    kind = payload.get("task_type") or payload.get("kind")
    return WebhookEvent(event=event, task_id=task_id, kind=kind if isinstance(kind, str) else None, record=record)
