from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_to_video_start_body_model_type import (
    ImageToVideoStartBodyModelType,
    check_image_to_video_start_body_model_type,
)
from ..models.image_to_video_start_body_model_version import (
    ImageToVideoStartBodyModelVersion,
    check_image_to_video_start_body_model_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageToVideoStartBody")


@_attrs_define
class ImageToVideoStartBody:
    image_url: str
    """ Public URL of the source image (the first frame for `FLF2V`). """
    webhook_url: str | Unset = UNSET
    """ HTTPS URL notified when the task completes or fails. """
    webhook_token: str | Unset = UNSET
    """ Shared secret echoed back in the `X-A2e-Webhook-Token` header. """
    name: str | Unset = UNSET
    """ Task name. """
    prompt: str | Unset = UNSET
    """ Generation prompt (what should happen in the video). May be omitted when `lora` is set. """
    negative_prompt: str | Unset = UNSET
    """ Features to avoid. Some callers send it misspelt as `negative_prmpt`; that spelling is passed through
    unchanged. """
    lora: str | Unset = UNSET
    """ LoRA id; when set, the prompts may be omitted and the LoRA's preset overrides the prompt. """
    model_type: ImageToVideoStartBodyModelType | Unset = "GENERAL"
    """ `GENERAL` (one image) or `FLF2V` (first and last frame; needs `end_image_url`). """
    model_version: ImageToVideoStartBodyModelVersion | Unset = UNSET
    """ Model version. Defaults to `a2e-v2` for Ultra users, otherwise `a2e`. The v2 models cost more, get no plan
    waivers and ignore `auto_add_audio`. """
    end_image_url: str | Unset = UNSET
    """ Public URL of the last-frame image; needed for `FLF2V`. """
    extend_prompt: bool | Unset = True
    """ Let A2E extend the prompt automatically. """
    number_of_images: int | Unset = 1
    """ How many videos to generate in one call. """
    video_time: int | Unset = 5
    """ Duration in seconds; documented values are 5, 10, 15 and 20. """
    video_length: int | Unset = UNSET
    """ Deprecated frame count; use `video_time` instead. """
    skip_face_enhance: bool | Unset = False
    """ Turn off the face-similarity enhancement (on by default). """
    mask_face: bool | Unset = UNSET
    """ Moderation preflight flag; set `true` only once the user agreed to mask a detected face. """
    minor_suspected_skip: bool | Unset = False
    """ Acknowledge a suspected minor (age 10 to 14, error code 1004) and continue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        lora = self.lora

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        end_image_url = self.end_image_url

        extend_prompt = self.extend_prompt

        number_of_images = self.number_of_images

        video_time = self.video_time

        video_length = self.video_length

        skip_face_enhance = self.skip_face_enhance

        mask_face = self.mask_face

        minor_suspected_skip = self.minor_suspected_skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
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
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if lora is not UNSET:
            field_dict["lora"] = lora
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if extend_prompt is not UNSET:
            field_dict["extend_prompt"] = extend_prompt
        if number_of_images is not UNSET:
            field_dict["number_of_images"] = number_of_images
        if video_time is not UNSET:
            field_dict["video_time"] = video_time
        if video_length is not UNSET:
            field_dict["video_length"] = video_length
        if skip_face_enhance is not UNSET:
            field_dict["skip_face_enhance"] = skip_face_enhance
        if mask_face is not UNSET:
            field_dict["mask_face"] = mask_face
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        lora = d.pop("lora", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: ImageToVideoStartBodyModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_image_to_video_start_body_model_type(_model_type)

        _model_version = d.pop("model_version", UNSET)
        model_version: ImageToVideoStartBodyModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_image_to_video_start_body_model_version(_model_version)

        end_image_url = d.pop("end_image_url", UNSET)

        extend_prompt = d.pop("extend_prompt", UNSET)

        number_of_images = d.pop("number_of_images", UNSET)

        video_time = d.pop("video_time", UNSET)

        video_length = d.pop("video_length", UNSET)

        skip_face_enhance = d.pop("skip_face_enhance", UNSET)

        mask_face = d.pop("mask_face", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        image_to_video_start_body = cls(
            image_url=image_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lora=lora,
            model_type=model_type,
            model_version=model_version,
            end_image_url=end_image_url,
            extend_prompt=extend_prompt,
            number_of_images=number_of_images,
            video_time=video_time,
            video_length=video_length,
            skip_face_enhance=skip_face_enhance,
            mask_face=mask_face,
            minor_suspected_skip=minor_suspected_skip,
        )

        image_to_video_start_body.additional_properties = d
        return image_to_video_start_body

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
