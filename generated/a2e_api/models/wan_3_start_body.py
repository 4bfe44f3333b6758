from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_3_start_body_mode import (
    Wan3StartBodyMode,
    check_wan_3_start_body_mode,
)
from ..models.wan_3_start_body_model import (
    Wan3StartBodyModel,
    check_wan_3_start_body_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_3_start_body_input import Wan3StartBodyInput
    from ..models.wan_3_start_body_parameters import Wan3StartBodyParameters


T = TypeVar("T", bound="Wan3StartBody")


@_attrs_define
class Wan3StartBody:
    input_: Wan3StartBodyInput
    """ The prompt and the input media. """
    parameters: Wan3StartBodyParameters
    """ Generation settings. """
    model: Wan3StartBodyModel = "wan3.0-video"
    """ `wan3.0-video-prime`: same output, faster inference, higher price per second. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name. """
    mode: Wan3StartBodyMode | Unset = "text-to-video"
    """ Generation mode. Reference media cannot be mixed with strict first/last-frame media. """
    force_generate: bool | Unset = UNSET
    """ Not in the catalog; public code sends `true` (elsewhere the flag overrides the NSFW check). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        input_ = self.input_.to_dict()

        parameters = self.parameters.to_dict()

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        force_generate = self.force_generate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
                "parameters": parameters,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if force_generate is not UNSET:
            field_dict["force_generate"] = force_generate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_3_start_body_input import Wan3StartBodyInput  # noqa: PLC0415
        from ..models.wan_3_start_body_parameters import Wan3StartBodyParameters  # noqa: PLC0415

        d = dict(src_dict)
        model = check_wan_3_start_body_model(d.pop("model"))

        input_ = Wan3StartBodyInput.from_dict(d.pop("input"))

        parameters = Wan3StartBodyParameters.from_dict(d.pop("parameters"))

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: Wan3StartBodyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_wan_3_start_body_mode(_mode)

        force_generate = d.pop("force_generate", UNSET)

        wan_3_start_body = cls(
            model=model,
            input_=input_,
            parameters=parameters,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            mode=mode,
            force_generate=force_generate,
        )

        wan_3_start_body.additional_properties = d
        return wan_3_start_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
