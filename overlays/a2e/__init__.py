"""Python client for the A2E AI avatar API.

    from a2e import A2E
    client = A2E()  # token from A2E_API_KEY
    client.credits.remaining()

Names starting with `_` are private. The clients are imported on first use, so that
`import a2e` stays cheap for code that only needs the exceptions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._exceptions import (
    A2EError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InsufficientCreditsError,
    InternalServerError,
    ModerationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._version import __version__

if TYPE_CHECKING:
    from a2e_api.api import RawResponse

    from ._client import A2E, AsyncA2E

__all__ = [
    "A2E",
    "A2EError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncA2E",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "InsufficientCreditsError",
    "InternalServerError",
    "ModerationError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "__version__",
]

_LAZY = {"A2E": "._client", "AsyncA2E": "._client", "RawResponse": "a2e_api.api"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'a2e' has no attribute {name!r}")
