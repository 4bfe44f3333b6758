"""The voices group: typed methods generated from the spec (the async ones: `_async.py`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Required, TypedDict

from ... import models
from ...descriptors import (
    Argument,
    Idempotency,
    Operation,
    Operations,
    Pagination,
    Session,
    Task,
)
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    FileInput,
    NotGiven,
    Unset,
    nullable,
    parse_any,
    parse_nothing,
    parse_str,
)
from .. import (
    DEFAULT_WAIT_TIMEOUT,
    Body,
    Headers,
    Query,
    Timeout,
    async_raw_response,
    raw_response,
)

if TYPE_CHECKING:
    from typing import cast

    from a2e import JobFailedError

    from ...models import CompletedVoicesUserVoice, VoicesUserVoice
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...models.quote import Quote
    from ...models.voices_language import VoicesLanguage
    from ...models.voices_train_body_gender import (
        VoicesTrainBodyGender,
        check_voices_train_body_gender,
    )
    from ...models.voices_train_body_model import (
        VoicesTrainBodyModel,
        check_voices_train_body_model,
    )
    from ...models.voices_tts_body_type import (
        VoicesTtsBodyType,
        check_voices_tts_body_type,
    )
    from ...models.voices_tts_preview import VoicesTtsPreview
    from ...models.voices_tts_preview_page import VoicesTtsPreviewPage
    from ...models.voices_user_voice import VoicesUserVoice
    from ...models.voices_voice_group import VoicesVoiceGroup
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["VoicesResource", "VoicesTrainParams"]


_OPS = Operations(
    {
        "voices_list_tts_presets": lambda: Operation(
            id="voices_list_tts_presets",
            group="voices",
            method="list_tts_presets",
            http_method="POST",
            path="/api/v1/anchor/tts_list",
            path_params=(),
            query=(),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_list_languages": lambda: Operation(
            id="voices_list_languages",
            group="voices",
            method="list_languages",
            http_method="POST",
            path="/api/v1/anchor/language_list",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="voice_map_type",
                    wire="voice_map_type",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_list": lambda: Operation(
            id="voices_list",
            group="voices",
            method="list",
            http_method="GET",
            path="/api/v1/anchor/voice_list",
            path_params=(),
            query=(
                Argument(
                    name="country",
                    wire="country",
                    where="query",
                    schema={"type": ["string"]},
                    required=False,
                    default="en",
                ),
                Argument(
                    name="region",
                    wire="region",
                    where="query",
                    schema={"type": ["string"]},
                    required=False,
                    default="US",
                ),
                Argument(
                    name="voice_map_type",
                    wire="voice_map_type",
                    where="query",
                    schema={"type": ["string"]},
                    required=False,
                    default="en-US",
                ),
            ),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_list_by_locale": lambda: Operation(
            id="voices_list_by_locale",
            group="voices",
            method="list_by_locale",
            http_method="POST",
            path="/api/v1/anchor/voice_list",
            path_params=(),
            query=(),
            body=(
                Argument(name="country", wire="country", where="body", schema={"type": ["string"]}, required=False),
                Argument(name="region", wire="region", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="voice_map_type",
                    wire="voice_map_type",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_tts": lambda: Operation(
            id="voices_tts",
            group="voices",
            method="tts",
            http_method="POST",
            path="/api/v1/video/send_tts",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="msg",
                    wire="msg",
                    where="body",
                    schema={"type": ["string"], "min_length": 1, "max_length": 3000},
                    required=True,
                ),
                Argument(name="tts_id", wire="tts_id", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="user_voice_id",
                    wire="user_voice_id",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(name="country", wire="country", where="body", schema={"type": ["string"]}, required=False),
                Argument(name="region", wire="region", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="speech_rate",
                    wire="speechRate",
                    where="body",
                    schema={"type": ["number"], "minimum": 0.5, "maximum": 2},
                    required=False,
                ),
                Argument(
                    name="type_",
                    wire="type",
                    where="body",
                    schema={"type": ["string"], "enum": ["turnstile", "aliyun_captcha"]},
                    required=False,
                ),
                Argument(
                    name="turnstile_token",
                    wire="turnstile_token",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
                Argument(
                    name="captcha_verify_param",
                    wire="captchaVerifyParam",
                    where="body",
                    schema={"type": ["string"]},
                    required=False,
                ),
            ),
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_list_previews": lambda: Operation(
            id="voices_list_previews",
            group="voices",
            method="list_previews",
            http_method="GET",
            path="/api/v1/tts/preview/list",
            path_params=(),
            query=(
                Argument(
                    name="page_size",
                    wire="pageSize",
                    where="query",
                    schema={"type": ["integer"], "minimum": 1, "maximum": 100},
                    required=False,
                    default=20,
                ),
                Argument(
                    name="current",
                    wire="current",
                    where="query",
                    schema={"type": ["integer"], "minimum": 1},
                    required=False,
                    default=1,
                ),
            ),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=Pagination(page="current", size="pageSize", first=1, rows="data", total="total"),
            all_method="list_previews_all",
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_delete_preview": lambda: Operation(
            id="voices_delete_preview",
            group="voices",
            method="delete_preview",
            http_method="DELETE",
            path="/api/v1/tts/preview/{id}",
            path_params=(
                Argument(
                    name="id", wire="id", where="path", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            query=(),
            body=None,
            files=(),
            record_id="id",
            task=None,
            pagination=None,
            all_method=None,
            destructive=True,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_train": lambda: Operation(
            id="voices_train",
            group="voices",
            method="train",
            http_method="POST",
            path="/api/v1/userVoice/training",
            path_params=(),
            query=(),
            body=(
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=True),
                Argument(
                    name="voice_urls",
                    wire="voice_urls",
                    where="body",
                    schema={
                        "type": ["array"],
                        "min_items": 1,
                        "items": {"type": ["string"], "file": "audio"},
                        "file": "audio",
                    },
                    required=True,
                ),
                Argument(
                    name="gender",
                    wire="gender",
                    where="body",
                    schema={"type": ["string"], "enum": ["female", "male"]},
                    required=False,
                ),
                Argument(name="denoise", wire="denoise", where="body", schema={"type": ["boolean"]}, required=False),
                Argument(
                    name="enhance_voice_similarity",
                    wire="enhance_voice_similarity",
                    where="body",
                    schema={"type": ["boolean"]},
                    required=False,
                ),
                Argument(
                    name="model",
                    wire="model",
                    where="body",
                    schema={"type": ["string"], "enum": ["a2e", "cartesia", "minimax", "elevenlabs"]},
                    required=False,
                ),
                Argument(name="language", wire="language", where="body", schema={"type": ["string"]}, required=False),
                Argument(
                    name="webhook_url",
                    wire="webhook_url",
                    where="body",
                    schema={"type": ["string"], "max_length": 2048},
                    required=False,
                ),
                Argument(
                    name="webhook_token",
                    wire="webhook_token",
                    where="body",
                    schema={"type": ["string"], "max_length": 256},
                    required=False,
                ),
            ),
            files=("voice_urls",),
            record_id=None,
            task=Task(
                detail="voices_get",
                id="_id",
                status="current_status",
                done=("completed",),
                failed=("failed",),
                message=("failed_message",),
                code=("failed_code",),
                result=(
                    "_id",
                    "speaker_id",
                ),
                wait_method="wait",
            ),
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_list_training": lambda: Operation(
            id="voices_list_training",
            group="voices",
            method="list_training",
            http_method="GET",
            path="/api/v1/userVoice/trainingRecord",
            path_params=(),
            query=(),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_list_completed": lambda: Operation(
            id="voices_list_completed",
            group="voices",
            method="list_completed",
            http_method="GET",
            path="/api/v1/userVoice/completedRecord",
            path_params=(),
            query=(),
            body=None,
            files=(),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_get": lambda: Operation(
            id="voices_get",
            group="voices",
            method="get",
            http_method="GET",
            path="/api/v1/userVoice/{id}",
            path_params=(
                Argument(
                    name="id", wire="id", where="path", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            query=(),
            body=None,
            files=(),
            record_id="id",
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_update": lambda: Operation(
            id="voices_update",
            group="voices",
            method="update",
            http_method="PUT",
            path="/api/v1/userVoice/{id}",
            path_params=(
                Argument(
                    name="id", wire="id", where="path", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            query=(),
            body=(Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=True),),
            files=(),
            record_id="id",
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "voices_delete": lambda: Operation(
            id="voices_delete",
            group="voices",
            method="delete",
            http_method="DELETE",
            path="/api/v1/userVoice/{id}",
            path_params=(
                Argument(
                    name="id", wire="id", where="path", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            query=(),
            body=None,
            files=(),
            record_id="id",
            task=None,
            pagination=None,
            all_method=None,
            destructive=True,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""

if TYPE_CHECKING:
    from ._params import VoicesTrainParams


def __getattr__(name: str) -> Any:
    """The start arguments' TypedDicts, from `_params.py` on first use."""
    if name in ("VoicesTrainParams",):
        from . import _params

        return getattr(_params, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class VoicesResource:
    """Operations of the voices group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> VoicesResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return VoicesResourceWithRawResponse(self)

    @functools.cached_property
    def quote(self) -> VoicesQuotes:
        """What each job start would cost, with the start's own arguments; nothing is started."""
        return VoicesQuotes(self._runner)

    def list_tts_presets(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[VoicesVoiceGroup]:
        """List system TTS voice presets.

        Lists the system (public) TTS voice presets available to the caller. Takes no parameters.
        The reply is modelled, by inference, as the voice groups of `list` (GET voice_list), the
        call public code uses to find a `tts_id`.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["voices_list_tts_presets"],
            {},
            models.VoicesVoiceGroup.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_languages(
        self,
        *,
        voice_map_type: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[VoicesLanguage]:
        """List the languages and regions of the voices.

        Lists the supported voice languages with their regions, optionally filtered by
        `voice_map_type`. A top-level `value` is what `tts` takes as `country`, a child's `value`
        what it takes as `region`.

        Args:
            voice_map_type: Locale mapping filter, e.g. `en-US`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["voices_list_languages"],
            {
                "voice_map_type": voice_map_type,
            },
            models.VoicesLanguage.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list(
        self,
        *,
        country: str | Unset = "en",
        region: str | Unset = "US",
        voice_map_type: str | Unset = "en-US",
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[VoicesVoiceGroup]:
        """List public voices.

        The public TTS voices of one locale (defaults `en`, `US`, `en-US`), in groups (per gender or
        per provider such as Azure or ElevenLabs). Each child's `value` is a `tts_id` for `tts`.
        The docs' "List Public TTS Options" (GET version).

        Args:
            country:
            region:
            voice_map_type:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["voices_list"],
            {
                "country": country,
                "region": region,
                "voice_map_type": voice_map_type,
            },
            models.VoicesVoiceGroup.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_by_locale(
        self,
        *,
        country: str | Unset = UNSET,
        region: str | Unset = UNSET,
        voice_map_type: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[VoicesVoiceGroup]:
        """List public voices (JSON body).

        The same voice list as `list`, with the locale in a JSON body instead of the query. The
        catalog's text gives `en`, `US` and `en-US` as the defaults.

        Args:
            country: Country/language code; the catalog's text says it defaults to `en`.
            region: Region code; the catalog's text says it defaults to `US`.
            voice_map_type: Locale mapping type; the catalog's text says it defaults to `en-US`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["voices_list_by_locale"],
            {
                "country": country,
                "region": region,
                "voice_map_type": voice_map_type,
            },
            models.VoicesVoiceGroup.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def tts(
        self,
        *,
        msg: str,
        tts_id: str | Unset = UNSET,
        user_voice_id: str | Unset = UNSET,
        country: str | Unset = UNSET,
        region: str | Unset = UNSET,
        speech_rate: float | Unset = UNSET,
        type_: VoicesTtsBodyType | Unset = UNSET,
        turnstile_token: str | Unset = UNSET,
        captcha_verify_param: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> str:
        """Generate TTS audio.

        Synthesises speech from `msg` with a public voice (`tts_id`, from `list`) or a cloned voice
        (`user_voice_id`, from `list_completed`; then also send `country` and `region`). Synchronous:
        `data` is the audio file's URL (a bare string), e.g. for `audioSrc` of an avatar video.
        API-token callers may send at most 1,000 characters (web users 3,000) and skip the captcha
        that frequent web use triggers.

        Args:
            msg: The text to speak. API-token callers are limited to 1,000 characters (all Unicode
                characters count).
            tts_id: A public voice's id (a child `value` from `list`). Send `tts_id` or `user_voice_id`.
            user_voice_id: A cloned voice's id (the catalog: its ObjectId; the older docs: the record's
                `speaker_id`).
                Send `tts_id` or `user_voice_id`; with `user_voice_id` also send `country` and `region`.
            country: Language part of the locale (a top-level `value` from `list_languages`).
            region: Region part of the locale (a child `value` from `list_languages`).
            speech_rate: Speed multiplier.
            type_: Captcha type, only when a captcha is demanded (web users; API tokens skip it).
            turnstile_token: Captcha token when `type` is `turnstile`.
            captcha_verify_param: Captcha parameter when `type` is `aliyun_captcha`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["voices_tts"],
            {
                "msg": msg,
                "tts_id": tts_id,
                "user_voice_id": user_voice_id,
                "country": country,
                "region": region,
                "speech_rate": speech_rate,
                "type_": type_,
                "turnstile_token": turnstile_token,
                "captcha_verify_param": captcha_verify_param,
            },
            parse_str,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list_previews(
        self,
        *,
        page_size: int | Unset = 20,
        current: int | Unset = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> VoicesTtsPreviewPage:
        """List TTS previews.

        The caller's TTS preview records of the last 24 hours (deleted ones excluded), one page at a
        time; `current` is the page number. The page is modelled, by inference, like the other
        `current`-paged list (`avatar_videos.list`): `{current, total, success, data}`.

        Args:
            page_size:
            current:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["voices_list_previews"],
            {
                "page_size": page_size,
                "current": current,
            },
            models.VoicesTtsPreviewPage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_previews_all(
        self,
        *,
        page_size: int | Unset = 20,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Iterator[VoicesTtsPreview]:
        """Every record of `list_previews`, across all pages, fetched a page at a time as you iterate.

        Takes the filters of `list_previews`, the page size included.
        """
        return self._runner.paginate(
            _OPS["voices_list_previews"],
            {
                "page_size": page_size,
            },
            models.VoicesTtsPreview.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def delete_preview(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> None:
        """Delete a TTS preview.

        Soft-deletes one of the caller's TTS preview records; the stored audio file itself is kept.
        Answers no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["voices_delete_preview"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def train(
        self,
        *,
        name: str,
        voice_urls: builtins.list[str | FileInput],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        gender: VoicesTrainBodyGender | Unset = UNSET,
        denoise: bool | Unset = UNSET,
        enhance_voice_similarity: bool | Unset = UNSET,
        model: VoicesTrainBodyModel | Unset = UNSET,
        language: str | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VoicesUserVoice:
        """Start training a cloned voice.

        Asynchronous: trains a personal TTS voice from audio samples (`voice_urls`). Returns the
        voice record once accepted; wait with `get` (or a webhook), usually done within 1 to 2
        minutes. One training at a time per user. Costs coins depending on `model` (refunded if
        creation fails); 403 when the plan's voice-clone limit is reached. Samples: one clean
        speaker, mp3/wav/m4a; the MIME type comes from the HTTP header, no spaces in the URL, no
        redirects.

        Args:
            name: Name of the voice.
            voice_urls: Public URLs of the training audio samples.
            webhook_url: HTTPS URL notified when the task completes or fails.
            webhook_token: Shared secret echoed back in the `X-A2e-Webhook-Token` header.
            gender: Gender of the voice.
            denoise: Remove background noise from the samples first.
            enhance_voice_similarity: Boost the similarity to the source voice.
            model: Voice model; determines the coin cost.
            language: Language of the voice, e.g. `en-US` or `zh-CN`; taken from the request headers when
                omitted.

            max_credits: Refuse to start if the job would cost more (quoted first); overrides the client's `max_credits_per_job`.
            idempotency_key: Start at most one job per key: a repeated call, or one after a lost reply, returns the job already started (this start has no tag field: a repeat after a lost reply raises instead of resending) (see the README).
            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["voices_train"],
            {
                "name": name,
                "voice_urls": voice_urls,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "gender": gender,
                "denoise": denoise,
                "enhance_voice_similarity": enhance_voice_similarity,
                "model": model,
                "language": language,
            },
            models.VoicesUserVoice.from_dict,
            CallOptions(
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                max_credits=max_credits,
                idempotency_key=idempotency_key,
            ),
        )

    def train_and_wait(
        self,
        *,
        name: str,
        voice_urls: builtins.list[str | FileInput],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        gender: VoicesTrainBodyGender | Unset = UNSET,
        denoise: bool | Unset = UNSET,
        enhance_voice_similarity: bool | Unset = UNSET,
        model: VoicesTrainBodyModel | Unset = UNSET,
        language: str | Unset = UNSET,
        max_credits: float | None | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VoicesUserVoice], object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CompletedVoicesUserVoice:
        """`train`, then `wait`: the finished record, result fields set.

        Takes the arguments of `train`, plus `wait_timeout` and `on_update` as for
        `wait`. The start is sent once; past `wait_timeout`, `JobTimeoutError` says how to
        resume waiting.
        """
        started = self.train(
            name=name,
            voice_urls=voice_urls,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            gender=gender,
            denoise=denoise,
            enhance_voice_similarity=enhance_voice_similarity,
            model=model,
            language=language,
            max_credits=max_credits,
            idempotency_key=idempotency_key,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return self.wait(started.id, wait_timeout=wait_timeout, on_update=on_update)

    def list_training(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[VoicesUserVoice]:
        """List voice training records.

        The caller's voice training records, newest first, with their `current_status` (`sent`,
        `pendding` (sic), `processing`, `completed`, `failed`). The docs' "List Ongoing Voice Clone
        Tasks". Not paginated.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["voices_list_training"],
            {},
            models.VoicesUserVoice.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list_completed(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[VoicesUserVoice]:
        """List cloned voices.

        The caller's finished voice clones (`current_status` `completed`), newest first: the cloned
        voices usable with `tts` as `user_voice_id`. The docs' "List Voice Clone Options". Not
        paginated.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["voices_list_completed"],
            {},
            models.VoicesUserVoice.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> VoicesUserVoice:
        """Get a voice.

        One voice training record with its `current_status`. Poll this to wait for a training.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return self._runner.call(
            _OPS["voices_get"],
            {
                "id": id,
            },
            models.VoicesUserVoice.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def update(
        self,
        id: str,
        *,
        name: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Rename a voice.

        Renames a voice training record; its training inputs and status are unchanged. Answers no data.

        Args:
            id: The record's id.
            name: The new name.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["voices_update"],
            {
                "id": id,
                "name": name,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> None:
        """Delete a voice.

        Soft-deletes a voice training record (marks it deleted; nothing is physically removed). Answers
        no data.

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["voices_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def wait(
        self,
        id: str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VoicesUserVoice], object] | None = None,
    ) -> CompletedVoicesUserVoice:
        """Wait until job `id` is done and return its finished record (polls `voices.get`).

        Polls with backoff (2 s growing to 30 s, with jitter) and retries transient errors of the
        poll; a status the spec does not list keeps the wait going. Never re-sends the start.

        Args:
            id: The job's id, from `train` (or a webhook, or another process).
            wait_timeout: Seconds to wait in all, the poll in flight included (A2E fails jobs after
                2 hours). Not the per-request `timeout` of the other methods.
            on_update: Called with the record each time its status changes.

        Raises:
            JobFailedError: The job failed; it carries the record, the failure code and message.
            JobTimeoutError: Not done within `wait_timeout`: the job may still be running; wait again with the same id.
            APIResponseValidationError: A poll answered a record that does not match the spec (its
                `body` holds the reply); the job is not affected: wait again with the same id.
        """
        return self._runner.wait(
            _OPS["voices_train"],
            id,
            models.VoicesUserVoice.from_dict,
            models.CompletedVoicesUserVoice.from_dict,
            wait_timeout,
            on_update,
        )

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_update: Callable[[VoicesUserVoice], object] | None = None,
    ) -> builtins.list[CompletedVoicesUserVoice | JobFailedError]:
        """Wait until every job of `ids` has finished; their finished records, in the order of `ids`.

            A job that failed is a `JobFailedError` in its place (the others are still returned).
        Polls each job in turn, with the backoff
            of `wait`; past `wait_timeout`, `JobTimeoutError` names the jobs still running.
        """
        return self._runner.wait_many(
            _OPS["voices_train"],
            builtins.list(ids),
            models.VoicesUserVoice.from_dict,
            models.CompletedVoicesUserVoice.from_dict,
            wait_timeout,
            on_update,
        )


class VoicesResourceWithRawResponse:
    """Like `VoicesResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: VoicesResource) -> None:
        self.list_tts_presets = raw_response(resource.list_tts_presets)
        self.list_languages = raw_response(resource.list_languages)
        self.list = raw_response(resource.list)
        self.list_by_locale = raw_response(resource.list_by_locale)
        self.tts = raw_response(resource.tts)
        self.list_previews = raw_response(resource.list_previews)
        self.delete_preview = raw_response(resource.delete_preview)
        self.train = raw_response(resource.train)
        self.list_training = raw_response(resource.list_training)
        self.list_completed = raw_response(resource.list_completed)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class VoicesQuotes:
    """What each job start of the voices group would cost; nothing is started."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def train(
        self,
        *,
        name: str,
        voice_urls: builtins.list[str | FileInput],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        gender: VoicesTrainBodyGender | Unset = UNSET,
        denoise: bool | Unset = UNSET,
        enhance_voice_similarity: bool | Unset = UNSET,
        model: VoicesTrainBodyModel | Unset = UNSET,
        language: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Quote:
        """What `voices.train` would cost with these arguments; starts nothing, charges nothing.

        Sends `credits.quote` the exact body `train` would send (local files are uploaded first).
        """
        return self._runner.quote(
            _OPS["voices_train"],
            {
                "name": name,
                "voice_urls": voice_urls,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "gender": gender,
                "denoise": denoise,
                "enhance_voice_similarity": enhance_voice_similarity,
                "model": model,
                "language": language,
            },
            models.Quote.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
