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
    ArgumentError,
    ArgumentTypeError,
    ArgumentValueError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    CapacityError,
    ConfigurationError,
    DownloadError,
    InsufficientCreditsError,
    InternalServerError,
    JobFailedError,
    JobTimeoutError,
    ModerationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    StartUncertainError,
    UploadError,
)
from ._version import __version__

if TYPE_CHECKING:
    from a2e_api.api import RawResponse
    from a2e_api.types import NOT_GIVEN, UNSET, NotGiven, Record, Unset

    from . import types, webhooks
    from ._client import A2E, AsyncA2E

__all__ = [
    "A2E",
    "NOT_GIVEN",
    "UNSET",
    "A2EError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "ArgumentError",
    "ArgumentTypeError",
    "ArgumentValueError",
    "AsyncA2E",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExceededError",
    "CapacityError",
    "ConfigurationError",
    "DownloadError",
    "InsufficientCreditsError",
    "InternalServerError",
    "JobFailedError",
    "JobTimeoutError",
    "ModerationError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "Record",
    "ResponseTooLargeError",
    "StartUncertainError",
    "Unset",
    "UploadError",
    "__version__",
    "types",
    "webhooks",
]

_LAZY = {
    "A2E": "a2e._client",
    "AsyncA2E": "a2e._client",
    "RawResponse": "a2e_api.api",
    "NOT_GIVEN": "a2e_api.types",
    "NotGiven": "a2e_api.types",
    "Record": "a2e_api.types",
    "UNSET": "a2e_api.types",
    "Unset": "a2e_api.types",
    "types": "a2e.types",
    "webhooks": "a2e.webhooks",
}
_MODULES = frozenset({"types", "webhooks"})
"""The submodules `a2e.<name>` reaches without their own import."""


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(_LAZY[name])
        value = module if name in _MODULES else getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'a2e' has no attribute {name!r}")
