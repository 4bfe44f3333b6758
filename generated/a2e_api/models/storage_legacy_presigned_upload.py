from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageLegacyPresignedUpload")


@_attrs_define
class StorageLegacyPresignedUpload:
    """A presigned R2 upload from the legacy call. There is no public URL in it: after the PUT,
    callers use `https://<bucket>.ai2everyone.com/<key>`.

    """

    upload_url: str
    """ Presigned Cloudflare R2 PUT URL. """
    key: str | Unset = UNSET
    """ The scoped object key, `{urlPrefix}/{env}/user/{user_id}/<your key>`. """
    bucket: str | Unset = UNSET
    """ The bucket the object goes to (e.g. `3days-apac`, `a2e-prod-jumpy`). """
    expires_in: int | Unset = UNSET
    """ Lifetime of `uploadUrl`, presumably in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        key = self.key

        bucket = self.bucket

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uploadUrl": upload_url,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_url = d.pop("uploadUrl")

        key = d.pop("key", UNSET)

        bucket = d.pop("bucket", UNSET)

        expires_in = d.pop("expiresIn", UNSET)

        storage_legacy_presigned_upload = cls(
            upload_url=upload_url,
            key=key,
            bucket=bucket,
            expires_in=expires_in,
        )

        storage_legacy_presigned_upload.additional_properties = d
        return storage_legacy_presigned_upload

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
