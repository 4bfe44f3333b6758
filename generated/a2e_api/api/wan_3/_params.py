"""The wan_3 group's start arguments as TypedDicts, for `client.wan_3.<start>(**params)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

if TYPE_CHECKING:
    from ...models.wan_3_start_body_input import Wan3StartBodyInput
    from ...models.wan_3_start_body_mode import (
        Wan3StartBodyMode,
    )
    from ...models.wan_3_start_body_model import (
        Wan3StartBodyModel,
    )
    from ...models.wan_3_start_body_parameters import Wan3StartBodyParameters

__all__ = ["Wan3StartParams"]


class Wan3StartParams(TypedDict, total=False):
    """The arguments of `wan_3.start`, for `client.wan_3.start(**params)`."""

    model: Required[Wan3StartBodyModel]
    input_: Required[Wan3StartBodyInput | dict[str, Any]]
    parameters: Required[Wan3StartBodyParameters | dict[str, Any]]
    webhook_url: str
    webhook_token: str
    name: str
    mode: Wan3StartBodyMode
    force_generate: bool
