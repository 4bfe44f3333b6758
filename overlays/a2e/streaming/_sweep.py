"""Leave the sessions that a killed process left open, from the local registry."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .._exceptions import APIConnectionError, APIError
from ._registry import Registry

if TYPE_CHECKING:
    from .._client import A2E

logger = logging.getLogger("a2e")


def sweep(client: A2E, *, include_live: bool = False, registry: Registry | None = None) -> list[str]:
    """Leave every registered session of `client`'s API origin whose process is gone; their keys.

    `include_live=True` also leaves sessions of processes still running. An entry A2E no longer
    knows as open (it answers an error) is dropped; one that cannot be reached stays for next time.
    """
    registry = registry if registry is not None else Registry()
    origin = str(client.base_url)
    left = []
    for entry in registry.entries():
        if entry.base_url != origin or (entry.owner_alive() and not include_live):
            continue
        try:
            getattr(getattr(client, entry.group), entry.close)(**{entry.key: entry.value})
        except APIConnectionError as exc:
            logger.warning("sweep: %s %s stays registered: %s", entry.group, entry.value, exc)
            continue
        except APIError as exc:
            logger.info("sweep: %s %s was not open: %s", entry.group, entry.value, exc)
        registry.remove(entry)
        left.append(entry.value)
    return left
