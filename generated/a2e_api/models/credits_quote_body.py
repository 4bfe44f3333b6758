from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.credits_quote_body_request_body import CreditsQuoteBodyRequestBody


T = TypeVar("T", bound="CreditsQuoteBody")


@_attrs_define
class CreditsQuoteBody:
    endpoint: str
    """ Target generation route, e.g. `/api/v1/userWan25/start`; a leading `POST ` is accepted. """
    request_body: CreditsQuoteBodyRequestBody
    """ The exact JSON body you intend to send to that route. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        request_body = self.request_body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "requestBody": request_body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credits_quote_body_request_body import CreditsQuoteBodyRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        request_body = CreditsQuoteBodyRequestBody.from_dict(d.pop("requestBody"))

        credits_quote_body = cls(
            endpoint=endpoint,
            request_body=request_body,
        )

        credits_quote_body.additional_properties = d
        return credits_quote_body

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
