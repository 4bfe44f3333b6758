"""Contains all the data models used in inputs/outputs, each imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_add_user_body import AccountAddUserBody
    from .account_api_token import AccountApiToken
    from .account_api_token_reply import AccountApiTokenReply
    from .account_generate_token_body import AccountGenerateTokenBody
    from .account_user import AccountUser
    from .account_user_reply import AccountUserReply
    from .actor_swap_start_body import ActorSwapStartBody
    from .actor_swap_task import ActorSwapTask, CompletedActorSwapTask
    from .actor_swap_task_list_reply import ActorSwapTaskListReply
    from .actor_swap_task_page import ActorSwapTaskPage
    from .actor_swap_task_page_reply import ActorSwapTaskPageReply
    from .actor_swap_task_reply import ActorSwapTaskReply
    from .agora_token import AgoraToken
    from .agora_token_reply import AgoraTokenReply
    from .avatar_video_anchor import AvatarVideoAnchor
    from .avatar_video_anchor_list_reply import AvatarVideoAnchorListReply
    from .avatar_video_job import AvatarVideoJob
    from .avatar_video_job_reply import AvatarVideoJobReply
    from .avatar_video_public_pool_setting import AvatarVideoPublicPoolSetting
    from .avatar_video_public_pool_setting_reply import (
        AvatarVideoPublicPoolSettingReply,
    )
    from .avatar_video_task import AvatarVideoTask, CompletedAvatarVideoTask
    from .avatar_video_task_list_reply import AvatarVideoTaskListReply
    from .avatar_video_task_page import AvatarVideoTaskPage
    from .avatar_video_task_page_reply import AvatarVideoTaskPageReply
    from .avatar_video_task_reply import AvatarVideoTaskReply
    from .avatar_videos_detect_language_body import AvatarVideosDetectLanguageBody
    from .avatar_videos_detect_language_reply import AvatarVideosDetectLanguageReply
    from .avatar_videos_generate_body import AvatarVideosGenerateBody
    from .avatar_videos_generate_body_caption_align import (
        AvatarVideosGenerateBodyCaptionAlign,
    )
    from .avatar_videos_generate_body_gp_model import AvatarVideosGenerateBodyGpModel
    from .avatar_videos_get_status_body import AvatarVideosGetStatusBody
    from .avatar_videos_list_avatars_body import AvatarVideosListAvatarsBody
    from .avatar_videos_list_avatars_body_web_type import (
        AvatarVideosListAvatarsBodyWebType,
    )
    from .avatar_videos_set_auto_public_pool_body import (
        AvatarVideosSetAutoPublicPoolBody,
    )
    from .background_image import BackgroundImage
    from .background_image_list_reply import BackgroundImageListReply
    from .background_image_reply import BackgroundImageReply
    from .backgrounds_add_body import BackgroundsAddBody
    from .backgrounds_delete_body import BackgroundsDeleteBody
    from .backgrounds_list_body import BackgroundsListBody
    from .balance import Balance
    from .balance_reply import BalanceReply
    from .batch_ids import BatchIds
    from .caption_removal_retry_body import CaptionRemovalRetryBody
    from .caption_removal_start_body import CaptionRemovalStartBody
    from .caption_removal_task import CaptionRemovalTask, CompletedCaptionRemovalTask
    from .caption_removal_task_list_reply import CaptionRemovalTaskListReply
    from .caption_removal_task_page import CaptionRemovalTaskPage
    from .caption_removal_task_page_reply import CaptionRemovalTaskPageReply
    from .caption_removal_task_reply import CaptionRemovalTaskReply
    from .credits_exchange_diamonds_body import CreditsExchangeDiamondsBody
    from .credits_history_page import CreditsHistoryPage
    from .credits_history_page_reply import CreditsHistoryPageReply
    from .credits_history_record import CreditsHistoryRecord
    from .credits_quote_body import CreditsQuoteBody
    from .credits_quote_body_request_body import CreditsQuoteBodyRequestBody
    from .custom_avatar import CustomAvatar
    from .custom_avatar_list_reply import CustomAvatarListReply
    from .custom_avatar_reply import CustomAvatarReply
    from .custom_avatar_tag_list_reply import CustomAvatarTagListReply
    from .custom_avatars_add_body import CustomAvatarsAddBody
    from .custom_avatars_delete_body import CustomAvatarsDeleteBody
    from .custom_avatars_list_body import CustomAvatarsListBody
    from .custom_avatars_update_body import CustomAvatarsUpdateBody
    from .dubbing_start_body import DubbingStartBody
    from .dubbing_task import CompletedDubbingTask, DubbingTask
    from .dubbing_task_list_reply import DubbingTaskListReply
    from .dubbing_task_page import DubbingTaskPage
    from .dubbing_task_page_reply import DubbingTaskPageReply
    from .dubbing_task_reply import DubbingTaskReply
    from .envelope import Envelope
    from .error_envelope import ErrorEnvelope
    from .face_swap_add_image_body import FaceSwapAddImageBody
    from .face_swap_image import FaceSwapImage
    from .face_swap_image_list_reply import FaceSwapImageListReply
    from .face_swap_preview import CompletedFaceSwapPreview, FaceSwapPreview
    from .face_swap_preview_body import FaceSwapPreviewBody
    from .face_swap_preview_reply import FaceSwapPreviewReply
    from .face_swap_start_body import FaceSwapStartBody
    from .face_swap_start_body_model_version import FaceSwapStartBodyModelVersion
    from .face_swap_task import CompletedFaceSwapTask, FaceSwapTask
    from .face_swap_task_list_reply import FaceSwapTaskListReply
    from .face_swap_task_page import FaceSwapTaskPage
    from .face_swap_task_page_reply import FaceSwapTaskPageReply
    from .face_swap_task_reply import FaceSwapTaskReply
    from .face_swap_task_status import FaceSwapTaskStatus
    from .face_swap_task_status_list_reply import FaceSwapTaskStatusListReply
    from .flux_2_list_status import Flux2ListStatus
    from .flux_2_start_body import Flux2StartBody
    from .flux_2_start_body_aspect_ratio import Flux2StartBodyAspectRatio
    from .flux_2_start_body_resolution import Flux2StartBodyResolution
    from .flux_2_task import CompletedFlux2Task, Flux2Task
    from .flux_2_task_list_reply import Flux2TaskListReply
    from .flux_2_task_page import Flux2TaskPage
    from .flux_2_task_page_reply import Flux2TaskPageReply
    from .flux_2_task_reply import Flux2TaskReply
    from .gpt_image_start_body import GptImageStartBody
    from .gpt_image_start_body_aspect_ratio import GptImageStartBodyAspectRatio
    from .gpt_image_start_body_model import GptImageStartBodyModel
    from .gpt_image_start_body_quality import GptImageStartBodyQuality
    from .gpt_image_start_body_resolution import GptImageStartBodyResolution
    from .gpt_image_task import CompletedGptImageTask, GptImageTask
    from .gpt_image_task_list_reply import GptImageTaskListReply
    from .gpt_image_task_page import GptImageTaskPage
    from .gpt_image_task_page_reply import GptImageTaskPageReply
    from .gpt_image_task_reply import GptImageTaskReply
    from .grok_start_body import GrokStartBody
    from .grok_start_body_aspect_ratio import GrokStartBodyAspectRatio
    from .grok_start_body_duration import GrokStartBodyDuration
    from .grok_start_body_mode import GrokStartBodyMode
    from .grok_start_body_model_type import GrokStartBodyModelType
    from .grok_start_body_model_version import GrokStartBodyModelVersion
    from .grok_video_task import CompletedGrokVideoTask, GrokVideoTask
    from .grok_video_task_list_reply import GrokVideoTaskListReply
    from .grok_video_task_page import GrokVideoTaskPage
    from .grok_video_task_page_reply import GrokVideoTaskPageReply
    from .grok_video_task_reply import GrokVideoTaskReply
    from .happy_horse_task import CompletedHappyHorseTask, HappyHorseTask
    from .happy_horse_task_list_reply import HappyHorseTaskListReply
    from .happy_horse_task_page import HappyHorseTaskPage
    from .happy_horse_task_page_reply import HappyHorseTaskPageReply
    from .happy_horse_task_reply import HappyHorseTaskReply
    from .happyhorse_start_body import HappyhorseStartBody
    from .happyhorse_start_body_audio_setting import HappyhorseStartBodyAudioSetting
    from .happyhorse_start_body_duration import HappyhorseStartBodyDuration
    from .happyhorse_start_body_mode import HappyhorseStartBodyMode
    from .happyhorse_start_body_model_version import HappyhorseStartBodyModelVersion
    from .happyhorse_start_body_ratio import HappyhorseStartBodyRatio
    from .happyhorse_start_body_resolution import HappyhorseStartBodyResolution
    from .head_swap_start_body import HeadSwapStartBody
    from .head_swap_task import CompletedHeadSwapTask, HeadSwapTask
    from .head_swap_task_list_reply import HeadSwapTaskListReply
    from .head_swap_task_page import HeadSwapTaskPage
    from .head_swap_task_page_reply import HeadSwapTaskPageReply
    from .head_swap_task_reply import HeadSwapTaskReply
    from .image_edit_start_body import ImageEditStartBody
    from .image_edit_start_body_edit_type import ImageEditStartBodyEditType
    from .image_edit_task import CompletedImageEditTask, ImageEditTask
    from .image_edit_task_list_reply import ImageEditTaskListReply
    from .image_edit_task_page import ImageEditTaskPage
    from .image_edit_task_page_reply import ImageEditTaskPageReply
    from .image_edit_task_reply import ImageEditTaskReply
    from .image_to_video_avg_processing_time_reply import (
        ImageToVideoAvgProcessingTimeReply,
    )
    from .image_to_video_extend_flf_2v_prompt_body import (
        ImageToVideoExtendFlf2VPromptBody,
    )
    from .image_to_video_extend_prompt_body import ImageToVideoExtendPromptBody
    from .image_to_video_extend_prompt_body_template import (
        ImageToVideoExtendPromptBodyTemplate,
    )
    from .image_to_video_prompt_extension import ImageToVideoPromptExtension
    from .image_to_video_prompt_extension_reply import ImageToVideoPromptExtensionReply
    from .image_to_video_queue_level_reply import ImageToVideoQueueLevelReply
    from .image_to_video_start_body import ImageToVideoStartBody
    from .image_to_video_start_body_model_type import ImageToVideoStartBodyModelType
    from .image_to_video_start_body_model_version import (
        ImageToVideoStartBodyModelVersion,
    )
    from .image_to_video_task import CompletedImageToVideoTask, ImageToVideoTask
    from .image_to_video_task_list_reply import ImageToVideoTaskListReply
    from .image_to_video_task_page import ImageToVideoTaskPage
    from .image_to_video_task_page_reply import ImageToVideoTaskPageReply
    from .image_to_video_task_reply import ImageToVideoTaskReply
    from .kling_image_start_body import KlingImageStartBody
    from .kling_image_start_body_aspect_ratio import KlingImageStartBodyAspectRatio
    from .kling_image_start_body_resolution import KlingImageStartBodyResolution
    from .kling_image_task import CompletedKlingImageTask, KlingImageTask
    from .kling_image_task_list_reply import KlingImageTaskListReply
    from .kling_image_task_page import KlingImageTaskPage
    from .kling_image_task_page_reply import KlingImageTaskPageReply
    from .kling_image_task_reply import KlingImageTaskReply
    from .kling_omni_start_body import KlingOmniStartBody
    from .kling_omni_start_body_aspect_ratio import KlingOmniStartBodyAspectRatio
    from .kling_omni_start_body_mode import KlingOmniStartBodyMode
    from .kling_omni_start_body_multi_prompt_item import (
        KlingOmniStartBodyMultiPromptItem,
    )
    from .kling_omni_start_body_shot_type import KlingOmniStartBodyShotType
    from .kling_omni_task import CompletedKlingOmniTask, KlingOmniTask
    from .kling_omni_task_list_reply import KlingOmniTaskListReply
    from .kling_omni_task_page import KlingOmniTaskPage
    from .kling_omni_task_page_reply import KlingOmniTaskPageReply
    from .kling_omni_task_reply import KlingOmniTaskReply
    from .kling_omni_update_body import KlingOmniUpdateBody
    from .kling_video_start_body import KlingVideoStartBody
    from .kling_video_start_body_aspect_ratio import KlingVideoStartBodyAspectRatio
    from .kling_video_start_body_character_orientation import (
        KlingVideoStartBodyCharacterOrientation,
    )
    from .kling_video_start_body_duration import KlingVideoStartBodyDuration
    from .kling_video_start_body_mode import KlingVideoStartBodyMode
    from .kling_video_start_body_model_version import KlingVideoStartBodyModelVersion
    from .kling_video_start_body_quality_mode import KlingVideoStartBodyQualityMode
    from .kling_video_start_body_resolution import KlingVideoStartBodyResolution
    from .kling_video_start_body_version import KlingVideoStartBodyVersion
    from .kling_video_task import CompletedKlingVideoTask, KlingVideoTask
    from .kling_video_task_list_reply import KlingVideoTaskListReply
    from .kling_video_task_page import KlingVideoTaskPage
    from .kling_video_task_page_reply import KlingVideoTaskPageReply
    from .kling_video_task_reply import KlingVideoTaskReply
    from .kling_video_update_body import KlingVideoUpdateBody
    from .motion_transfer_start_body import MotionTransferStartBody
    from .motion_transfer_task import CompletedMotionTransferTask, MotionTransferTask
    from .motion_transfer_task_list_reply import MotionTransferTaskListReply
    from .motion_transfer_task_page import MotionTransferTaskPage
    from .motion_transfer_task_page_reply import MotionTransferTaskPageReply
    from .motion_transfer_task_reply import MotionTransferTaskReply
    from .nano_banana_list_status import NanoBananaListStatus
    from .nano_banana_start_body import NanoBananaStartBody
    from .nano_banana_start_body_aspect_ratio import NanoBananaStartBodyAspectRatio
    from .nano_banana_start_body_image_size import NanoBananaStartBodyImageSize
    from .nano_banana_start_body_model import NanoBananaStartBodyModel
    from .nano_banana_task import CompletedNanoBananaTask, NanoBananaTask
    from .nano_banana_task_list_reply import NanoBananaTaskListReply
    from .nano_banana_task_page import NanoBananaTaskPage
    from .nano_banana_task_page_reply import NanoBananaTaskPageReply
    from .nano_banana_task_reply import NanoBananaTaskReply
    from .no_data_reply import NoDataReply
    from .no_data_reply_data_type_1 import NoDataReplyDataType1
    from .photobook_start_body import PhotobookStartBody
    from .photobook_start_body_total_count import PhotobookStartBodyTotalCount
    from .photobook_task import CompletedPhotobookTask, PhotobookTask
    from .photobook_task_list_reply import PhotobookTaskListReply
    from .photobook_task_page import PhotobookTaskPage
    from .photobook_task_page_reply import PhotobookTaskPageReply
    from .photobook_task_reply import PhotobookTaskReply
    from .product_avatar_rect import ProductAvatarRect
    from .product_avatar_start_body import ProductAvatarStartBody
    from .product_avatar_task import CompletedProductAvatarTask, ProductAvatarTask
    from .product_avatar_task_list_reply import ProductAvatarTaskListReply
    from .product_avatar_task_page import ProductAvatarTaskPage
    from .product_avatar_task_page_reply import ProductAvatarTaskPageReply
    from .product_avatar_task_reply import ProductAvatarTaskReply
    from .quote import Quote
    from .quote_reply import QuoteReply
    from .qwen_image_start_body import QwenImageStartBody
    from .qwen_image_start_body_model import QwenImageStartBodyModel
    from .qwen_image_start_body_size import QwenImageStartBodySize
    from .qwen_image_task import CompletedQwenImageTask, QwenImageTask
    from .qwen_image_task_list_reply import QwenImageTaskListReply
    from .qwen_image_task_page import QwenImageTaskPage
    from .qwen_image_task_page_reply import QwenImageTaskPageReply
    from .qwen_image_task_reply import QwenImageTaskReply
    from .seedance_2_start_body import Seedance2StartBody
    from .seedance_2_start_body_aspect_ratio import Seedance2StartBodyAspectRatio
    from .seedance_2_start_body_mode import Seedance2StartBodyMode
    from .seedance_2_start_body_model_version import Seedance2StartBodyModelVersion
    from .seedance_2_start_body_omni_reference_task_type import (
        Seedance2StartBodyOmniReferenceTaskType,
    )
    from .seedance_2_start_body_resolution import Seedance2StartBodyResolution
    from .seedance_2_task import CompletedSeedance2Task, Seedance2Task
    from .seedance_2_task_list_reply import Seedance2TaskListReply
    from .seedance_2_task_page import Seedance2TaskPage
    from .seedance_2_task_page_reply import Seedance2TaskPageReply
    from .seedance_2_task_reply import Seedance2TaskReply
    from .seedance_2_update_body import Seedance2UpdateBody
    from .seedance_start_body import SeedanceStartBody
    from .seedance_start_body_aspect_ratio import SeedanceStartBodyAspectRatio
    from .seedance_start_body_duration import SeedanceStartBodyDuration
    from .seedance_start_body_mode import SeedanceStartBodyMode
    from .seedance_start_body_resolution import SeedanceStartBodyResolution
    from .seedance_task import CompletedSeedanceTask, SeedanceTask
    from .seedance_task_page import SeedanceTaskPage
    from .seedance_task_page_reply import SeedanceTaskPageReply
    from .seedance_task_reply import SeedanceTaskReply
    from .sora_start_body import SoraStartBody
    from .sora_start_body_aspect_ratio import SoraStartBodyAspectRatio
    from .sora_start_body_duration_seconds import SoraStartBodyDurationSeconds
    from .sora_start_body_model_type import SoraStartBodyModelType
    from .sora_start_body_quality import SoraStartBodyQuality
    from .sora_video_task import CompletedSoraVideoTask, SoraVideoTask
    from .sora_video_task_list_reply import SoraVideoTaskListReply
    from .sora_video_task_page import SoraVideoTaskPage
    from .sora_video_task_page_reply import SoraVideoTaskPageReply
    from .sora_video_task_reply import SoraVideoTaskReply
    from .storage_legacy_presigned_upload import StorageLegacyPresignedUpload
    from .storage_legacy_presigned_upload_reply import StorageLegacyPresignedUploadReply
    from .storage_presigned_upload import StoragePresignedUpload
    from .storage_presigned_upload_reply import StoragePresignedUploadReply
    from .storage_presigned_upload_url_body import StoragePresignedUploadUrlBody
    from .storage_presigned_upload_url_legacy_body import (
        StoragePresignedUploadUrlLegacyBody,
    )
    from .storage_transfer import StorageTransfer
    from .storage_transfer_reply import StorageTransferReply
    from .storage_transfer_url_body import StorageTransferUrlBody
    from .streaming_avatar import StreamingAvatar
    from .streaming_avatar_ask_body import StreamingAvatarAskBody
    from .streaming_avatar_get_token_body import StreamingAvatarGetTokenBody
    from .streaming_avatar_leave_body import StreamingAvatarLeaveBody
    from .streaming_avatar_list_reply import StreamingAvatarListReply
    from .streaming_avatar_qa_context import StreamingAvatarQaContext
    from .streaming_avatar_qa_context_reply import StreamingAvatarQaContextReply
    from .streaming_avatar_set_qa_context_body import StreamingAvatarSetQaContextBody
    from .streaming_avatar_speak_body import StreamingAvatarSpeakBody
    from .string_reply import StringReply
    from .talking_photo_start_body import TalkingPhotoStartBody
    from .talking_photo_task import CompletedTalkingPhotoTask, TalkingPhotoTask
    from .talking_photo_task_list_reply import TalkingPhotoTaskListReply
    from .talking_photo_task_page import TalkingPhotoTaskPage
    from .talking_photo_task_page_reply import TalkingPhotoTaskPageReply
    from .talking_photo_task_reply import TalkingPhotoTaskReply
    from .talking_video_start_body import TalkingVideoStartBody
    from .talking_video_task import CompletedTalkingVideoTask, TalkingVideoTask
    from .talking_video_task_list_reply import TalkingVideoTaskListReply
    from .talking_video_task_page import TalkingVideoTaskPage
    from .talking_video_task_page_reply import TalkingVideoTaskPageReply
    from .talking_video_task_reply import TalkingVideoTaskReply
    from .task import Task
    from .text_to_image_avatar import TextToImageAvatar
    from .text_to_image_avatar_reply import TextToImageAvatarReply
    from .text_to_image_quick_add_avatar_body import TextToImageQuickAddAvatarBody
    from .text_to_image_quick_add_avatar_body_gender import (
        TextToImageQuickAddAvatarBodyGender,
    )
    from .text_to_image_quick_add_avatar_legacy_body import (
        TextToImageQuickAddAvatarLegacyBody,
    )
    from .text_to_image_quick_add_avatar_legacy_body_gender import (
        TextToImageQuickAddAvatarLegacyBodyGender,
    )
    from .text_to_image_start_body import TextToImageStartBody
    from .text_to_image_start_body_aspect_ratio import TextToImageStartBodyAspectRatio
    from .text_to_image_start_body_model_type import TextToImageStartBodyModelType
    from .text_to_image_start_body_req_key import TextToImageStartBodyReqKey
    from .text_to_image_start_legacy_body import TextToImageStartLegacyBody
    from .text_to_image_start_legacy_body_aspect_ratio import (
        TextToImageStartLegacyBodyAspectRatio,
    )
    from .text_to_image_start_legacy_body_model_type import (
        TextToImageStartLegacyBodyModelType,
    )
    from .text_to_image_start_legacy_body_req_key import (
        TextToImageStartLegacyBodyReqKey,
    )
    from .text_to_image_task import CompletedTextToImageTask, TextToImageTask
    from .text_to_image_task_list_reply import TextToImageTaskListReply
    from .text_to_image_task_page import TextToImageTaskPage
    from .text_to_image_task_page_reply import TextToImageTaskPageReply
    from .text_to_image_task_reply import TextToImageTaskReply
    from .think_sound_task import CompletedThinkSoundTask, ThinkSoundTask
    from .think_sound_task_list_reply import ThinkSoundTaskListReply
    from .think_sound_task_page import ThinkSoundTaskPage
    from .think_sound_task_page_reply import ThinkSoundTaskPageReply
    from .think_sound_task_reply import ThinkSoundTaskReply
    from .thinksound_start_body import ThinksoundStartBody
    from .upscale_start_body import UpscaleStartBody
    from .upscale_task import CompletedUpscaleTask, UpscaleTask
    from .upscale_task_list_reply import UpscaleTaskListReply
    from .upscale_task_page import UpscaleTaskPage
    from .upscale_task_page_reply import UpscaleTaskPageReply
    from .upscale_task_reply import UpscaleTaskReply
    from .veo_1080p_video import Veo1080PVideo
    from .veo_1080p_video_reply import Veo1080PVideoReply
    from .veo_start_body import VeoStartBody
    from .veo_start_body_aspect_ratio import VeoStartBodyAspectRatio
    from .veo_start_body_generation_type import VeoStartBodyGenerationType
    from .veo_start_body_model import VeoStartBodyModel
    from .veo_task import CompletedVeoTask, VeoTask
    from .veo_task_list_reply import VeoTaskListReply
    from .veo_task_page import VeoTaskPage
    from .veo_task_page_reply import VeoTaskPageReply
    from .veo_task_reply import VeoTaskReply
    from .video_twin import CompletedVideoTwin, VideoTwin
    from .video_twin_continue_training_body import VideoTwinContinueTrainingBody
    from .video_twin_continue_training_legacy_body import (
        VideoTwinContinueTrainingLegacyBody,
    )
    from .video_twin_delete_body import VideoTwinDeleteBody
    from .video_twin_eye_contact_body import VideoTwinEyeContactBody
    from .video_twin_list_reply import VideoTwinListReply
    from .video_twin_list_status import VideoTwinListStatus
    from .video_twin_page import VideoTwinPage
    from .video_twin_page_reply import VideoTwinPageReply
    from .video_twin_reply import VideoTwinReply
    from .video_twin_retry_body import VideoTwinRetryBody
    from .video_twin_start_body import VideoTwinStartBody
    from .video_twin_train_body import VideoTwinTrainBody
    from .video_twin_upload import VideoTwinUpload
    from .video_twin_upload_body import VideoTwinUploadBody
    from .video_twin_upload_list_reply import VideoTwinUploadListReply
    from .video_twin_upload_reply import VideoTwinUploadReply
    from .virtual_try_on_start_body import VirtualTryOnStartBody
    from .virtual_try_on_task import CompletedVirtualTryOnTask, VirtualTryOnTask
    from .virtual_try_on_task_list_reply import VirtualTryOnTaskListReply
    from .virtual_try_on_task_page import VirtualTryOnTaskPage
    from .virtual_try_on_task_page_reply import VirtualTryOnTaskPageReply
    from .virtual_try_on_task_reply import VirtualTryOnTaskReply
    from .voices_language import VoicesLanguage
    from .voices_language_list_reply import VoicesLanguageListReply
    from .voices_list_by_locale_body import VoicesListByLocaleBody
    from .voices_list_languages_body import VoicesListLanguagesBody
    from .voices_option import VoicesOption
    from .voices_train_body import VoicesTrainBody
    from .voices_train_body_gender import VoicesTrainBodyGender
    from .voices_train_body_model import VoicesTrainBodyModel
    from .voices_tts_body import VoicesTtsBody
    from .voices_tts_body_type import VoicesTtsBodyType
    from .voices_tts_preview import VoicesTtsPreview
    from .voices_tts_preview_page import VoicesTtsPreviewPage
    from .voices_tts_preview_page_reply import VoicesTtsPreviewPageReply
    from .voices_update_body import VoicesUpdateBody
    from .voices_user_voice import CompletedVoicesUserVoice, VoicesUserVoice
    from .voices_user_voice_list_reply import VoicesUserVoiceListReply
    from .voices_user_voice_reply import VoicesUserVoiceReply
    from .voices_voice_group import VoicesVoiceGroup
    from .voices_voice_group_list_reply import VoicesVoiceGroupListReply
    from .wan_3_start_body import Wan3StartBody
    from .wan_3_start_body_input import Wan3StartBodyInput
    from .wan_3_start_body_input_media_item import Wan3StartBodyInputMediaItem
    from .wan_3_start_body_mode import Wan3StartBodyMode
    from .wan_3_start_body_model import Wan3StartBodyModel
    from .wan_3_start_body_parameters import Wan3StartBodyParameters
    from .wan_3_task import CompletedWan3Task, Wan3Task
    from .wan_3_task_reply import Wan3TaskReply
    from .wan_spicy_start_body import WanSpicyStartBody
    from .wan_spicy_start_body_model import WanSpicyStartBodyModel
    from .wan_spicy_start_body_resolution import WanSpicyStartBodyResolution
    from .wan_spicy_task import CompletedWanSpicyTask, WanSpicyTask
    from .wan_spicy_task_list_reply import WanSpicyTaskListReply
    from .wan_spicy_task_page import WanSpicyTaskPage
    from .wan_spicy_task_page_reply import WanSpicyTaskPageReply
    from .wan_spicy_task_reply import WanSpicyTaskReply
    from .wan_start_body import WanStartBody
    from .wan_start_body_duration import WanStartBodyDuration
    from .wan_start_body_model import WanStartBodyModel
    from .wan_start_body_ratio import WanStartBodyRatio
    from .wan_start_body_reference_media_item import WanStartBodyReferenceMediaItem
    from .wan_start_body_resolution import WanStartBodyResolution
    from .wan_start_body_task_type import WanStartBodyTaskType
    from .wan_task import CompletedWanTask, WanTask
    from .wan_task_list_reply import WanTaskListReply
    from .wan_task_page import WanTaskPage
    from .wan_task_page_reply import WanTaskPageReply
    from .wan_task_reply import WanTaskReply
    from .webhook import Webhook
    from .webhook_event import WebhookEvent
    from .webhook_event_data import WebhookEventData

_MODULE_OF = {
    "AccountAddUserBody": ".account_add_user_body",
    "AccountApiToken": ".account_api_token",
    "AccountApiTokenReply": ".account_api_token_reply",
    "AccountGenerateTokenBody": ".account_generate_token_body",
    "AccountUser": ".account_user",
    "AccountUserReply": ".account_user_reply",
    "ActorSwapStartBody": ".actor_swap_start_body",
    "ActorSwapTask": ".actor_swap_task",
    "CompletedActorSwapTask": ".actor_swap_task",
    "ActorSwapTaskListReply": ".actor_swap_task_list_reply",
    "ActorSwapTaskPage": ".actor_swap_task_page",
    "ActorSwapTaskPageReply": ".actor_swap_task_page_reply",
    "ActorSwapTaskReply": ".actor_swap_task_reply",
    "AgoraToken": ".agora_token",
    "AgoraTokenReply": ".agora_token_reply",
    "AvatarVideoAnchor": ".avatar_video_anchor",
    "AvatarVideoAnchorListReply": ".avatar_video_anchor_list_reply",
    "AvatarVideoJob": ".avatar_video_job",
    "AvatarVideoJobReply": ".avatar_video_job_reply",
    "AvatarVideoPublicPoolSetting": ".avatar_video_public_pool_setting",
    "AvatarVideoPublicPoolSettingReply": ".avatar_video_public_pool_setting_reply",
    "AvatarVideoTask": ".avatar_video_task",
    "CompletedAvatarVideoTask": ".avatar_video_task",
    "AvatarVideoTaskListReply": ".avatar_video_task_list_reply",
    "AvatarVideoTaskPage": ".avatar_video_task_page",
    "AvatarVideoTaskPageReply": ".avatar_video_task_page_reply",
    "AvatarVideoTaskReply": ".avatar_video_task_reply",
    "AvatarVideosDetectLanguageBody": ".avatar_videos_detect_language_body",
    "AvatarVideosDetectLanguageReply": ".avatar_videos_detect_language_reply",
    "AvatarVideosGenerateBody": ".avatar_videos_generate_body",
    "AvatarVideosGenerateBodyCaptionAlign": ".avatar_videos_generate_body_caption_align",
    "AvatarVideosGenerateBodyGpModel": ".avatar_videos_generate_body_gp_model",
    "AvatarVideosGetStatusBody": ".avatar_videos_get_status_body",
    "AvatarVideosListAvatarsBody": ".avatar_videos_list_avatars_body",
    "AvatarVideosListAvatarsBodyWebType": ".avatar_videos_list_avatars_body_web_type",
    "AvatarVideosSetAutoPublicPoolBody": ".avatar_videos_set_auto_public_pool_body",
    "BackgroundImage": ".background_image",
    "BackgroundImageListReply": ".background_image_list_reply",
    "BackgroundImageReply": ".background_image_reply",
    "BackgroundsAddBody": ".backgrounds_add_body",
    "BackgroundsDeleteBody": ".backgrounds_delete_body",
    "BackgroundsListBody": ".backgrounds_list_body",
    "Balance": ".balance",
    "BalanceReply": ".balance_reply",
    "BatchIds": ".batch_ids",
    "CaptionRemovalRetryBody": ".caption_removal_retry_body",
    "CaptionRemovalStartBody": ".caption_removal_start_body",
    "CaptionRemovalTask": ".caption_removal_task",
    "CompletedCaptionRemovalTask": ".caption_removal_task",
    "CaptionRemovalTaskListReply": ".caption_removal_task_list_reply",
    "CaptionRemovalTaskPage": ".caption_removal_task_page",
    "CaptionRemovalTaskPageReply": ".caption_removal_task_page_reply",
    "CaptionRemovalTaskReply": ".caption_removal_task_reply",
    "CreditsExchangeDiamondsBody": ".credits_exchange_diamonds_body",
    "CreditsHistoryPage": ".credits_history_page",
    "CreditsHistoryPageReply": ".credits_history_page_reply",
    "CreditsHistoryRecord": ".credits_history_record",
    "CreditsQuoteBody": ".credits_quote_body",
    "CreditsQuoteBodyRequestBody": ".credits_quote_body_request_body",
    "CustomAvatar": ".custom_avatar",
    "CustomAvatarListReply": ".custom_avatar_list_reply",
    "CustomAvatarReply": ".custom_avatar_reply",
    "CustomAvatarTagListReply": ".custom_avatar_tag_list_reply",
    "CustomAvatarsAddBody": ".custom_avatars_add_body",
    "CustomAvatarsDeleteBody": ".custom_avatars_delete_body",
    "CustomAvatarsListBody": ".custom_avatars_list_body",
    "CustomAvatarsUpdateBody": ".custom_avatars_update_body",
    "DubbingStartBody": ".dubbing_start_body",
    "DubbingTask": ".dubbing_task",
    "CompletedDubbingTask": ".dubbing_task",
    "DubbingTaskListReply": ".dubbing_task_list_reply",
    "DubbingTaskPage": ".dubbing_task_page",
    "DubbingTaskPageReply": ".dubbing_task_page_reply",
    "DubbingTaskReply": ".dubbing_task_reply",
    "Envelope": ".envelope",
    "ErrorEnvelope": ".error_envelope",
    "FaceSwapAddImageBody": ".face_swap_add_image_body",
    "FaceSwapImage": ".face_swap_image",
    "FaceSwapImageListReply": ".face_swap_image_list_reply",
    "FaceSwapPreview": ".face_swap_preview",
    "CompletedFaceSwapPreview": ".face_swap_preview",
    "FaceSwapPreviewBody": ".face_swap_preview_body",
    "FaceSwapPreviewReply": ".face_swap_preview_reply",
    "FaceSwapStartBody": ".face_swap_start_body",
    "FaceSwapStartBodyModelVersion": ".face_swap_start_body_model_version",
    "FaceSwapTask": ".face_swap_task",
    "CompletedFaceSwapTask": ".face_swap_task",
    "FaceSwapTaskListReply": ".face_swap_task_list_reply",
    "FaceSwapTaskPage": ".face_swap_task_page",
    "FaceSwapTaskPageReply": ".face_swap_task_page_reply",
    "FaceSwapTaskReply": ".face_swap_task_reply",
    "FaceSwapTaskStatus": ".face_swap_task_status",
    "FaceSwapTaskStatusListReply": ".face_swap_task_status_list_reply",
    "Flux2ListStatus": ".flux_2_list_status",
    "Flux2StartBody": ".flux_2_start_body",
    "Flux2StartBodyAspectRatio": ".flux_2_start_body_aspect_ratio",
    "Flux2StartBodyResolution": ".flux_2_start_body_resolution",
    "Flux2Task": ".flux_2_task",
    "CompletedFlux2Task": ".flux_2_task",
    "Flux2TaskListReply": ".flux_2_task_list_reply",
    "Flux2TaskPage": ".flux_2_task_page",
    "Flux2TaskPageReply": ".flux_2_task_page_reply",
    "Flux2TaskReply": ".flux_2_task_reply",
    "GptImageStartBody": ".gpt_image_start_body",
    "GptImageStartBodyAspectRatio": ".gpt_image_start_body_aspect_ratio",
    "GptImageStartBodyModel": ".gpt_image_start_body_model",
    "GptImageStartBodyQuality": ".gpt_image_start_body_quality",
    "GptImageStartBodyResolution": ".gpt_image_start_body_resolution",
    "GptImageTask": ".gpt_image_task",
    "CompletedGptImageTask": ".gpt_image_task",
    "GptImageTaskListReply": ".gpt_image_task_list_reply",
    "GptImageTaskPage": ".gpt_image_task_page",
    "GptImageTaskPageReply": ".gpt_image_task_page_reply",
    "GptImageTaskReply": ".gpt_image_task_reply",
    "GrokStartBody": ".grok_start_body",
    "GrokStartBodyAspectRatio": ".grok_start_body_aspect_ratio",
    "GrokStartBodyDuration": ".grok_start_body_duration",
    "GrokStartBodyMode": ".grok_start_body_mode",
    "GrokStartBodyModelType": ".grok_start_body_model_type",
    "GrokStartBodyModelVersion": ".grok_start_body_model_version",
    "GrokVideoTask": ".grok_video_task",
    "CompletedGrokVideoTask": ".grok_video_task",
    "GrokVideoTaskListReply": ".grok_video_task_list_reply",
    "GrokVideoTaskPage": ".grok_video_task_page",
    "GrokVideoTaskPageReply": ".grok_video_task_page_reply",
    "GrokVideoTaskReply": ".grok_video_task_reply",
    "HappyHorseTask": ".happy_horse_task",
    "CompletedHappyHorseTask": ".happy_horse_task",
    "HappyHorseTaskListReply": ".happy_horse_task_list_reply",
    "HappyHorseTaskPage": ".happy_horse_task_page",
    "HappyHorseTaskPageReply": ".happy_horse_task_page_reply",
    "HappyHorseTaskReply": ".happy_horse_task_reply",
    "HappyhorseStartBody": ".happyhorse_start_body",
    "HappyhorseStartBodyAudioSetting": ".happyhorse_start_body_audio_setting",
    "HappyhorseStartBodyDuration": ".happyhorse_start_body_duration",
    "HappyhorseStartBodyMode": ".happyhorse_start_body_mode",
    "HappyhorseStartBodyModelVersion": ".happyhorse_start_body_model_version",
    "HappyhorseStartBodyRatio": ".happyhorse_start_body_ratio",
    "HappyhorseStartBodyResolution": ".happyhorse_start_body_resolution",
    "HeadSwapStartBody": ".head_swap_start_body",
    "HeadSwapTask": ".head_swap_task",
    "CompletedHeadSwapTask": ".head_swap_task",
    "HeadSwapTaskListReply": ".head_swap_task_list_reply",
    "HeadSwapTaskPage": ".head_swap_task_page",
    "HeadSwapTaskPageReply": ".head_swap_task_page_reply",
    "HeadSwapTaskReply": ".head_swap_task_reply",
    "ImageEditStartBody": ".image_edit_start_body",
    "ImageEditStartBodyEditType": ".image_edit_start_body_edit_type",
    "ImageEditTask": ".image_edit_task",
    "CompletedImageEditTask": ".image_edit_task",
    "ImageEditTaskListReply": ".image_edit_task_list_reply",
    "ImageEditTaskPage": ".image_edit_task_page",
    "ImageEditTaskPageReply": ".image_edit_task_page_reply",
    "ImageEditTaskReply": ".image_edit_task_reply",
    "ImageToVideoAvgProcessingTimeReply": ".image_to_video_avg_processing_time_reply",
    "ImageToVideoExtendFlf2VPromptBody": ".image_to_video_extend_flf_2v_prompt_body",
    "ImageToVideoExtendPromptBody": ".image_to_video_extend_prompt_body",
    "ImageToVideoExtendPromptBodyTemplate": ".image_to_video_extend_prompt_body_template",
    "ImageToVideoPromptExtension": ".image_to_video_prompt_extension",
    "ImageToVideoPromptExtensionReply": ".image_to_video_prompt_extension_reply",
    "ImageToVideoQueueLevelReply": ".image_to_video_queue_level_reply",
    "ImageToVideoStartBody": ".image_to_video_start_body",
    "ImageToVideoStartBodyModelType": ".image_to_video_start_body_model_type",
    "ImageToVideoStartBodyModelVersion": ".image_to_video_start_body_model_version",
    "ImageToVideoTask": ".image_to_video_task",
    "CompletedImageToVideoTask": ".image_to_video_task",
    "ImageToVideoTaskListReply": ".image_to_video_task_list_reply",
    "ImageToVideoTaskPage": ".image_to_video_task_page",
    "ImageToVideoTaskPageReply": ".image_to_video_task_page_reply",
    "ImageToVideoTaskReply": ".image_to_video_task_reply",
    "KlingImageStartBody": ".kling_image_start_body",
    "KlingImageStartBodyAspectRatio": ".kling_image_start_body_aspect_ratio",
    "KlingImageStartBodyResolution": ".kling_image_start_body_resolution",
    "KlingImageTask": ".kling_image_task",
    "CompletedKlingImageTask": ".kling_image_task",
    "KlingImageTaskListReply": ".kling_image_task_list_reply",
    "KlingImageTaskPage": ".kling_image_task_page",
    "KlingImageTaskPageReply": ".kling_image_task_page_reply",
    "KlingImageTaskReply": ".kling_image_task_reply",
    "KlingOmniStartBody": ".kling_omni_start_body",
    "KlingOmniStartBodyAspectRatio": ".kling_omni_start_body_aspect_ratio",
    "KlingOmniStartBodyMode": ".kling_omni_start_body_mode",
    "KlingOmniStartBodyMultiPromptItem": ".kling_omni_start_body_multi_prompt_item",
    "KlingOmniStartBodyShotType": ".kling_omni_start_body_shot_type",
    "KlingOmniTask": ".kling_omni_task",
    "CompletedKlingOmniTask": ".kling_omni_task",
    "KlingOmniTaskListReply": ".kling_omni_task_list_reply",
    "KlingOmniTaskPage": ".kling_omni_task_page",
    "KlingOmniTaskPageReply": ".kling_omni_task_page_reply",
    "KlingOmniTaskReply": ".kling_omni_task_reply",
    "KlingOmniUpdateBody": ".kling_omni_update_body",
    "KlingVideoStartBody": ".kling_video_start_body",
    "KlingVideoStartBodyAspectRatio": ".kling_video_start_body_aspect_ratio",
    "KlingVideoStartBodyCharacterOrientation": ".kling_video_start_body_character_orientation",
    "KlingVideoStartBodyDuration": ".kling_video_start_body_duration",
    "KlingVideoStartBodyMode": ".kling_video_start_body_mode",
    "KlingVideoStartBodyModelVersion": ".kling_video_start_body_model_version",
    "KlingVideoStartBodyQualityMode": ".kling_video_start_body_quality_mode",
    "KlingVideoStartBodyResolution": ".kling_video_start_body_resolution",
    "KlingVideoStartBodyVersion": ".kling_video_start_body_version",
    "KlingVideoTask": ".kling_video_task",
    "CompletedKlingVideoTask": ".kling_video_task",
    "KlingVideoTaskListReply": ".kling_video_task_list_reply",
    "KlingVideoTaskPage": ".kling_video_task_page",
    "KlingVideoTaskPageReply": ".kling_video_task_page_reply",
    "KlingVideoTaskReply": ".kling_video_task_reply",
    "KlingVideoUpdateBody": ".kling_video_update_body",
    "MotionTransferStartBody": ".motion_transfer_start_body",
    "MotionTransferTask": ".motion_transfer_task",
    "CompletedMotionTransferTask": ".motion_transfer_task",
    "MotionTransferTaskListReply": ".motion_transfer_task_list_reply",
    "MotionTransferTaskPage": ".motion_transfer_task_page",
    "MotionTransferTaskPageReply": ".motion_transfer_task_page_reply",
    "MotionTransferTaskReply": ".motion_transfer_task_reply",
    "NanoBananaListStatus": ".nano_banana_list_status",
    "NanoBananaStartBody": ".nano_banana_start_body",
    "NanoBananaStartBodyAspectRatio": ".nano_banana_start_body_aspect_ratio",
    "NanoBananaStartBodyImageSize": ".nano_banana_start_body_image_size",
    "NanoBananaStartBodyModel": ".nano_banana_start_body_model",
    "NanoBananaTask": ".nano_banana_task",
    "CompletedNanoBananaTask": ".nano_banana_task",
    "NanoBananaTaskListReply": ".nano_banana_task_list_reply",
    "NanoBananaTaskPage": ".nano_banana_task_page",
    "NanoBananaTaskPageReply": ".nano_banana_task_page_reply",
    "NanoBananaTaskReply": ".nano_banana_task_reply",
    "NoDataReply": ".no_data_reply",
    "NoDataReplyDataType1": ".no_data_reply_data_type_1",
    "PhotobookStartBody": ".photobook_start_body",
    "PhotobookStartBodyTotalCount": ".photobook_start_body_total_count",
    "PhotobookTask": ".photobook_task",
    "CompletedPhotobookTask": ".photobook_task",
    "PhotobookTaskListReply": ".photobook_task_list_reply",
    "PhotobookTaskPage": ".photobook_task_page",
    "PhotobookTaskPageReply": ".photobook_task_page_reply",
    "PhotobookTaskReply": ".photobook_task_reply",
    "ProductAvatarRect": ".product_avatar_rect",
    "ProductAvatarStartBody": ".product_avatar_start_body",
    "ProductAvatarTask": ".product_avatar_task",
    "CompletedProductAvatarTask": ".product_avatar_task",
    "ProductAvatarTaskListReply": ".product_avatar_task_list_reply",
    "ProductAvatarTaskPage": ".product_avatar_task_page",
    "ProductAvatarTaskPageReply": ".product_avatar_task_page_reply",
    "ProductAvatarTaskReply": ".product_avatar_task_reply",
    "Quote": ".quote",
    "QuoteReply": ".quote_reply",
    "QwenImageStartBody": ".qwen_image_start_body",
    "QwenImageStartBodyModel": ".qwen_image_start_body_model",
    "QwenImageStartBodySize": ".qwen_image_start_body_size",
    "QwenImageTask": ".qwen_image_task",
    "CompletedQwenImageTask": ".qwen_image_task",
    "QwenImageTaskListReply": ".qwen_image_task_list_reply",
    "QwenImageTaskPage": ".qwen_image_task_page",
    "QwenImageTaskPageReply": ".qwen_image_task_page_reply",
    "QwenImageTaskReply": ".qwen_image_task_reply",
    "Seedance2StartBody": ".seedance_2_start_body",
    "Seedance2StartBodyAspectRatio": ".seedance_2_start_body_aspect_ratio",
    "Seedance2StartBodyMode": ".seedance_2_start_body_mode",
    "Seedance2StartBodyModelVersion": ".seedance_2_start_body_model_version",
    "Seedance2StartBodyOmniReferenceTaskType": ".seedance_2_start_body_omni_reference_task_type",
    "Seedance2StartBodyResolution": ".seedance_2_start_body_resolution",
    "Seedance2Task": ".seedance_2_task",
    "CompletedSeedance2Task": ".seedance_2_task",
    "Seedance2TaskListReply": ".seedance_2_task_list_reply",
    "Seedance2TaskPage": ".seedance_2_task_page",
    "Seedance2TaskPageReply": ".seedance_2_task_page_reply",
    "Seedance2TaskReply": ".seedance_2_task_reply",
    "Seedance2UpdateBody": ".seedance_2_update_body",
    "SeedanceStartBody": ".seedance_start_body",
    "SeedanceStartBodyAspectRatio": ".seedance_start_body_aspect_ratio",
    "SeedanceStartBodyDuration": ".seedance_start_body_duration",
    "SeedanceStartBodyMode": ".seedance_start_body_mode",
    "SeedanceStartBodyResolution": ".seedance_start_body_resolution",
    "SeedanceTask": ".seedance_task",
    "CompletedSeedanceTask": ".seedance_task",
    "SeedanceTaskPage": ".seedance_task_page",
    "SeedanceTaskPageReply": ".seedance_task_page_reply",
    "SeedanceTaskReply": ".seedance_task_reply",
    "SoraStartBody": ".sora_start_body",
    "SoraStartBodyAspectRatio": ".sora_start_body_aspect_ratio",
    "SoraStartBodyDurationSeconds": ".sora_start_body_duration_seconds",
    "SoraStartBodyModelType": ".sora_start_body_model_type",
    "SoraStartBodyQuality": ".sora_start_body_quality",
    "SoraVideoTask": ".sora_video_task",
    "CompletedSoraVideoTask": ".sora_video_task",
    "SoraVideoTaskListReply": ".sora_video_task_list_reply",
    "SoraVideoTaskPage": ".sora_video_task_page",
    "SoraVideoTaskPageReply": ".sora_video_task_page_reply",
    "SoraVideoTaskReply": ".sora_video_task_reply",
    "StorageLegacyPresignedUpload": ".storage_legacy_presigned_upload",
    "StorageLegacyPresignedUploadReply": ".storage_legacy_presigned_upload_reply",
    "StoragePresignedUpload": ".storage_presigned_upload",
    "StoragePresignedUploadReply": ".storage_presigned_upload_reply",
    "StoragePresignedUploadUrlBody": ".storage_presigned_upload_url_body",
    "StoragePresignedUploadUrlLegacyBody": ".storage_presigned_upload_url_legacy_body",
    "StorageTransfer": ".storage_transfer",
    "StorageTransferReply": ".storage_transfer_reply",
    "StorageTransferUrlBody": ".storage_transfer_url_body",
    "StreamingAvatar": ".streaming_avatar",
    "StreamingAvatarAskBody": ".streaming_avatar_ask_body",
    "StreamingAvatarGetTokenBody": ".streaming_avatar_get_token_body",
    "StreamingAvatarLeaveBody": ".streaming_avatar_leave_body",
    "StreamingAvatarListReply": ".streaming_avatar_list_reply",
    "StreamingAvatarQaContext": ".streaming_avatar_qa_context",
    "StreamingAvatarQaContextReply": ".streaming_avatar_qa_context_reply",
    "StreamingAvatarSetQaContextBody": ".streaming_avatar_set_qa_context_body",
    "StreamingAvatarSpeakBody": ".streaming_avatar_speak_body",
    "StringReply": ".string_reply",
    "TalkingPhotoStartBody": ".talking_photo_start_body",
    "TalkingPhotoTask": ".talking_photo_task",
    "CompletedTalkingPhotoTask": ".talking_photo_task",
    "TalkingPhotoTaskListReply": ".talking_photo_task_list_reply",
    "TalkingPhotoTaskPage": ".talking_photo_task_page",
    "TalkingPhotoTaskPageReply": ".talking_photo_task_page_reply",
    "TalkingPhotoTaskReply": ".talking_photo_task_reply",
    "TalkingVideoStartBody": ".talking_video_start_body",
    "TalkingVideoTask": ".talking_video_task",
    "CompletedTalkingVideoTask": ".talking_video_task",
    "TalkingVideoTaskListReply": ".talking_video_task_list_reply",
    "TalkingVideoTaskPage": ".talking_video_task_page",
    "TalkingVideoTaskPageReply": ".talking_video_task_page_reply",
    "TalkingVideoTaskReply": ".talking_video_task_reply",
    "Task": ".task",
    "TextToImageAvatar": ".text_to_image_avatar",
    "TextToImageAvatarReply": ".text_to_image_avatar_reply",
    "TextToImageQuickAddAvatarBody": ".text_to_image_quick_add_avatar_body",
    "TextToImageQuickAddAvatarBodyGender": ".text_to_image_quick_add_avatar_body_gender",
    "TextToImageQuickAddAvatarLegacyBody": ".text_to_image_quick_add_avatar_legacy_body",
    "TextToImageQuickAddAvatarLegacyBodyGender": ".text_to_image_quick_add_avatar_legacy_body_gender",
    "TextToImageStartBody": ".text_to_image_start_body",
    "TextToImageStartBodyAspectRatio": ".text_to_image_start_body_aspect_ratio",
    "TextToImageStartBodyModelType": ".text_to_image_start_body_model_type",
    "TextToImageStartBodyReqKey": ".text_to_image_start_body_req_key",
    "TextToImageStartLegacyBody": ".text_to_image_start_legacy_body",
    "TextToImageStartLegacyBodyAspectRatio": ".text_to_image_start_legacy_body_aspect_ratio",
    "TextToImageStartLegacyBodyModelType": ".text_to_image_start_legacy_body_model_type",
    "TextToImageStartLegacyBodyReqKey": ".text_to_image_start_legacy_body_req_key",
    "TextToImageTask": ".text_to_image_task",
    "CompletedTextToImageTask": ".text_to_image_task",
    "TextToImageTaskListReply": ".text_to_image_task_list_reply",
    "TextToImageTaskPage": ".text_to_image_task_page",
    "TextToImageTaskPageReply": ".text_to_image_task_page_reply",
    "TextToImageTaskReply": ".text_to_image_task_reply",
    "ThinkSoundTask": ".think_sound_task",
    "CompletedThinkSoundTask": ".think_sound_task",
    "ThinkSoundTaskListReply": ".think_sound_task_list_reply",
    "ThinkSoundTaskPage": ".think_sound_task_page",
    "ThinkSoundTaskPageReply": ".think_sound_task_page_reply",
    "ThinkSoundTaskReply": ".think_sound_task_reply",
    "ThinksoundStartBody": ".thinksound_start_body",
    "UpscaleStartBody": ".upscale_start_body",
    "UpscaleTask": ".upscale_task",
    "CompletedUpscaleTask": ".upscale_task",
    "UpscaleTaskListReply": ".upscale_task_list_reply",
    "UpscaleTaskPage": ".upscale_task_page",
    "UpscaleTaskPageReply": ".upscale_task_page_reply",
    "UpscaleTaskReply": ".upscale_task_reply",
    "Veo1080PVideo": ".veo_1080p_video",
    "Veo1080PVideoReply": ".veo_1080p_video_reply",
    "VeoStartBody": ".veo_start_body",
    "VeoStartBodyAspectRatio": ".veo_start_body_aspect_ratio",
    "VeoStartBodyGenerationType": ".veo_start_body_generation_type",
    "VeoStartBodyModel": ".veo_start_body_model",
    "VeoTask": ".veo_task",
    "CompletedVeoTask": ".veo_task",
    "VeoTaskListReply": ".veo_task_list_reply",
    "VeoTaskPage": ".veo_task_page",
    "VeoTaskPageReply": ".veo_task_page_reply",
    "VeoTaskReply": ".veo_task_reply",
    "VideoTwin": ".video_twin",
    "CompletedVideoTwin": ".video_twin",
    "VideoTwinContinueTrainingBody": ".video_twin_continue_training_body",
    "VideoTwinContinueTrainingLegacyBody": ".video_twin_continue_training_legacy_body",
    "VideoTwinDeleteBody": ".video_twin_delete_body",
    "VideoTwinEyeContactBody": ".video_twin_eye_contact_body",
    "VideoTwinListReply": ".video_twin_list_reply",
    "VideoTwinListStatus": ".video_twin_list_status",
    "VideoTwinPage": ".video_twin_page",
    "VideoTwinPageReply": ".video_twin_page_reply",
    "VideoTwinReply": ".video_twin_reply",
    "VideoTwinRetryBody": ".video_twin_retry_body",
    "VideoTwinStartBody": ".video_twin_start_body",
    "VideoTwinTrainBody": ".video_twin_train_body",
    "VideoTwinUpload": ".video_twin_upload",
    "VideoTwinUploadBody": ".video_twin_upload_body",
    "VideoTwinUploadListReply": ".video_twin_upload_list_reply",
    "VideoTwinUploadReply": ".video_twin_upload_reply",
    "VirtualTryOnStartBody": ".virtual_try_on_start_body",
    "VirtualTryOnTask": ".virtual_try_on_task",
    "CompletedVirtualTryOnTask": ".virtual_try_on_task",
    "VirtualTryOnTaskListReply": ".virtual_try_on_task_list_reply",
    "VirtualTryOnTaskPage": ".virtual_try_on_task_page",
    "VirtualTryOnTaskPageReply": ".virtual_try_on_task_page_reply",
    "VirtualTryOnTaskReply": ".virtual_try_on_task_reply",
    "VoicesLanguage": ".voices_language",
    "VoicesLanguageListReply": ".voices_language_list_reply",
    "VoicesListByLocaleBody": ".voices_list_by_locale_body",
    "VoicesListLanguagesBody": ".voices_list_languages_body",
    "VoicesOption": ".voices_option",
    "VoicesTrainBody": ".voices_train_body",
    "VoicesTrainBodyGender": ".voices_train_body_gender",
    "VoicesTrainBodyModel": ".voices_train_body_model",
    "VoicesTtsBody": ".voices_tts_body",
    "VoicesTtsBodyType": ".voices_tts_body_type",
    "VoicesTtsPreview": ".voices_tts_preview",
    "VoicesTtsPreviewPage": ".voices_tts_preview_page",
    "VoicesTtsPreviewPageReply": ".voices_tts_preview_page_reply",
    "VoicesUpdateBody": ".voices_update_body",
    "VoicesUserVoice": ".voices_user_voice",
    "CompletedVoicesUserVoice": ".voices_user_voice",
    "VoicesUserVoiceListReply": ".voices_user_voice_list_reply",
    "VoicesUserVoiceReply": ".voices_user_voice_reply",
    "VoicesVoiceGroup": ".voices_voice_group",
    "VoicesVoiceGroupListReply": ".voices_voice_group_list_reply",
    "Wan3StartBody": ".wan_3_start_body",
    "Wan3StartBodyInput": ".wan_3_start_body_input",
    "Wan3StartBodyInputMediaItem": ".wan_3_start_body_input_media_item",
    "Wan3StartBodyMode": ".wan_3_start_body_mode",
    "Wan3StartBodyModel": ".wan_3_start_body_model",
    "Wan3StartBodyParameters": ".wan_3_start_body_parameters",
    "Wan3Task": ".wan_3_task",
    "CompletedWan3Task": ".wan_3_task",
    "Wan3TaskReply": ".wan_3_task_reply",
    "WanSpicyStartBody": ".wan_spicy_start_body",
    "WanSpicyStartBodyModel": ".wan_spicy_start_body_model",
    "WanSpicyStartBodyResolution": ".wan_spicy_start_body_resolution",
    "WanSpicyTask": ".wan_spicy_task",
    "CompletedWanSpicyTask": ".wan_spicy_task",
    "WanSpicyTaskListReply": ".wan_spicy_task_list_reply",
    "WanSpicyTaskPage": ".wan_spicy_task_page",
    "WanSpicyTaskPageReply": ".wan_spicy_task_page_reply",
    "WanSpicyTaskReply": ".wan_spicy_task_reply",
    "WanStartBody": ".wan_start_body",
    "WanStartBodyDuration": ".wan_start_body_duration",
    "WanStartBodyModel": ".wan_start_body_model",
    "WanStartBodyRatio": ".wan_start_body_ratio",
    "WanStartBodyReferenceMediaItem": ".wan_start_body_reference_media_item",
    "WanStartBodyResolution": ".wan_start_body_resolution",
    "WanStartBodyTaskType": ".wan_start_body_task_type",
    "WanTask": ".wan_task",
    "CompletedWanTask": ".wan_task",
    "WanTaskListReply": ".wan_task_list_reply",
    "WanTaskPage": ".wan_task_page",
    "WanTaskPageReply": ".wan_task_page_reply",
    "WanTaskReply": ".wan_task_reply",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookEventData": ".webhook_event_data",
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
    "AccountApiTokenReply",
    "AccountGenerateTokenBody",
    "AccountUser",
    "AccountUserReply",
    "ActorSwapStartBody",
    "ActorSwapTask",
    "CompletedActorSwapTask",
    "ActorSwapTaskListReply",
    "ActorSwapTaskPage",
    "ActorSwapTaskPageReply",
    "ActorSwapTaskReply",
    "AgoraToken",
    "AgoraTokenReply",
    "AvatarVideoAnchor",
    "AvatarVideoAnchorListReply",
    "AvatarVideoJob",
    "AvatarVideoJobReply",
    "AvatarVideoPublicPoolSetting",
    "AvatarVideoPublicPoolSettingReply",
    "AvatarVideosDetectLanguageBody",
    "AvatarVideosDetectLanguageReply",
    "AvatarVideosGenerateBody",
    "AvatarVideosGenerateBodyCaptionAlign",
    "AvatarVideosGenerateBodyGpModel",
    "AvatarVideosGetStatusBody",
    "AvatarVideosListAvatarsBody",
    "AvatarVideosListAvatarsBodyWebType",
    "AvatarVideosSetAutoPublicPoolBody",
    "AvatarVideoTask",
    "CompletedAvatarVideoTask",
    "AvatarVideoTaskListReply",
    "AvatarVideoTaskPage",
    "AvatarVideoTaskPageReply",
    "AvatarVideoTaskReply",
    "BackgroundImage",
    "BackgroundImageListReply",
    "BackgroundImageReply",
    "BackgroundsAddBody",
    "BackgroundsDeleteBody",
    "BackgroundsListBody",
    "Balance",
    "BalanceReply",
    "BatchIds",
    "CaptionRemovalRetryBody",
    "CaptionRemovalStartBody",
    "CaptionRemovalTask",
    "CompletedCaptionRemovalTask",
    "CaptionRemovalTaskListReply",
    "CaptionRemovalTaskPage",
    "CaptionRemovalTaskPageReply",
    "CaptionRemovalTaskReply",
    "CreditsExchangeDiamondsBody",
    "CreditsHistoryPage",
    "CreditsHistoryPageReply",
    "CreditsHistoryRecord",
    "CreditsQuoteBody",
    "CreditsQuoteBodyRequestBody",
    "CustomAvatar",
    "CustomAvatarListReply",
    "CustomAvatarReply",
    "CustomAvatarsAddBody",
    "CustomAvatarsDeleteBody",
    "CustomAvatarsListBody",
    "CustomAvatarsUpdateBody",
    "CustomAvatarTagListReply",
    "DubbingStartBody",
    "DubbingTask",
    "CompletedDubbingTask",
    "DubbingTaskListReply",
    "DubbingTaskPage",
    "DubbingTaskPageReply",
    "DubbingTaskReply",
    "Envelope",
    "ErrorEnvelope",
    "FaceSwapAddImageBody",
    "FaceSwapImage",
    "FaceSwapImageListReply",
    "FaceSwapPreview",
    "CompletedFaceSwapPreview",
    "FaceSwapPreviewBody",
    "FaceSwapPreviewReply",
    "FaceSwapStartBody",
    "FaceSwapStartBodyModelVersion",
    "FaceSwapTask",
    "CompletedFaceSwapTask",
    "FaceSwapTaskListReply",
    "FaceSwapTaskPage",
    "FaceSwapTaskPageReply",
    "FaceSwapTaskReply",
    "FaceSwapTaskStatus",
    "FaceSwapTaskStatusListReply",
    "Flux2ListStatus",
    "Flux2StartBody",
    "Flux2StartBodyAspectRatio",
    "Flux2StartBodyResolution",
    "Flux2Task",
    "CompletedFlux2Task",
    "Flux2TaskListReply",
    "Flux2TaskPage",
    "Flux2TaskPageReply",
    "Flux2TaskReply",
    "GptImageStartBody",
    "GptImageStartBodyAspectRatio",
    "GptImageStartBodyModel",
    "GptImageStartBodyQuality",
    "GptImageStartBodyResolution",
    "GptImageTask",
    "CompletedGptImageTask",
    "GptImageTaskListReply",
    "GptImageTaskPage",
    "GptImageTaskPageReply",
    "GptImageTaskReply",
    "GrokStartBody",
    "GrokStartBodyAspectRatio",
    "GrokStartBodyDuration",
    "GrokStartBodyMode",
    "GrokStartBodyModelType",
    "GrokStartBodyModelVersion",
    "GrokVideoTask",
    "CompletedGrokVideoTask",
    "GrokVideoTaskListReply",
    "GrokVideoTaskPage",
    "GrokVideoTaskPageReply",
    "GrokVideoTaskReply",
    "HappyhorseStartBody",
    "HappyhorseStartBodyAudioSetting",
    "HappyhorseStartBodyDuration",
    "HappyhorseStartBodyMode",
    "HappyhorseStartBodyModelVersion",
    "HappyhorseStartBodyRatio",
    "HappyhorseStartBodyResolution",
    "HappyHorseTask",
    "CompletedHappyHorseTask",
    "HappyHorseTaskListReply",
    "HappyHorseTaskPage",
    "HappyHorseTaskPageReply",
    "HappyHorseTaskReply",
    "HeadSwapStartBody",
    "HeadSwapTask",
    "CompletedHeadSwapTask",
    "HeadSwapTaskListReply",
    "HeadSwapTaskPage",
    "HeadSwapTaskPageReply",
    "HeadSwapTaskReply",
    "ImageEditStartBody",
    "ImageEditStartBodyEditType",
    "ImageEditTask",
    "CompletedImageEditTask",
    "ImageEditTaskListReply",
    "ImageEditTaskPage",
    "ImageEditTaskPageReply",
    "ImageEditTaskReply",
    "ImageToVideoAvgProcessingTimeReply",
    "ImageToVideoExtendFlf2VPromptBody",
    "ImageToVideoExtendPromptBody",
    "ImageToVideoExtendPromptBodyTemplate",
    "ImageToVideoPromptExtension",
    "ImageToVideoPromptExtensionReply",
    "ImageToVideoQueueLevelReply",
    "ImageToVideoStartBody",
    "ImageToVideoStartBodyModelType",
    "ImageToVideoStartBodyModelVersion",
    "ImageToVideoTask",
    "CompletedImageToVideoTask",
    "ImageToVideoTaskListReply",
    "ImageToVideoTaskPage",
    "ImageToVideoTaskPageReply",
    "ImageToVideoTaskReply",
    "KlingImageStartBody",
    "KlingImageStartBodyAspectRatio",
    "KlingImageStartBodyResolution",
    "KlingImageTask",
    "CompletedKlingImageTask",
    "KlingImageTaskListReply",
    "KlingImageTaskPage",
    "KlingImageTaskPageReply",
    "KlingImageTaskReply",
    "KlingOmniStartBody",
    "KlingOmniStartBodyAspectRatio",
    "KlingOmniStartBodyMode",
    "KlingOmniStartBodyMultiPromptItem",
    "KlingOmniStartBodyShotType",
    "KlingOmniTask",
    "CompletedKlingOmniTask",
    "KlingOmniTaskListReply",
    "KlingOmniTaskPage",
    "KlingOmniTaskPageReply",
    "KlingOmniTaskReply",
    "KlingOmniUpdateBody",
    "KlingVideoStartBody",
    "KlingVideoStartBodyAspectRatio",
    "KlingVideoStartBodyCharacterOrientation",
    "KlingVideoStartBodyDuration",
    "KlingVideoStartBodyMode",
    "KlingVideoStartBodyModelVersion",
    "KlingVideoStartBodyQualityMode",
    "KlingVideoStartBodyResolution",
    "KlingVideoStartBodyVersion",
    "KlingVideoTask",
    "CompletedKlingVideoTask",
    "KlingVideoTaskListReply",
    "KlingVideoTaskPage",
    "KlingVideoTaskPageReply",
    "KlingVideoTaskReply",
    "KlingVideoUpdateBody",
    "MotionTransferStartBody",
    "MotionTransferTask",
    "CompletedMotionTransferTask",
    "MotionTransferTaskListReply",
    "MotionTransferTaskPage",
    "MotionTransferTaskPageReply",
    "MotionTransferTaskReply",
    "NanoBananaListStatus",
    "NanoBananaStartBody",
    "NanoBananaStartBodyAspectRatio",
    "NanoBananaStartBodyImageSize",
    "NanoBananaStartBodyModel",
    "NanoBananaTask",
    "CompletedNanoBananaTask",
    "NanoBananaTaskListReply",
    "NanoBananaTaskPage",
    "NanoBananaTaskPageReply",
    "NanoBananaTaskReply",
    "NoDataReply",
    "NoDataReplyDataType1",
    "PhotobookStartBody",
    "PhotobookStartBodyTotalCount",
    "PhotobookTask",
    "CompletedPhotobookTask",
    "PhotobookTaskListReply",
    "PhotobookTaskPage",
    "PhotobookTaskPageReply",
    "PhotobookTaskReply",
    "ProductAvatarRect",
    "ProductAvatarStartBody",
    "ProductAvatarTask",
    "CompletedProductAvatarTask",
    "ProductAvatarTaskListReply",
    "ProductAvatarTaskPage",
    "ProductAvatarTaskPageReply",
    "ProductAvatarTaskReply",
    "Quote",
    "QuoteReply",
    "QwenImageStartBody",
    "QwenImageStartBodyModel",
    "QwenImageStartBodySize",
    "QwenImageTask",
    "CompletedQwenImageTask",
    "QwenImageTaskListReply",
    "QwenImageTaskPage",
    "QwenImageTaskPageReply",
    "QwenImageTaskReply",
    "Seedance2StartBody",
    "Seedance2StartBodyAspectRatio",
    "Seedance2StartBodyMode",
    "Seedance2StartBodyModelVersion",
    "Seedance2StartBodyOmniReferenceTaskType",
    "Seedance2StartBodyResolution",
    "Seedance2Task",
    "CompletedSeedance2Task",
    "Seedance2TaskListReply",
    "Seedance2TaskPage",
    "Seedance2TaskPageReply",
    "Seedance2TaskReply",
    "Seedance2UpdateBody",
    "SeedanceStartBody",
    "SeedanceStartBodyAspectRatio",
    "SeedanceStartBodyDuration",
    "SeedanceStartBodyMode",
    "SeedanceStartBodyResolution",
    "SeedanceTask",
    "CompletedSeedanceTask",
    "SeedanceTaskPage",
    "SeedanceTaskPageReply",
    "SeedanceTaskReply",
    "SoraStartBody",
    "SoraStartBodyAspectRatio",
    "SoraStartBodyDurationSeconds",
    "SoraStartBodyModelType",
    "SoraStartBodyQuality",
    "SoraVideoTask",
    "CompletedSoraVideoTask",
    "SoraVideoTaskListReply",
    "SoraVideoTaskPage",
    "SoraVideoTaskPageReply",
    "SoraVideoTaskReply",
    "StorageLegacyPresignedUpload",
    "StorageLegacyPresignedUploadReply",
    "StoragePresignedUpload",
    "StoragePresignedUploadReply",
    "StoragePresignedUploadUrlBody",
    "StoragePresignedUploadUrlLegacyBody",
    "StorageTransfer",
    "StorageTransferReply",
    "StorageTransferUrlBody",
    "StreamingAvatar",
    "StreamingAvatarAskBody",
    "StreamingAvatarGetTokenBody",
    "StreamingAvatarLeaveBody",
    "StreamingAvatarListReply",
    "StreamingAvatarQaContext",
    "StreamingAvatarQaContextReply",
    "StreamingAvatarSetQaContextBody",
    "StreamingAvatarSpeakBody",
    "StringReply",
    "TalkingPhotoStartBody",
    "TalkingPhotoTask",
    "CompletedTalkingPhotoTask",
    "TalkingPhotoTaskListReply",
    "TalkingPhotoTaskPage",
    "TalkingPhotoTaskPageReply",
    "TalkingPhotoTaskReply",
    "TalkingVideoStartBody",
    "TalkingVideoTask",
    "CompletedTalkingVideoTask",
    "TalkingVideoTaskListReply",
    "TalkingVideoTaskPage",
    "TalkingVideoTaskPageReply",
    "TalkingVideoTaskReply",
    "Task",
    "TextToImageAvatar",
    "TextToImageAvatarReply",
    "TextToImageQuickAddAvatarBody",
    "TextToImageQuickAddAvatarBodyGender",
    "TextToImageQuickAddAvatarLegacyBody",
    "TextToImageQuickAddAvatarLegacyBodyGender",
    "TextToImageStartBody",
    "TextToImageStartBodyAspectRatio",
    "TextToImageStartBodyModelType",
    "TextToImageStartBodyReqKey",
    "TextToImageStartLegacyBody",
    "TextToImageStartLegacyBodyAspectRatio",
    "TextToImageStartLegacyBodyModelType",
    "TextToImageStartLegacyBodyReqKey",
    "TextToImageTask",
    "CompletedTextToImageTask",
    "TextToImageTaskListReply",
    "TextToImageTaskPage",
    "TextToImageTaskPageReply",
    "TextToImageTaskReply",
    "ThinksoundStartBody",
    "ThinkSoundTask",
    "CompletedThinkSoundTask",
    "ThinkSoundTaskListReply",
    "ThinkSoundTaskPage",
    "ThinkSoundTaskPageReply",
    "ThinkSoundTaskReply",
    "UpscaleStartBody",
    "UpscaleTask",
    "CompletedUpscaleTask",
    "UpscaleTaskListReply",
    "UpscaleTaskPage",
    "UpscaleTaskPageReply",
    "UpscaleTaskReply",
    "Veo1080PVideo",
    "Veo1080PVideoReply",
    "VeoStartBody",
    "VeoStartBodyAspectRatio",
    "VeoStartBodyGenerationType",
    "VeoStartBodyModel",
    "VeoTask",
    "CompletedVeoTask",
    "VeoTaskListReply",
    "VeoTaskPage",
    "VeoTaskPageReply",
    "VeoTaskReply",
    "VideoTwin",
    "CompletedVideoTwin",
    "VideoTwinContinueTrainingBody",
    "VideoTwinContinueTrainingLegacyBody",
    "VideoTwinDeleteBody",
    "VideoTwinEyeContactBody",
    "VideoTwinListReply",
    "VideoTwinListStatus",
    "VideoTwinPage",
    "VideoTwinPageReply",
    "VideoTwinReply",
    "VideoTwinRetryBody",
    "VideoTwinStartBody",
    "VideoTwinTrainBody",
    "VideoTwinUpload",
    "VideoTwinUploadBody",
    "VideoTwinUploadListReply",
    "VideoTwinUploadReply",
    "VirtualTryOnStartBody",
    "VirtualTryOnTask",
    "CompletedVirtualTryOnTask",
    "VirtualTryOnTaskListReply",
    "VirtualTryOnTaskPage",
    "VirtualTryOnTaskPageReply",
    "VirtualTryOnTaskReply",
    "VoicesLanguage",
    "VoicesLanguageListReply",
    "VoicesListByLocaleBody",
    "VoicesListLanguagesBody",
    "VoicesOption",
    "VoicesTrainBody",
    "VoicesTrainBodyGender",
    "VoicesTrainBodyModel",
    "VoicesTtsBody",
    "VoicesTtsBodyType",
    "VoicesTtsPreview",
    "VoicesTtsPreviewPage",
    "VoicesTtsPreviewPageReply",
    "VoicesUpdateBody",
    "VoicesUserVoice",
    "CompletedVoicesUserVoice",
    "VoicesUserVoiceListReply",
    "VoicesUserVoiceReply",
    "VoicesVoiceGroup",
    "VoicesVoiceGroupListReply",
    "Wan3StartBody",
    "Wan3StartBodyInput",
    "Wan3StartBodyInputMediaItem",
    "Wan3StartBodyMode",
    "Wan3StartBodyModel",
    "Wan3StartBodyParameters",
    "Wan3Task",
    "CompletedWan3Task",
    "Wan3TaskReply",
    "WanSpicyStartBody",
    "WanSpicyStartBodyModel",
    "WanSpicyStartBodyResolution",
    "WanSpicyTask",
    "CompletedWanSpicyTask",
    "WanSpicyTaskListReply",
    "WanSpicyTaskPage",
    "WanSpicyTaskPageReply",
    "WanSpicyTaskReply",
    "WanStartBody",
    "WanStartBodyDuration",
    "WanStartBodyModel",
    "WanStartBodyRatio",
    "WanStartBodyReferenceMediaItem",
    "WanStartBodyResolution",
    "WanStartBodyTaskType",
    "WanTask",
    "CompletedWanTask",
    "WanTaskListReply",
    "WanTaskPage",
    "WanTaskPageReply",
    "WanTaskReply",
    "Webhook",
    "WebhookEvent",
    "WebhookEventData",
)
