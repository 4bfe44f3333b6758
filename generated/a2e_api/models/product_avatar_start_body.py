from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_avatar_rect import ProductAvatarRect


T = TypeVar("T", bound="ProductAvatarStartBody")


@_attrs_define
class ProductAvatarStartBody:
    image_urls: list[str]
    """ Exactly two public image URLs, in this order, the product image then the person image. """
    product_rect: ProductAvatarRect
    """ Where and how the product is placed on the person image. The catalog gives no field table,
    only an example with these six numbers; units are not stated (pixels of the person image
    for the position and size presumably, degrees for `rotation`, a factor for `scale`:
    inferred). Any other key is kept.
     """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Optional task name. """
    prompt: str | Unset = UNSET
    """ Optional extra generation prompt. """
    timeout: float | Unset = 120.0
    """ Processing timeout in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        product_rect = self.product_rect.to_dict()

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        prompt = self.prompt

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_urls": image_urls,
                "product_rect": product_rect,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_avatar_rect import ProductAvatarRect  # noqa: PLC0415

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        product_rect = ProductAvatarRect.from_dict(d.pop("product_rect"))

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        timeout = d.pop("timeout", UNSET)

        product_avatar_start_body = cls(
            image_urls=image_urls,
            product_rect=product_rect,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            timeout=timeout,
        )

        product_avatar_start_body.additional_properties = d
        return product_avatar_start_body

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
