from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoragePresignedUploadUrlBody")


@_attrs_define
class StoragePresignedUploadUrlBody:
    key: str
    """ Object key / file name; the server scopes it under `{urlPrefix}/{env}/user/{user_id}/`. """
    bucket: str | Unset = UNSET
    """ R2 bucket; defaults to `3days-apac` (files there expire after about 3 days). """
    url_prefix: str | Unset = UNSET
    """ Leading object-key path; defaults to `adam2eve`. Rejected by site runtimes. """
    cdn_domain: str | Unset = UNSET
    """ CDN domain suffix without scheme or path; defaults to the makefun.ai behaviour. Rejected by site runtimes.
    """
    expires_in: int | Unset = UNSET
    """ Lifetime of the upload URL, presumably in seconds; at least 60. """
    content_type: str | Unset = UNSET
    """ MIME type bound to the upload; PUT with the same `Content-Type`. """
    file_size: float | Unset = UNSET
    """ File size in bytes; binds the upload's `Content-Length` when given. """
    content_length: float | Unset = UNSET
    """ Content-Length in bytes; wins over `fileSize` when both are sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        bucket = self.bucket

        url_prefix = self.url_prefix

        cdn_domain = self.cdn_domain

        expires_in = self.expires_in

        content_type = self.content_type

        file_size = self.file_size

        content_length = self.content_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if url_prefix is not UNSET:
            field_dict["urlPrefix"] = url_prefix
        if cdn_domain is not UNSET:
            field_dict["cdnDomain"] = cdn_domain
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if content_length is not UNSET:
            field_dict["contentLength"] = content_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        bucket = d.pop("bucket", UNSET)

        url_prefix = d.pop("urlPrefix", UNSET)

        cdn_domain = d.pop("cdnDomain", UNSET)

        expires_in = d.pop("expiresIn", UNSET)

        content_type = d.pop("contentType", UNSET)

        file_size = d.pop("fileSize", UNSET)

        content_length = d.pop("contentLength", UNSET)

        storage_presigned_upload_url_body = cls(
            key=key,
            bucket=bucket,
            url_prefix=url_prefix,
            cdn_domain=cdn_domain,
            expires_in=expires_in,
            content_type=content_type,
            file_size=file_size,
            content_length=content_length,
        )

        storage_presigned_upload_url_body.additional_properties = d
        return storage_presigned_upload_url_body

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
