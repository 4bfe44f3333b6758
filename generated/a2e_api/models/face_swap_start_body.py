from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.face_swap_start_body_model_version import (
    FaceSwapStartBodyModelVersion,
    check_face_swap_start_body_model_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceSwapStartBody")


@_attrs_define
class FaceSwapStartBody:
    name: str
    """ Task name. """
    video_url: str
    """ Public URL of the video whose face is replaced (an image with `model_version` `v2`). """
    face_url: str
    """ Public URL of the face image to swap in. """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    cover_url: str | Unset = UNSET
    """ Optional cover image URL. """
    model_version: FaceSwapStartBodyModelVersion | Unset = UNSET
    """ `v1`: JAH pipeline (the default per the catalog's text); `v2`: ComfyUI, images only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        video_url = self.video_url

        face_url = self.face_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        cover_url = self.cover_url

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "video_url": video_url,
                "face_url": face_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        video_url = d.pop("video_url")

        face_url = d.pop("face_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        _model_version = d.pop("model_version", UNSET)
        model_version: FaceSwapStartBodyModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_face_swap_start_body_model_version(_model_version)

        face_swap_start_body = cls(
            name=name,
            video_url=video_url,
            face_url=face_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            cover_url=cover_url,
            model_version=model_version,
        )

        face_swap_start_body.additional_properties = d
        return face_swap_start_body

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
