"""Contains all the data models used in inputs/outputs, each imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_add_user_body import AccountAddUserBody
    from .account_api_token import AccountApiToken
    from .account_generate_token_body import AccountGenerateTokenBody
    from .account_generate_token_response_200 import AccountGenerateTokenResponse200
    from .agora_token import AgoraToken
    from .avatar_video_anchor import AvatarVideoAnchor
    from .avatar_video_public_pool_setting import AvatarVideoPublicPoolSetting
    from .avatar_video_task import AvatarVideoTask
    from .avatar_video_task_page import AvatarVideoTaskPage
    from .avatar_videos_detect_language_body import AvatarVideosDetectLanguageBody
    from .avatar_videos_detect_language_response_200 import (
        AvatarVideosDetectLanguageResponse200,
    )
    from .avatar_videos_generate_body import AvatarVideosGenerateBody
    from .avatar_videos_generate_body_caption_align import (
        AvatarVideosGenerateBodyCaptionAlign,
    )
    from .avatar_videos_generate_body_gp_model import AvatarVideosGenerateBodyGpModel
    from .avatar_videos_generate_response_200 import AvatarVideosGenerateResponse200
    from .avatar_videos_get_response_200 import AvatarVideosGetResponse200
    from .avatar_videos_get_status_body import AvatarVideosGetStatusBody
    from .avatar_videos_get_status_response_200 import AvatarVideosGetStatusResponse200
    from .avatar_videos_list_avatars_body import AvatarVideosListAvatarsBody
    from .avatar_videos_list_avatars_body_web_type import (
        AvatarVideosListAvatarsBodyWebType,
    )
    from .avatar_videos_list_avatars_response_200 import (
        AvatarVideosListAvatarsResponse200,
    )
    from .avatar_videos_list_characters_response_200 import (
        AvatarVideosListCharactersResponse200,
    )
    from .avatar_videos_list_response_200 import AvatarVideosListResponse200
    from .avatar_videos_set_auto_public_pool_body import (
        AvatarVideosSetAutoPublicPoolBody,
    )
    from .avatar_videos_set_auto_public_pool_response_200 import (
        AvatarVideosSetAutoPublicPoolResponse200,
    )
    from .background_image import BackgroundImage
    from .backgrounds_add_body import BackgroundsAddBody
    from .backgrounds_add_response_200 import BackgroundsAddResponse200
    from .backgrounds_delete_body import BackgroundsDeleteBody
    from .backgrounds_list_all_response_200 import BackgroundsListAllResponse200
    from .backgrounds_list_body import BackgroundsListBody
    from .balance import Balance
    from .caption_removal_batch_detail_body import CaptionRemovalBatchDetailBody
    from .caption_removal_batch_detail_response_200 import (
        CaptionRemovalBatchDetailResponse200,
    )
    from .caption_removal_get_response_200 import CaptionRemovalGetResponse200
    from .caption_removal_list_processing_response_200 import (
        CaptionRemovalListProcessingResponse200,
    )
    from .caption_removal_list_response_200 import CaptionRemovalListResponse200
    from .caption_removal_retry_body import CaptionRemovalRetryBody
    from .caption_removal_start_body import CaptionRemovalStartBody
    from .caption_removal_start_response_200 import CaptionRemovalStartResponse200
    from .caption_removal_task import CaptionRemovalTask
    from .caption_removal_task_page import CaptionRemovalTaskPage
    from .credits_exchange_diamonds_body import CreditsExchangeDiamondsBody
    from .credits_history_page import CreditsHistoryPage
    from .credits_history_response_200 import CreditsHistoryResponse200
    from .credits_quote_body import CreditsQuoteBody
    from .credits_quote_body_request_body import CreditsQuoteBodyRequestBody
    from .credits_quote_response_200 import CreditsQuoteResponse200
    from .credits_remaining_response_200 import CreditsRemainingResponse200
    from .custom_avatars_add_body import CustomAvatarsAddBody
    from .custom_avatars_delete_body import CustomAvatarsDeleteBody
    from .custom_avatars_list_body import CustomAvatarsListBody
    from .custom_avatars_update_body import CustomAvatarsUpdateBody
    from .dubbing_get_response_200 import DubbingGetResponse200
    from .dubbing_list_processing_response_200 import DubbingListProcessingResponse200
    from .dubbing_list_response_200 import DubbingListResponse200
    from .dubbing_start_body import DubbingStartBody
    from .dubbing_start_response_200 import DubbingStartResponse200
    from .dubbing_task import DubbingTask
    from .dubbing_task_page import DubbingTaskPage
    from .empty_envelope import EmptyEnvelope
    from .envelope import Envelope
    from .error_envelope import ErrorEnvelope
    from .face_swap_add_image_body import FaceSwapAddImageBody
    from .face_swap_add_image_response_200 import FaceSwapAddImageResponse200
    from .face_swap_batch_detail_body import FaceSwapBatchDetailBody
    from .face_swap_batch_detail_response_200 import FaceSwapBatchDetailResponse200
    from .face_swap_get_response_200 import FaceSwapGetResponse200
    from .face_swap_image import FaceSwapImage
    from .face_swap_list_images_response_200 import FaceSwapListImagesResponse200
    from .face_swap_list_response_200 import FaceSwapListResponse200
    from .face_swap_preview import FaceSwapPreview
    from .face_swap_preview_body import FaceSwapPreviewBody
    from .face_swap_preview_response_200 import FaceSwapPreviewResponse200
    from .face_swap_preview_status_response_200 import FaceSwapPreviewStatusResponse200
    from .face_swap_start_body import FaceSwapStartBody
    from .face_swap_start_body_model_version import FaceSwapStartBodyModelVersion
    from .face_swap_start_response_200 import FaceSwapStartResponse200
    from .face_swap_status_response_200 import FaceSwapStatusResponse200
    from .face_swap_task import FaceSwapTask
    from .face_swap_task_page import FaceSwapTaskPage
    from .face_swap_task_status import FaceSwapTaskStatus
    from .image_to_video_batch_detail_body import ImageToVideoBatchDetailBody
    from .image_to_video_batch_detail_response_200 import (
        ImageToVideoBatchDetailResponse200,
    )
    from .image_to_video_extend_flf_2v_prompt_body import (
        ImageToVideoExtendFlf2VPromptBody,
    )
    from .image_to_video_extend_prompt_body import ImageToVideoExtendPromptBody
    from .image_to_video_extend_prompt_body_template import (
        ImageToVideoExtendPromptBodyTemplate,
    )
    from .image_to_video_get_response_200 import ImageToVideoGetResponse200
    from .image_to_video_list_response_200 import ImageToVideoListResponse200
    from .image_to_video_start_body import ImageToVideoStartBody
    from .image_to_video_start_body_model_type import ImageToVideoStartBodyModelType
    from .image_to_video_start_body_model_version import (
        ImageToVideoStartBodyModelVersion,
    )
    from .image_to_video_start_response_200 import ImageToVideoStartResponse200
    from .image_to_video_task import ImageToVideoTask
    from .image_to_video_task_page import ImageToVideoTaskPage
    from .open_envelope import OpenEnvelope
    from .open_object import OpenObject
    from .quote import Quote
    from .storage_legacy_presigned_upload import StorageLegacyPresignedUpload
    from .storage_presigned_upload import StoragePresignedUpload
    from .storage_presigned_upload_url_body import StoragePresignedUploadUrlBody
    from .storage_presigned_upload_url_legacy_body import (
        StoragePresignedUploadUrlLegacyBody,
    )
    from .storage_presigned_upload_url_legacy_response_200 import (
        StoragePresignedUploadUrlLegacyResponse200,
    )
    from .storage_presigned_upload_url_response_200 import (
        StoragePresignedUploadUrlResponse200,
    )
    from .storage_transfer import StorageTransfer
    from .storage_transfer_url_body import StorageTransferUrlBody
    from .storage_transfer_url_response_200 import StorageTransferUrlResponse200
    from .streaming_avatar import StreamingAvatar
    from .streaming_avatar_ask_body import StreamingAvatarAskBody
    from .streaming_avatar_get_qa_context_response_200 import (
        StreamingAvatarGetQaContextResponse200,
    )
    from .streaming_avatar_get_token_body import StreamingAvatarGetTokenBody
    from .streaming_avatar_get_token_response_200 import (
        StreamingAvatarGetTokenResponse200,
    )
    from .streaming_avatar_leave_body import StreamingAvatarLeaveBody
    from .streaming_avatar_list_avatars_response_200 import (
        StreamingAvatarListAvatarsResponse200,
    )
    from .streaming_avatar_set_qa_context_body import StreamingAvatarSetQaContextBody
    from .streaming_avatar_speak_body import StreamingAvatarSpeakBody
    from .talking_photo_batch_detail_body import TalkingPhotoBatchDetailBody
    from .talking_photo_batch_detail_response_200 import (
        TalkingPhotoBatchDetailResponse200,
    )
    from .talking_photo_get_response_200 import TalkingPhotoGetResponse200
    from .talking_photo_list_response_200 import TalkingPhotoListResponse200
    from .talking_photo_start_body import TalkingPhotoStartBody
    from .talking_photo_start_response_200 import TalkingPhotoStartResponse200
    from .talking_photo_task import TalkingPhotoTask
    from .talking_photo_task_page import TalkingPhotoTaskPage
    from .task import Task
    from .video_twin import VideoTwin
    from .video_twin_batch_detail_body import VideoTwinBatchDetailBody
    from .video_twin_batch_detail_response_200 import VideoTwinBatchDetailResponse200
    from .video_twin_continue_training_body import VideoTwinContinueTrainingBody
    from .video_twin_continue_training_legacy_body import (
        VideoTwinContinueTrainingLegacyBody,
    )
    from .video_twin_continue_training_legacy_response_200 import (
        VideoTwinContinueTrainingLegacyResponse200,
    )
    from .video_twin_continue_training_response_200 import (
        VideoTwinContinueTrainingResponse200,
    )
    from .video_twin_delete_body import VideoTwinDeleteBody
    from .video_twin_eye_contact_body import VideoTwinEyeContactBody
    from .video_twin_get_response_200 import VideoTwinGetResponse200
    from .video_twin_list_all_response_200 import VideoTwinListAllResponse200
    from .video_twin_list_response_200 import VideoTwinListResponse200
    from .video_twin_list_status import VideoTwinListStatus
    from .video_twin_list_training_response_200 import VideoTwinListTrainingResponse200
    from .video_twin_page import VideoTwinPage
    from .video_twin_retry_body import VideoTwinRetryBody
    from .video_twin_start_body import VideoTwinStartBody
    from .video_twin_start_response_200 import VideoTwinStartResponse200
    from .video_twin_train_body import VideoTwinTrainBody
    from .video_twin_upload_body import VideoTwinUploadBody
    from .voices_get_response_200 import VoicesGetResponse200
    from .voices_language import VoicesLanguage
    from .voices_list_by_locale_body import VoicesListByLocaleBody
    from .voices_list_by_locale_response_200 import VoicesListByLocaleResponse200
    from .voices_list_completed_response_200 import VoicesListCompletedResponse200
    from .voices_list_languages_body import VoicesListLanguagesBody
    from .voices_list_languages_response_200 import VoicesListLanguagesResponse200
    from .voices_list_response_200 import VoicesListResponse200
    from .voices_list_training_response_200 import VoicesListTrainingResponse200
    from .voices_option import VoicesOption
    from .voices_train_body import VoicesTrainBody
    from .voices_train_body_gender import VoicesTrainBodyGender
    from .voices_train_body_model import VoicesTrainBodyModel
    from .voices_train_response_200 import VoicesTrainResponse200
    from .voices_tts_body import VoicesTtsBody
    from .voices_tts_body_type import VoicesTtsBodyType
    from .voices_tts_response_200 import VoicesTtsResponse200
    from .voices_update_body import VoicesUpdateBody
    from .voices_user_voice import VoicesUserVoice
    from .voices_voice_group import VoicesVoiceGroup
    from .webhook import Webhook

_MODULE_OF = {
    "AccountAddUserBody": ".account_add_user_body",
    "AccountApiToken": ".account_api_token",
    "AccountGenerateTokenBody": ".account_generate_token_body",
    "AccountGenerateTokenResponse200": ".account_generate_token_response_200",
    "AgoraToken": ".agora_token",
    "AvatarVideoAnchor": ".avatar_video_anchor",
    "AvatarVideoPublicPoolSetting": ".avatar_video_public_pool_setting",
    "AvatarVideoTask": ".avatar_video_task",
    "AvatarVideoTaskPage": ".avatar_video_task_page",
    "AvatarVideosDetectLanguageBody": ".avatar_videos_detect_language_body",
    "AvatarVideosDetectLanguageResponse200": ".avatar_videos_detect_language_response_200",
    "AvatarVideosGenerateBody": ".avatar_videos_generate_body",
    "AvatarVideosGenerateBodyCaptionAlign": ".avatar_videos_generate_body_caption_align",
    "AvatarVideosGenerateBodyGpModel": ".avatar_videos_generate_body_gp_model",
    "AvatarVideosGenerateResponse200": ".avatar_videos_generate_response_200",
    "AvatarVideosGetResponse200": ".avatar_videos_get_response_200",
    "AvatarVideosGetStatusBody": ".avatar_videos_get_status_body",
    "AvatarVideosGetStatusResponse200": ".avatar_videos_get_status_response_200",
    "AvatarVideosListAvatarsBody": ".avatar_videos_list_avatars_body",
    "AvatarVideosListAvatarsBodyWebType": ".avatar_videos_list_avatars_body_web_type",
    "AvatarVideosListAvatarsResponse200": ".avatar_videos_list_avatars_response_200",
    "AvatarVideosListCharactersResponse200": ".avatar_videos_list_characters_response_200",
    "AvatarVideosListResponse200": ".avatar_videos_list_response_200",
    "AvatarVideosSetAutoPublicPoolBody": ".avatar_videos_set_auto_public_pool_body",
    "AvatarVideosSetAutoPublicPoolResponse200": ".avatar_videos_set_auto_public_pool_response_200",
    "BackgroundImage": ".background_image",
    "BackgroundsAddBody": ".backgrounds_add_body",
    "BackgroundsAddResponse200": ".backgrounds_add_response_200",
    "BackgroundsDeleteBody": ".backgrounds_delete_body",
    "BackgroundsListAllResponse200": ".backgrounds_list_all_response_200",
    "BackgroundsListBody": ".backgrounds_list_body",
    "Balance": ".balance",
    "CaptionRemovalBatchDetailBody": ".caption_removal_batch_detail_body",
    "CaptionRemovalBatchDetailResponse200": ".caption_removal_batch_detail_response_200",
    "CaptionRemovalGetResponse200": ".caption_removal_get_response_200",
    "CaptionRemovalListProcessingResponse200": ".caption_removal_list_processing_response_200",
    "CaptionRemovalListResponse200": ".caption_removal_list_response_200",
    "CaptionRemovalRetryBody": ".caption_removal_retry_body",
    "CaptionRemovalStartBody": ".caption_removal_start_body",
    "CaptionRemovalStartResponse200": ".caption_removal_start_response_200",
    "CaptionRemovalTask": ".caption_removal_task",
    "CaptionRemovalTaskPage": ".caption_removal_task_page",
    "CreditsExchangeDiamondsBody": ".credits_exchange_diamonds_body",
    "CreditsHistoryPage": ".credits_history_page",
    "CreditsHistoryResponse200": ".credits_history_response_200",
    "CreditsQuoteBody": ".credits_quote_body",
    "CreditsQuoteBodyRequestBody": ".credits_quote_body_request_body",
    "CreditsQuoteResponse200": ".credits_quote_response_200",
    "CreditsRemainingResponse200": ".credits_remaining_response_200",
    "CustomAvatarsAddBody": ".custom_avatars_add_body",
    "CustomAvatarsDeleteBody": ".custom_avatars_delete_body",
    "CustomAvatarsListBody": ".custom_avatars_list_body",
    "CustomAvatarsUpdateBody": ".custom_avatars_update_body",
    "DubbingGetResponse200": ".dubbing_get_response_200",
    "DubbingListProcessingResponse200": ".dubbing_list_processing_response_200",
    "DubbingListResponse200": ".dubbing_list_response_200",
    "DubbingStartBody": ".dubbing_start_body",
    "DubbingStartResponse200": ".dubbing_start_response_200",
    "DubbingTask": ".dubbing_task",
    "DubbingTaskPage": ".dubbing_task_page",
    "EmptyEnvelope": ".empty_envelope",
    "Envelope": ".envelope",
    "ErrorEnvelope": ".error_envelope",
    "FaceSwapAddImageBody": ".face_swap_add_image_body",
    "FaceSwapAddImageResponse200": ".face_swap_add_image_response_200",
    "FaceSwapBatchDetailBody": ".face_swap_batch_detail_body",
    "FaceSwapBatchDetailResponse200": ".face_swap_batch_detail_response_200",
    "FaceSwapGetResponse200": ".face_swap_get_response_200",
    "FaceSwapImage": ".face_swap_image",
    "FaceSwapListImagesResponse200": ".face_swap_list_images_response_200",
    "FaceSwapListResponse200": ".face_swap_list_response_200",
    "FaceSwapPreview": ".face_swap_preview",
    "FaceSwapPreviewBody": ".face_swap_preview_body",
    "FaceSwapPreviewResponse200": ".face_swap_preview_response_200",
    "FaceSwapPreviewStatusResponse200": ".face_swap_preview_status_response_200",
    "FaceSwapStartBody": ".face_swap_start_body",
    "FaceSwapStartBodyModelVersion": ".face_swap_start_body_model_version",
    "FaceSwapStartResponse200": ".face_swap_start_response_200",
    "FaceSwapStatusResponse200": ".face_swap_status_response_200",
    "FaceSwapTask": ".face_swap_task",
    "FaceSwapTaskPage": ".face_swap_task_page",
    "FaceSwapTaskStatus": ".face_swap_task_status",
    "ImageToVideoBatchDetailBody": ".image_to_video_batch_detail_body",
    "ImageToVideoBatchDetailResponse200": ".image_to_video_batch_detail_response_200",
    "ImageToVideoExtendFlf2VPromptBody": ".image_to_video_extend_flf_2v_prompt_body",
    "ImageToVideoExtendPromptBody": ".image_to_video_extend_prompt_body",
    "ImageToVideoExtendPromptBodyTemplate": ".image_to_video_extend_prompt_body_template",
    "ImageToVideoGetResponse200": ".image_to_video_get_response_200",
    "ImageToVideoListResponse200": ".image_to_video_list_response_200",
    "ImageToVideoStartBody": ".image_to_video_start_body",
    "ImageToVideoStartBodyModelType": ".image_to_video_start_body_model_type",
    "ImageToVideoStartBodyModelVersion": ".image_to_video_start_body_model_version",
    "ImageToVideoStartResponse200": ".image_to_video_start_response_200",
    "ImageToVideoTask": ".image_to_video_task",
    "ImageToVideoTaskPage": ".image_to_video_task_page",
    "OpenEnvelope": ".open_envelope",
    "OpenObject": ".open_object",
    "Quote": ".quote",
    "StorageLegacyPresignedUpload": ".storage_legacy_presigned_upload",
    "StoragePresignedUpload": ".storage_presigned_upload",
    "StoragePresignedUploadUrlBody": ".storage_presigned_upload_url_body",
    "StoragePresignedUploadUrlLegacyBody": ".storage_presigned_upload_url_legacy_body",
    "StoragePresignedUploadUrlLegacyResponse200": ".storage_presigned_upload_url_legacy_response_200",
    "StoragePresignedUploadUrlResponse200": ".storage_presigned_upload_url_response_200",
    "StorageTransfer": ".storage_transfer",
    "StorageTransferUrlBody": ".storage_transfer_url_body",
    "StorageTransferUrlResponse200": ".storage_transfer_url_response_200",
    "StreamingAvatar": ".streaming_avatar",
    "StreamingAvatarAskBody": ".streaming_avatar_ask_body",
    "StreamingAvatarGetQaContextResponse200": ".streaming_avatar_get_qa_context_response_200",
    "StreamingAvatarGetTokenBody": ".streaming_avatar_get_token_body",
    "StreamingAvatarGetTokenResponse200": ".streaming_avatar_get_token_response_200",
    "StreamingAvatarLeaveBody": ".streaming_avatar_leave_body",
    "StreamingAvatarListAvatarsResponse200": ".streaming_avatar_list_avatars_response_200",
    "StreamingAvatarSetQaContextBody": ".streaming_avatar_set_qa_context_body",
    "StreamingAvatarSpeakBody": ".streaming_avatar_speak_body",
    "TalkingPhotoBatchDetailBody": ".talking_photo_batch_detail_body",
    "TalkingPhotoBatchDetailResponse200": ".talking_photo_batch_detail_response_200",
    "TalkingPhotoGetResponse200": ".talking_photo_get_response_200",
    "TalkingPhotoListResponse200": ".talking_photo_list_response_200",
    "TalkingPhotoStartBody": ".talking_photo_start_body",
    "TalkingPhotoStartResponse200": ".talking_photo_start_response_200",
    "TalkingPhotoTask": ".talking_photo_task",
    "TalkingPhotoTaskPage": ".talking_photo_task_page",
    "Task": ".task",
    "VideoTwin": ".video_twin",
    "VideoTwinBatchDetailBody": ".video_twin_batch_detail_body",
    "VideoTwinBatchDetailResponse200": ".video_twin_batch_detail_response_200",
    "VideoTwinContinueTrainingBody": ".video_twin_continue_training_body",
    "VideoTwinContinueTrainingLegacyBody": ".video_twin_continue_training_legacy_body",
    "VideoTwinContinueTrainingLegacyResponse200": ".video_twin_continue_training_legacy_response_200",
    "VideoTwinContinueTrainingResponse200": ".video_twin_continue_training_response_200",
    "VideoTwinDeleteBody": ".video_twin_delete_body",
    "VideoTwinEyeContactBody": ".video_twin_eye_contact_body",
    "VideoTwinGetResponse200": ".video_twin_get_response_200",
    "VideoTwinListAllResponse200": ".video_twin_list_all_response_200",
    "VideoTwinListResponse200": ".video_twin_list_response_200",
    "VideoTwinListStatus": ".video_twin_list_status",
    "VideoTwinListTrainingResponse200": ".video_twin_list_training_response_200",
    "VideoTwinPage": ".video_twin_page",
    "VideoTwinRetryBody": ".video_twin_retry_body",
    "VideoTwinStartBody": ".video_twin_start_body",
    "VideoTwinStartResponse200": ".video_twin_start_response_200",
    "VideoTwinTrainBody": ".video_twin_train_body",
    "VideoTwinUploadBody": ".video_twin_upload_body",
    "VoicesGetResponse200": ".voices_get_response_200",
    "VoicesLanguage": ".voices_language",
    "VoicesListByLocaleBody": ".voices_list_by_locale_body",
    "VoicesListByLocaleResponse200": ".voices_list_by_locale_response_200",
    "VoicesListCompletedResponse200": ".voices_list_completed_response_200",
    "VoicesListLanguagesBody": ".voices_list_languages_body",
    "VoicesListLanguagesResponse200": ".voices_list_languages_response_200",
    "VoicesListResponse200": ".voices_list_response_200",
    "VoicesListTrainingResponse200": ".voices_list_training_response_200",
    "VoicesOption": ".voices_option",
    "VoicesTrainBody": ".voices_train_body",
    "VoicesTrainBodyGender": ".voices_train_body_gender",
    "VoicesTrainBodyModel": ".voices_train_body_model",
    "VoicesTrainResponse200": ".voices_train_response_200",
    "VoicesTtsBody": ".voices_tts_body",
    "VoicesTtsBodyType": ".voices_tts_body_type",
    "VoicesTtsResponse200": ".voices_tts_response_200",
    "VoicesUpdateBody": ".voices_update_body",
    "VoicesUserVoice": ".voices_user_voice",
    "VoicesVoiceGroup": ".voices_voice_group",
    "Webhook": ".webhook",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccountAddUserBody",
    "AccountApiToken",
    "AccountGenerateTokenBody",
    "AccountGenerateTokenResponse200",
    "AgoraToken",
    "AvatarVideoAnchor",
    "AvatarVideoPublicPoolSetting",
    "AvatarVideosDetectLanguageBody",
    "AvatarVideosDetectLanguageResponse200",
    "AvatarVideosGenerateBody",
    "AvatarVideosGenerateBodyCaptionAlign",
    "AvatarVideosGenerateBodyGpModel",
    "AvatarVideosGenerateResponse200",
    "AvatarVideosGetResponse200",
    "AvatarVideosGetStatusBody",
    "AvatarVideosGetStatusResponse200",
    "AvatarVideosListAvatarsBody",
    "AvatarVideosListAvatarsBodyWebType",
    "AvatarVideosListAvatarsResponse200",
    "AvatarVideosListCharactersResponse200",
    "AvatarVideosListResponse200",
    "AvatarVideosSetAutoPublicPoolBody",
    "AvatarVideosSetAutoPublicPoolResponse200",
    "AvatarVideoTask",
    "AvatarVideoTaskPage",
    "BackgroundImage",
    "BackgroundsAddBody",
    "BackgroundsAddResponse200",
    "BackgroundsDeleteBody",
    "BackgroundsListAllResponse200",
    "BackgroundsListBody",
    "Balance",
    "CaptionRemovalBatchDetailBody",
    "CaptionRemovalBatchDetailResponse200",
    "CaptionRemovalGetResponse200",
    "CaptionRemovalListProcessingResponse200",
    "CaptionRemovalListResponse200",
    "CaptionRemovalRetryBody",
    "CaptionRemovalStartBody",
    "CaptionRemovalStartResponse200",
    "CaptionRemovalTask",
    "CaptionRemovalTaskPage",
    "CreditsExchangeDiamondsBody",
    "CreditsHistoryPage",
    "CreditsHistoryResponse200",
    "CreditsQuoteBody",
    "CreditsQuoteBodyRequestBody",
    "CreditsQuoteResponse200",
    "CreditsRemainingResponse200",
    "CustomAvatarsAddBody",
    "CustomAvatarsDeleteBody",
    "CustomAvatarsListBody",
    "CustomAvatarsUpdateBody",
    "DubbingGetResponse200",
    "DubbingListProcessingResponse200",
    "DubbingListResponse200",
    "DubbingStartBody",
    "DubbingStartResponse200",
    "DubbingTask",
    "DubbingTaskPage",
    "EmptyEnvelope",
    "Envelope",
    "ErrorEnvelope",
    "FaceSwapAddImageBody",
    "FaceSwapAddImageResponse200",
    "FaceSwapBatchDetailBody",
    "FaceSwapBatchDetailResponse200",
    "FaceSwapGetResponse200",
    "FaceSwapImage",
    "FaceSwapListImagesResponse200",
    "FaceSwapListResponse200",
    "FaceSwapPreview",
    "FaceSwapPreviewBody",
    "FaceSwapPreviewResponse200",
    "FaceSwapPreviewStatusResponse200",
    "FaceSwapStartBody",
    "FaceSwapStartBodyModelVersion",
    "FaceSwapStartResponse200",
    "FaceSwapStatusResponse200",
    "FaceSwapTask",
    "FaceSwapTaskPage",
    "FaceSwapTaskStatus",
    "ImageToVideoBatchDetailBody",
    "ImageToVideoBatchDetailResponse200",
    "ImageToVideoExtendFlf2VPromptBody",
    "ImageToVideoExtendPromptBody",
    "ImageToVideoExtendPromptBodyTemplate",
    "ImageToVideoGetResponse200",
    "ImageToVideoListResponse200",
    "ImageToVideoStartBody",
    "ImageToVideoStartBodyModelType",
    "ImageToVideoStartBodyModelVersion",
    "ImageToVideoStartResponse200",
    "ImageToVideoTask",
    "ImageToVideoTaskPage",
    "OpenEnvelope",
    "OpenObject",
    "Quote",
    "StorageLegacyPresignedUpload",
    "StoragePresignedUpload",
    "StoragePresignedUploadUrlBody",
    "StoragePresignedUploadUrlLegacyBody",
    "StoragePresignedUploadUrlLegacyResponse200",
    "StoragePresignedUploadUrlResponse200",
    "StorageTransfer",
    "StorageTransferUrlBody",
    "StorageTransferUrlResponse200",
    "StreamingAvatar",
    "StreamingAvatarAskBody",
    "StreamingAvatarGetQaContextResponse200",
    "StreamingAvatarGetTokenBody",
    "StreamingAvatarGetTokenResponse200",
    "StreamingAvatarLeaveBody",
    "StreamingAvatarListAvatarsResponse200",
    "StreamingAvatarSetQaContextBody",
    "StreamingAvatarSpeakBody",
    "TalkingPhotoBatchDetailBody",
    "TalkingPhotoBatchDetailResponse200",
    "TalkingPhotoGetResponse200",
    "TalkingPhotoListResponse200",
    "TalkingPhotoStartBody",
    "TalkingPhotoStartResponse200",
    "TalkingPhotoTask",
    "TalkingPhotoTaskPage",
    "Task",
    "VideoTwin",
    "VideoTwinBatchDetailBody",
    "VideoTwinBatchDetailResponse200",
    "VideoTwinContinueTrainingBody",
    "VideoTwinContinueTrainingLegacyBody",
    "VideoTwinContinueTrainingLegacyResponse200",
    "VideoTwinContinueTrainingResponse200",
    "VideoTwinDeleteBody",
    "VideoTwinEyeContactBody",
    "VideoTwinGetResponse200",
    "VideoTwinListAllResponse200",
    "VideoTwinListResponse200",
    "VideoTwinListStatus",
    "VideoTwinListTrainingResponse200",
    "VideoTwinPage",
    "VideoTwinRetryBody",
    "VideoTwinStartBody",
    "VideoTwinStartResponse200",
    "VideoTwinTrainBody",
    "VideoTwinUploadBody",
    "VoicesGetResponse200",
    "VoicesLanguage",
    "VoicesListByLocaleBody",
    "VoicesListByLocaleResponse200",
    "VoicesListCompletedResponse200",
    "VoicesListLanguagesBody",
    "VoicesListLanguagesResponse200",
    "VoicesListResponse200",
    "VoicesListTrainingResponse200",
    "VoicesOption",
    "VoicesTrainBody",
    "VoicesTrainBodyGender",
    "VoicesTrainBodyModel",
    "VoicesTrainResponse200",
    "VoicesTtsBody",
    "VoicesTtsBodyType",
    "VoicesTtsResponse200",
    "VoicesUpdateBody",
    "VoicesUserVoice",
    "VoicesVoiceGroup",
    "Webhook",
)
