from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoragePresignedUpload")


@_attrs_define
class StoragePresignedUpload:
    """A presigned R2 upload; PUT the file to `uploadUrl`, then use `cdnUrl`."""

    upload_url: str
    """ Presigned Cloudflare R2 PUT URL; expires after the requested `expiresIn`. """
    cdn_url: str | Unset = UNSET
    """ Public CDN URL of the file once uploaded; pass this (not the R2 URL) to other operations. """
    key: str | Unset = UNSET
    """ The scoped object key, `{urlPrefix}/{env}/user/{user_id}/<your key>`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        cdn_url = self.cdn_url

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uploadUrl": upload_url,
            }
        )
        if cdn_url is not UNSET:
            field_dict["cdnUrl"] = cdn_url
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_url = d.pop("uploadUrl")

        cdn_url = d.pop("cdnUrl", UNSET)

        key = d.pop("key", UNSET)

        storage_presigned_upload = cls(
            upload_url=upload_url,
            cdn_url=cdn_url,
            key=key,
        )

        storage_presigned_upload.additional_properties = d
        return storage_presigned_upload

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
