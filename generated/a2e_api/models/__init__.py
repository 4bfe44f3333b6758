"""Contains all the data models used in inputs/outputs"""

from .agora_token import AgoraToken
from .balance import Balance
from .credits_history_page import CreditsHistoryPage
from .credits_history_response_200 import CreditsHistoryResponse200
from .credits_quote_body import CreditsQuoteBody
from .credits_quote_body_request_body import CreditsQuoteBodyRequestBody
from .credits_quote_response_200 import CreditsQuoteResponse200
from .credits_remaining_response_200 import CreditsRemainingResponse200
from .empty_envelope import EmptyEnvelope
from .envelope import Envelope
from .error_envelope import ErrorEnvelope
from .open_envelope import OpenEnvelope
from .open_object import OpenObject
from .quote import Quote
from .streaming_avatar import StreamingAvatar
from .streaming_avatar_ask_body import StreamingAvatarAskBody
from .streaming_avatar_get_qa_context_response_200 import (
    StreamingAvatarGetQaContextResponse200,
)
from .streaming_avatar_get_token_body import StreamingAvatarGetTokenBody
from .streaming_avatar_get_token_response_200 import StreamingAvatarGetTokenResponse200
from .streaming_avatar_leave_body import StreamingAvatarLeaveBody
from .streaming_avatar_list_avatars_response_200 import (
    StreamingAvatarListAvatarsResponse200,
)
from .streaming_avatar_set_qa_context_body import StreamingAvatarSetQaContextBody
from .streaming_avatar_speak_body import StreamingAvatarSpeakBody
from .talking_photo_batch_detail_body import TalkingPhotoBatchDetailBody
from .talking_photo_batch_detail_response_200 import TalkingPhotoBatchDetailResponse200
from .talking_photo_get_response_200 import TalkingPhotoGetResponse200
from .talking_photo_list_response_200 import TalkingPhotoListResponse200
from .talking_photo_start_body import TalkingPhotoStartBody
from .talking_photo_start_response_200 import TalkingPhotoStartResponse200
from .talking_photo_task import TalkingPhotoTask
from .talking_photo_task_page import TalkingPhotoTaskPage
from .task import Task
from .webhook import Webhook

__all__ = (
    "AgoraToken",
    "Balance",
    "CreditsHistoryPage",
    "CreditsHistoryResponse200",
    "CreditsQuoteBody",
    "CreditsQuoteBodyRequestBody",
    "CreditsQuoteResponse200",
    "CreditsRemainingResponse200",
    "EmptyEnvelope",
    "Envelope",
    "ErrorEnvelope",
    "OpenEnvelope",
    "OpenObject",
    "Quote",
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
    "Webhook",
)
