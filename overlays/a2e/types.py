"""The record types by name, for annotations and `isinstance`: `from a2e.types import TalkingPhotoTask`.

`Record` (what every reply's `data` is), `Unset`/`UNSET` (an argument left out), `NotGiven`/`NOT_GIVEN`
(a per-call option left out), and every generated model of `a2e_api.models`, each imported on first
use: importing this module loads no model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from a2e_api import models
from a2e_api.types import NOT_GIVEN, UNSET, NotGiven, Record, Unset

__all__ = ["NOT_GIVEN", "UNSET", "NotGiven", "Record", "Unset", *models.__all__]

if TYPE_CHECKING:
    from a2e_api.models import *  # noqa: F403 (what __getattr__ hands out, as type checkers see it)
else:

    def __getattr__(name: str) -> Any:
        if name in models.__all__:
            value = getattr(models, name)
            globals()[name] = value
            return value
        raise AttributeError(f"module 'a2e.types' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
