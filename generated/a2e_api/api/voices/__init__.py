"""The voices group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
from typing import Any, cast

from ...models.error_envelope import ErrorEnvelope
from ...models.open_envelope import OpenEnvelope
from ...models.string_reply import StringReply
from ...models.voices_language import VoicesLanguage
from ...models.voices_language_list_reply import VoicesLanguageListReply
from ...models.voices_list_by_locale_body import VoicesListByLocaleBody
from ...models.voices_list_languages_body import VoicesListLanguagesBody
from ...models.voices_train_body import VoicesTrainBody
from ...models.voices_train_body_gender import (
    VoicesTrainBodyGender,
    check_voices_train_body_gender,
)
from ...models.voices_train_body_model import (
    VoicesTrainBodyModel,
    check_voices_train_body_model,
)
from ...models.voices_tts_body import VoicesTtsBody
from ...models.voices_tts_body_type import VoicesTtsBodyType, check_voices_tts_body_type
from ...models.voices_update_body import VoicesUpdateBody
from ...models.voices_user_voice import VoicesUserVoice
from ...models.voices_user_voice_list_reply import VoicesUserVoiceListReply
from ...models.voices_user_voice_reply import VoicesUserVoiceReply
from ...models.voices_voice_group import VoicesVoiceGroup
from ...models.voices_voice_group_list_reply import VoicesVoiceGroupListReply
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    voices_delete,
    voices_delete_preview,
    voices_get,
    voices_list,
    voices_list_by_locale,
    voices_list_completed,
    voices_list_languages,
    voices_list_previews,
    voices_list_training,
    voices_list_tts_presets,
    voices_train,
    voices_tts,
    voices_update,
)

__all__ = [
    "AsyncVoicesResource",
    "AsyncVoicesResourceWithRawResponse",
    "VoicesResource",
    "VoicesResourceWithRawResponse",
]


class VoicesResource:
    """Operations of the voices group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> VoicesResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return VoicesResourceWithRawResponse(self._runner)

    def list_tts_presets(
        self,
    ) -> Any:
        """List system TTS voice presets.

        Lists the system (public) TTS voice presets available to the caller. Takes no parameters.
        The reply's shape is not documented and is kept open; `list` (GET voice_list) is the call
        public code uses to find a `tts_id`.

        Returns:
            The reply's `data`.
        """

        request = voices_list_tts_presets._get_kwargs()

        raw = self._runner.run(request, voices_list_tts_presets._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def list_languages(
        self,
        *,
        voice_map_type: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """List the languages and regions of the voices.

        Lists the supported voice languages with their regions, optionally filtered by
        `voice_map_type`. A top-level `value` is what `tts` takes as `country`, a child's `value`
        what it takes as `region`.

        Args:
            voice_map_type: Locale mapping filter, e.g. `en-US`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VoicesListLanguagesBody(
            voice_map_type=voice_map_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_list_languages._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, voices_list_languages._parse_response, VoicesLanguageListReply)
        return unset_to_none(raw.data.data)

    def list(
        self,
        *,
        country: str | Unset = UNSET,
        region: str | Unset = UNSET,
        voice_map_type: str | Unset = UNSET,
    ) -> Any:
        """List public voices.

        The public TTS voices of one locale (defaults `en`, `US`, `en-US`), in groups (per gender or
        per provider such as Azure or ElevenLabs). Each child's `value` is a `tts_id` for `tts`.
        The docs' "List Public TTS Options" (GET version).

        Args:
            country:
            region:
            voice_map_type:

        Returns:
            The reply's `data`.
        """

        request = voices_list._get_kwargs(
            country=country,
            region=region,
            voice_map_type=voice_map_type,
        )

        raw = self._runner.run(request, voices_list._parse_response, VoicesVoiceGroupListReply)
        return unset_to_none(raw.data.data)

    def list_by_locale(
        self,
        *,
        country: str | Unset = UNSET,
        region: str | Unset = UNSET,
        voice_map_type: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """List public voices (JSON body).

        The same voice list as `list`, with the locale in a JSON body instead of the query. The
        catalog's text gives `en`, `US` and `en-US` as the defaults.

        Args:
            country: Country/language code; the catalog's text says it defaults to `en`.
            region: Region code; the catalog's text says it defaults to `US`.
            voice_map_type: Locale mapping type; the catalog's text says it defaults to `en-US`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VoicesListByLocaleBody(
            country=country,
            region=region,
            voice_map_type=voice_map_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_list_by_locale._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, voices_list_by_locale._parse_response, VoicesVoiceGroupListReply)
        return unset_to_none(raw.data.data)

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
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VoicesTtsBody(
            msg=msg,
            tts_id=tts_id,
            user_voice_id=user_voice_id,
            country=country,
            region=region,
            speech_rate=speech_rate,
            type_=type_,
            turnstile_token=turnstile_token,
            captcha_verify_param=captcha_verify_param,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_tts._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, voices_tts._parse_response, StringReply)
        return unset_to_none(raw.data.data)

    def list_previews(
        self,
        *,
        page_size: int | Unset = UNSET,
        current: int | Unset = UNSET,
    ) -> Any:
        """List TTS previews.

        The caller's TTS preview records of the last 24 hours (deleted ones excluded), one page at a
        time; `current` is the page number. The reply's shape is not documented and is kept open.

        Args:
            page_size:
            current:

        Returns:
            The reply's `data`.
        """

        request = voices_list_previews._get_kwargs(
            page_size=page_size,
            current=current,
        )

        raw = self._runner.run(request, voices_list_previews._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def delete_preview(
        self,
        id: str,
    ) -> Any:
        """Delete a TTS preview.

        Soft-deletes one of the caller's TTS preview records; the stored audio file itself is kept.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = voices_delete_preview._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, voices_delete_preview._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def train(
        self,
        *,
        name: str,
        voice_urls: builtins.list[str],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        gender: VoicesTrainBodyGender | Unset = UNSET,
        denoise: bool | Unset = UNSET,
        enhance_voice_similarity: bool | Unset = UNSET,
        model: VoicesTrainBodyModel | Unset = UNSET,
        language: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VoicesTrainBody(
            name=name,
            voice_urls=voice_urls,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            gender=gender,
            denoise=denoise,
            enhance_voice_similarity=enhance_voice_similarity,
            model=model,
            language=language,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_train._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, voices_train._parse_response, VoicesUserVoiceReply)
        return unset_to_none(raw.data.data)

    def list_training(
        self,
    ) -> Any:
        """List voice training records.

        The caller's voice training records, newest first, with their `current_status` (`sent`,
        `pendding` (sic), `processing`, `completed`, `failed`). The docs' "List Ongoing Voice Clone
        Tasks". Not paginated.

        Returns:
            The reply's `data`.
        """

        request = voices_list_training._get_kwargs()

        raw = self._runner.run(request, voices_list_training._parse_response, VoicesUserVoiceListReply)
        return unset_to_none(raw.data.data)

    def list_completed(
        self,
    ) -> Any:
        """List cloned voices.

        The caller's finished voice clones (`current_status` `completed`), newest first: the cloned
        voices usable with `tts` as `user_voice_id`. The docs' "List Voice Clone Options". Not
        paginated.

        Returns:
            The reply's `data`.
        """

        request = voices_list_completed._get_kwargs()

        raw = self._runner.run(request, voices_list_completed._parse_response, VoicesUserVoiceListReply)
        return unset_to_none(raw.data.data)

    def get(
        self,
        id: str,
    ) -> Any:
        """Get a voice.

        One voice training record with its `current_status`. Poll this to wait for a training.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = voices_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, voices_get._parse_response, VoicesUserVoiceReply)
        return unset_to_none(raw.data.data)

    def update(
        self,
        id: str,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Rename a voice.

        Renames a voice training record; its training inputs and status are unchanged.

        Args:
            id:
            name: The new name.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        body = VoicesUpdateBody(
            name=name,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_update._get_kwargs(
            id=id,
            body=body,
        )

        raw = self._runner.run(request, voices_update._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def delete(
        self,
        id: str,
    ) -> Any:
        """Delete a voice.

        Soft-deletes a voice training record (marks it deleted; nothing is physically removed).

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = voices_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, voices_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class VoicesResourceWithRawResponse:
    """Like `VoicesResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_tts_presets(
        self,
    ) -> RawResponse[Any]:
        """List system TTS voice presets.

        Lists the system (public) TTS voice presets available to the caller. Takes no parameters.
        The reply's shape is not documented and is kept open; `list` (GET voice_list) is the call
        public code uses to find a `tts_id`.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = voices_list_tts_presets._get_kwargs()

        raw = self._runner.run(request, voices_list_tts_presets._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_languages(
        self,
        *,
        voice_map_type: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """List the languages and regions of the voices.

        Lists the supported voice languages with their regions, optionally filtered by
        `voice_map_type`. A top-level `value` is what `tts` takes as `country`, a child's `value`
        what it takes as `region`.

        Args:
            voice_map_type: Locale mapping filter, e.g. `en-US`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VoicesListLanguagesBody(
            voice_map_type=voice_map_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_list_languages._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, voices_list_languages._parse_response, VoicesLanguageListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list(
        self,
        *,
        country: str | Unset = UNSET,
        region: str | Unset = UNSET,
        voice_map_type: str | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List public voices.

        The public TTS voices of one locale (defaults `en`, `US`, `en-US`), in groups (per gender or
        per provider such as Azure or ElevenLabs). Each child's `value` is a `tts_id` for `tts`.
        The docs' "List Public TTS Options" (GET version).

        Args:
            country:
            region:
            voice_map_type:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = voices_list._get_kwargs(
            country=country,
            region=region,
            voice_map_type=voice_map_type,
        )

        raw = self._runner.run(request, voices_list._parse_response, VoicesVoiceGroupListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_by_locale(
        self,
        *,
        country: str | Unset = UNSET,
        region: str | Unset = UNSET,
        voice_map_type: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """List public voices (JSON body).

        The same voice list as `list`, with the locale in a JSON body instead of the query. The
        catalog's text gives `en`, `US` and `en-US` as the defaults.

        Args:
            country: Country/language code; the catalog's text says it defaults to `en`.
            region: Region code; the catalog's text says it defaults to `US`.
            voice_map_type: Locale mapping type; the catalog's text says it defaults to `en-US`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VoicesListByLocaleBody(
            country=country,
            region=region,
            voice_map_type=voice_map_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_list_by_locale._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, voices_list_by_locale._parse_response, VoicesVoiceGroupListReply)
        return raw.with_data(unset_to_none(raw.data.data))

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
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VoicesTtsBody(
            msg=msg,
            tts_id=tts_id,
            user_voice_id=user_voice_id,
            country=country,
            region=region,
            speech_rate=speech_rate,
            type_=type_,
            turnstile_token=turnstile_token,
            captcha_verify_param=captcha_verify_param,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_tts._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, voices_tts._parse_response, StringReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_previews(
        self,
        *,
        page_size: int | Unset = UNSET,
        current: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List TTS previews.

        The caller's TTS preview records of the last 24 hours (deleted ones excluded), one page at a
        time; `current` is the page number. The reply's shape is not documented and is kept open.

        Args:
            page_size:
            current:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = voices_list_previews._get_kwargs(
            page_size=page_size,
            current=current,
        )

        raw = self._runner.run(request, voices_list_previews._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete_preview(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a TTS preview.

        Soft-deletes one of the caller's TTS preview records; the stored audio file itself is kept.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = voices_delete_preview._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, voices_delete_preview._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def train(
        self,
        *,
        name: str,
        voice_urls: builtins.list[str],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        gender: VoicesTrainBodyGender | Unset = UNSET,
        denoise: bool | Unset = UNSET,
        enhance_voice_similarity: bool | Unset = UNSET,
        model: VoicesTrainBodyModel | Unset = UNSET,
        language: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VoicesTrainBody(
            name=name,
            voice_urls=voice_urls,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            gender=gender,
            denoise=denoise,
            enhance_voice_similarity=enhance_voice_similarity,
            model=model,
            language=language,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_train._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, voices_train._parse_response, VoicesUserVoiceReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_training(
        self,
    ) -> RawResponse[Any]:
        """List voice training records.

        The caller's voice training records, newest first, with their `current_status` (`sent`,
        `pendding` (sic), `processing`, `completed`, `failed`). The docs' "List Ongoing Voice Clone
        Tasks". Not paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = voices_list_training._get_kwargs()

        raw = self._runner.run(request, voices_list_training._parse_response, VoicesUserVoiceListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_completed(
        self,
    ) -> RawResponse[Any]:
        """List cloned voices.

        The caller's finished voice clones (`current_status` `completed`), newest first: the cloned
        voices usable with `tts` as `user_voice_id`. The docs' "List Voice Clone Options". Not
        paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = voices_list_completed._get_kwargs()

        raw = self._runner.run(request, voices_list_completed._parse_response, VoicesUserVoiceListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a voice.

        One voice training record with its `current_status`. Poll this to wait for a training.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = voices_get._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, voices_get._parse_response, VoicesUserVoiceReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def update(
        self,
        id: str,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Rename a voice.

        Renames a voice training record; its training inputs and status are unchanged.

        Args:
            id:
            name: The new name.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        body = VoicesUpdateBody(
            name=name,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_update._get_kwargs(
            id=id,
            body=body,
        )

        raw = self._runner.run(request, voices_update._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a voice.

        Soft-deletes a voice training record (marks it deleted; nothing is physically removed).

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = voices_delete._get_kwargs(
            id=id,
        )

        raw = self._runner.run(request, voices_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncVoicesResource:
    """Operations of the voices group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncVoicesResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncVoicesResourceWithRawResponse(self._runner)

    async def list_tts_presets(
        self,
    ) -> Any:
        """List system TTS voice presets.

        Lists the system (public) TTS voice presets available to the caller. Takes no parameters.
        The reply's shape is not documented and is kept open; `list` (GET voice_list) is the call
        public code uses to find a `tts_id`.

        Returns:
            The reply's `data`.
        """

        request = voices_list_tts_presets._get_kwargs()

        raw = await self._runner.run(request, voices_list_tts_presets._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def list_languages(
        self,
        *,
        voice_map_type: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """List the languages and regions of the voices.

        Lists the supported voice languages with their regions, optionally filtered by
        `voice_map_type`. A top-level `value` is what `tts` takes as `country`, a child's `value`
        what it takes as `region`.

        Args:
            voice_map_type: Locale mapping filter, e.g. `en-US`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VoicesListLanguagesBody(
            voice_map_type=voice_map_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_list_languages._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, voices_list_languages._parse_response, VoicesLanguageListReply)
        return unset_to_none(raw.data.data)

    async def list(
        self,
        *,
        country: str | Unset = UNSET,
        region: str | Unset = UNSET,
        voice_map_type: str | Unset = UNSET,
    ) -> Any:
        """List public voices.

        The public TTS voices of one locale (defaults `en`, `US`, `en-US`), in groups (per gender or
        per provider such as Azure or ElevenLabs). Each child's `value` is a `tts_id` for `tts`.
        The docs' "List Public TTS Options" (GET version).

        Args:
            country:
            region:
            voice_map_type:

        Returns:
            The reply's `data`.
        """

        request = voices_list._get_kwargs(
            country=country,
            region=region,
            voice_map_type=voice_map_type,
        )

        raw = await self._runner.run(request, voices_list._parse_response, VoicesVoiceGroupListReply)
        return unset_to_none(raw.data.data)

    async def list_by_locale(
        self,
        *,
        country: str | Unset = UNSET,
        region: str | Unset = UNSET,
        voice_map_type: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """List public voices (JSON body).

        The same voice list as `list`, with the locale in a JSON body instead of the query. The
        catalog's text gives `en`, `US` and `en-US` as the defaults.

        Args:
            country: Country/language code; the catalog's text says it defaults to `en`.
            region: Region code; the catalog's text says it defaults to `US`.
            voice_map_type: Locale mapping type; the catalog's text says it defaults to `en-US`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VoicesListByLocaleBody(
            country=country,
            region=region,
            voice_map_type=voice_map_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_list_by_locale._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, voices_list_by_locale._parse_response, VoicesVoiceGroupListReply)
        return unset_to_none(raw.data.data)

    async def tts(
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
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VoicesTtsBody(
            msg=msg,
            tts_id=tts_id,
            user_voice_id=user_voice_id,
            country=country,
            region=region,
            speech_rate=speech_rate,
            type_=type_,
            turnstile_token=turnstile_token,
            captcha_verify_param=captcha_verify_param,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_tts._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, voices_tts._parse_response, StringReply)
        return unset_to_none(raw.data.data)

    async def list_previews(
        self,
        *,
        page_size: int | Unset = UNSET,
        current: int | Unset = UNSET,
    ) -> Any:
        """List TTS previews.

        The caller's TTS preview records of the last 24 hours (deleted ones excluded), one page at a
        time; `current` is the page number. The reply's shape is not documented and is kept open.

        Args:
            page_size:
            current:

        Returns:
            The reply's `data`.
        """

        request = voices_list_previews._get_kwargs(
            page_size=page_size,
            current=current,
        )

        raw = await self._runner.run(request, voices_list_previews._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def delete_preview(
        self,
        id: str,
    ) -> Any:
        """Delete a TTS preview.

        Soft-deletes one of the caller's TTS preview records; the stored audio file itself is kept.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = voices_delete_preview._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, voices_delete_preview._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def train(
        self,
        *,
        name: str,
        voice_urls: builtins.list[str],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        gender: VoicesTrainBodyGender | Unset = UNSET,
        denoise: bool | Unset = UNSET,
        enhance_voice_similarity: bool | Unset = UNSET,
        model: VoicesTrainBodyModel | Unset = UNSET,
        language: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = VoicesTrainBody(
            name=name,
            voice_urls=voice_urls,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            gender=gender,
            denoise=denoise,
            enhance_voice_similarity=enhance_voice_similarity,
            model=model,
            language=language,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_train._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, voices_train._parse_response, VoicesUserVoiceReply)
        return unset_to_none(raw.data.data)

    async def list_training(
        self,
    ) -> Any:
        """List voice training records.

        The caller's voice training records, newest first, with their `current_status` (`sent`,
        `pendding` (sic), `processing`, `completed`, `failed`). The docs' "List Ongoing Voice Clone
        Tasks". Not paginated.

        Returns:
            The reply's `data`.
        """

        request = voices_list_training._get_kwargs()

        raw = await self._runner.run(request, voices_list_training._parse_response, VoicesUserVoiceListReply)
        return unset_to_none(raw.data.data)

    async def list_completed(
        self,
    ) -> Any:
        """List cloned voices.

        The caller's finished voice clones (`current_status` `completed`), newest first: the cloned
        voices usable with `tts` as `user_voice_id`. The docs' "List Voice Clone Options". Not
        paginated.

        Returns:
            The reply's `data`.
        """

        request = voices_list_completed._get_kwargs()

        raw = await self._runner.run(request, voices_list_completed._parse_response, VoicesUserVoiceListReply)
        return unset_to_none(raw.data.data)

    async def get(
        self,
        id: str,
    ) -> Any:
        """Get a voice.

        One voice training record with its `current_status`. Poll this to wait for a training.

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = voices_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, voices_get._parse_response, VoicesUserVoiceReply)
        return unset_to_none(raw.data.data)

    async def update(
        self,
        id: str,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Rename a voice.

        Renames a voice training record; its training inputs and status are unchanged.

        Args:
            id:
            name: The new name.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        body = VoicesUpdateBody(
            name=name,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_update._get_kwargs(
            id=id,
            body=body,
        )

        raw = await self._runner.run(request, voices_update._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def delete(
        self,
        id: str,
    ) -> Any:
        """Delete a voice.

        Soft-deletes a voice training record (marks it deleted; nothing is physically removed).

        Args:
            id:

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        request = voices_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, voices_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class AsyncVoicesResourceWithRawResponse:
    """Like `AsyncVoicesResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_tts_presets(
        self,
    ) -> RawResponse[Any]:
        """List system TTS voice presets.

        Lists the system (public) TTS voice presets available to the caller. Takes no parameters.
        The reply's shape is not documented and is kept open; `list` (GET voice_list) is the call
        public code uses to find a `tts_id`.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = voices_list_tts_presets._get_kwargs()

        raw = await self._runner.run(request, voices_list_tts_presets._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_languages(
        self,
        *,
        voice_map_type: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """List the languages and regions of the voices.

        Lists the supported voice languages with their regions, optionally filtered by
        `voice_map_type`. A top-level `value` is what `tts` takes as `country`, a child's `value`
        what it takes as `region`.

        Args:
            voice_map_type: Locale mapping filter, e.g. `en-US`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VoicesListLanguagesBody(
            voice_map_type=voice_map_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_list_languages._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, voices_list_languages._parse_response, VoicesLanguageListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list(
        self,
        *,
        country: str | Unset = UNSET,
        region: str | Unset = UNSET,
        voice_map_type: str | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List public voices.

        The public TTS voices of one locale (defaults `en`, `US`, `en-US`), in groups (per gender or
        per provider such as Azure or ElevenLabs). Each child's `value` is a `tts_id` for `tts`.
        The docs' "List Public TTS Options" (GET version).

        Args:
            country:
            region:
            voice_map_type:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = voices_list._get_kwargs(
            country=country,
            region=region,
            voice_map_type=voice_map_type,
        )

        raw = await self._runner.run(request, voices_list._parse_response, VoicesVoiceGroupListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_by_locale(
        self,
        *,
        country: str | Unset = UNSET,
        region: str | Unset = UNSET,
        voice_map_type: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """List public voices (JSON body).

        The same voice list as `list`, with the locale in a JSON body instead of the query. The
        catalog's text gives `en`, `US` and `en-US` as the defaults.

        Args:
            country: Country/language code; the catalog's text says it defaults to `en`.
            region: Region code; the catalog's text says it defaults to `US`.
            voice_map_type: Locale mapping type; the catalog's text says it defaults to `en-US`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VoicesListByLocaleBody(
            country=country,
            region=region,
            voice_map_type=voice_map_type,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_list_by_locale._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, voices_list_by_locale._parse_response, VoicesVoiceGroupListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def tts(
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
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VoicesTtsBody(
            msg=msg,
            tts_id=tts_id,
            user_voice_id=user_voice_id,
            country=country,
            region=region,
            speech_rate=speech_rate,
            type_=type_,
            turnstile_token=turnstile_token,
            captcha_verify_param=captcha_verify_param,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_tts._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, voices_tts._parse_response, StringReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_previews(
        self,
        *,
        page_size: int | Unset = UNSET,
        current: int | Unset = UNSET,
    ) -> RawResponse[Any]:
        """List TTS previews.

        The caller's TTS preview records of the last 24 hours (deleted ones excluded), one page at a
        time; `current` is the page number. The reply's shape is not documented and is kept open.

        Args:
            page_size:
            current:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = voices_list_previews._get_kwargs(
            page_size=page_size,
            current=current,
        )

        raw = await self._runner.run(request, voices_list_previews._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete_preview(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a TTS preview.

        Soft-deletes one of the caller's TTS preview records; the stored audio file itself is kept.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = voices_delete_preview._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, voices_delete_preview._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def train(
        self,
        *,
        name: str,
        voice_urls: builtins.list[str],
        webhook_url: str | Unset = UNSET,
        webhook_token: str | Unset = UNSET,
        gender: VoicesTrainBodyGender | Unset = UNSET,
        denoise: bool | Unset = UNSET,
        enhance_voice_similarity: bool | Unset = UNSET,
        model: VoicesTrainBodyModel | Unset = UNSET,
        language: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
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
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = VoicesTrainBody(
            name=name,
            voice_urls=voice_urls,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            gender=gender,
            denoise=denoise,
            enhance_voice_similarity=enhance_voice_similarity,
            model=model,
            language=language,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_train._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, voices_train._parse_response, VoicesUserVoiceReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_training(
        self,
    ) -> RawResponse[Any]:
        """List voice training records.

        The caller's voice training records, newest first, with their `current_status` (`sent`,
        `pendding` (sic), `processing`, `completed`, `failed`). The docs' "List Ongoing Voice Clone
        Tasks". Not paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = voices_list_training._get_kwargs()

        raw = await self._runner.run(request, voices_list_training._parse_response, VoicesUserVoiceListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_completed(
        self,
    ) -> RawResponse[Any]:
        """List cloned voices.

        The caller's finished voice clones (`current_status` `completed`), newest first: the cloned
        voices usable with `tts` as `user_voice_id`. The docs' "List Voice Clone Options". Not
        paginated.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = voices_list_completed._get_kwargs()

        raw = await self._runner.run(request, voices_list_completed._parse_response, VoicesUserVoiceListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def get(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Get a voice.

        One voice training record with its `current_status`. Poll this to wait for a training.

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = voices_get._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, voices_get._parse_response, VoicesUserVoiceReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def update(
        self,
        id: str,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Rename a voice.

        Renames a voice training record; its training inputs and status are unchanged.

        Args:
            id:
            name: The new name.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        body = VoicesUpdateBody(
            name=name,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = voices_update._get_kwargs(
            id=id,
            body=body,
        )

        raw = await self._runner.run(request, voices_update._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete(
        self,
        id: str,
    ) -> RawResponse[Any]:
        """Delete a voice.

        Soft-deletes a voice training record (marks it deleted; nothing is physically removed).

        Args:
            id:

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        request = voices_delete._get_kwargs(
            id=id,
        )

        raw = await self._runner.run(request, voices_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))
