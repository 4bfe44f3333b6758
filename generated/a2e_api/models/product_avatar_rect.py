from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductAvatarRect")


@_attrs_define
class ProductAvatarRect:
    """Where and how the product is placed on the person image. The catalog gives no field table,
    only an example with these six numbers; units are not stated (pixels of the person image
    for the position and size presumably, degrees for `rotation`, a factor for `scale`:
    inferred). Any other key is kept.

    """

    x: float | Unset = UNSET
    """ Left edge of the product. """
    y: float | Unset = UNSET
    """ Top edge of the product. """
    width: float | Unset = UNSET
    """ Width of the product. """
    height: float | Unset = UNSET
    """ Height of the product. """
    rotation: float | Unset = UNSET
    """ Rotation of the product. """
    scale: float | Unset = UNSET
    """ Scale factor of the product. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        width = self.width

        height = self.height

        rotation = self.rotation

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        rotation = d.pop("rotation", UNSET)

        scale = d.pop("scale", UNSET)

        product_avatar_rect = cls(
            x=x,
            y=y,
            width=width,
            height=height,
            rotation=rotation,
            scale=scale,
        )

        product_avatar_rect.additional_properties = d
        return product_avatar_rect

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
