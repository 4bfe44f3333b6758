"""The backgrounds group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
from typing import Any, cast

from ...models.background_image import BackgroundImage
from ...models.background_image_list_reply import BackgroundImageListReply
from ...models.background_image_reply import BackgroundImageReply
from ...models.backgrounds_add_body import BackgroundsAddBody
from ...models.backgrounds_delete_body import BackgroundsDeleteBody
from ...models.backgrounds_list_body import BackgroundsListBody
from ...models.error_envelope import ErrorEnvelope
from ...models.open_envelope import OpenEnvelope
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    backgrounds_add,
    backgrounds_delete,
    backgrounds_list,
    backgrounds_list_all,
    backgrounds_random,
)

__all__ = [
    "AsyncBackgroundsResource",
    "AsyncBackgroundsResourceWithRawResponse",
    "BackgroundsResource",
    "BackgroundsResourceWithRawResponse",
]


class BackgroundsResource:
    """Operations of the backgrounds group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> BackgroundsResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return BackgroundsResourceWithRawResponse(self._runner)

    def add(
        self,
        *,
        img_url: str,
        name: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Add a custom background image.

        Adds an image (by public URL) to the caller's custom backgrounds; its `_id` is a
        `custom_back_id` for `avatar_videos.generate`.

        Args:
            img_url: Public URL of the background image.
            name: A name for the background (sent by one public caller; not in the catalog).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = BackgroundsAddBody(
            img_url=img_url,
            name=name,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_add._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, backgrounds_add._parse_response, BackgroundImageReply)
        return unset_to_none(raw.data.data)

    def list(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """List the custom backgrounds.

        The caller's custom backgrounds. The catalog mentions pagination and filter controls but
        documents no body fields, so the body is open: send them through `extra_body`.
        `list_all` returns system and custom backgrounds together.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = BackgroundsListBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_list._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, backgrounds_list._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Delete a custom background image.

        Deletes one of the caller's custom backgrounds by its id.

        Args:
            id: The custom background's `_id`, from `add` or `list_all`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = BackgroundsDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_delete._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, backgrounds_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def list_all(
        self,
    ) -> Any:
        """List all background images.

        Every background the caller can use: system backgrounds (`type` `default`, usable as
        `back_id`) and the caller's own (`type` `custom`, usable as `custom_back_id`). Takes no body.

        Returns:
            The reply's `data`.
        """

        request = backgrounds_list_all._get_kwargs()

        raw = self._runner.run(request, backgrounds_list_all._parse_response, BackgroundImageListReply)
        return unset_to_none(raw.data.data)

    def random(
        self,
    ) -> Any:
        """Get a random background.

        Returns a randomly chosen background. Takes no body.

        Returns:
            The reply's `data`.
        """

        request = backgrounds_random._get_kwargs()

        raw = self._runner.run(request, backgrounds_random._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class BackgroundsResourceWithRawResponse:
    """Like `BackgroundsResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def add(
        self,
        *,
        img_url: str,
        name: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Add a custom background image.

        Adds an image (by public URL) to the caller's custom backgrounds; its `_id` is a
        `custom_back_id` for `avatar_videos.generate`.

        Args:
            img_url: Public URL of the background image.
            name: A name for the background (sent by one public caller; not in the catalog).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = BackgroundsAddBody(
            img_url=img_url,
            name=name,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_add._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, backgrounds_add._parse_response, BackgroundImageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def list(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """List the custom backgrounds.

        The caller's custom backgrounds. The catalog mentions pagination and filter controls but
        documents no body fields, so the body is open: send them through `extra_body`.
        `list_all` returns system and custom backgrounds together.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = BackgroundsListBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_list._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, backgrounds_list._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Delete a custom background image.

        Deletes one of the caller's custom backgrounds by its id.

        Args:
            id: The custom background's `_id`, from `add` or `list_all`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = BackgroundsDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_delete._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, backgrounds_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_all(
        self,
    ) -> RawResponse[Any]:
        """List all background images.

        Every background the caller can use: system backgrounds (`type` `default`, usable as
        `back_id`) and the caller's own (`type` `custom`, usable as `custom_back_id`). Takes no body.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = backgrounds_list_all._get_kwargs()

        raw = self._runner.run(request, backgrounds_list_all._parse_response, BackgroundImageListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    def random(
        self,
    ) -> RawResponse[Any]:
        """Get a random background.

        Returns a randomly chosen background. Takes no body.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = backgrounds_random._get_kwargs()

        raw = self._runner.run(request, backgrounds_random._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncBackgroundsResource:
    """Operations of the backgrounds group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncBackgroundsResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncBackgroundsResourceWithRawResponse(self._runner)

    async def add(
        self,
        *,
        img_url: str,
        name: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Add a custom background image.

        Adds an image (by public URL) to the caller's custom backgrounds; its `_id` is a
        `custom_back_id` for `avatar_videos.generate`.

        Args:
            img_url: Public URL of the background image.
            name: A name for the background (sent by one public caller; not in the catalog).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = BackgroundsAddBody(
            img_url=img_url,
            name=name,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_add._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, backgrounds_add._parse_response, BackgroundImageReply)
        return unset_to_none(raw.data.data)

    async def list(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """List the custom backgrounds.

        The caller's custom backgrounds. The catalog mentions pagination and filter controls but
        documents no body fields, so the body is open: send them through `extra_body`.
        `list_all` returns system and custom backgrounds together.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = BackgroundsListBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_list._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, backgrounds_list._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Delete a custom background image.

        Deletes one of the caller's custom backgrounds by its id.

        Args:
            id: The custom background's `_id`, from `add` or `list_all`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = BackgroundsDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_delete._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, backgrounds_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def list_all(
        self,
    ) -> Any:
        """List all background images.

        Every background the caller can use: system backgrounds (`type` `default`, usable as
        `back_id`) and the caller's own (`type` `custom`, usable as `custom_back_id`). Takes no body.

        Returns:
            The reply's `data`.
        """

        request = backgrounds_list_all._get_kwargs()

        raw = await self._runner.run(request, backgrounds_list_all._parse_response, BackgroundImageListReply)
        return unset_to_none(raw.data.data)

    async def random(
        self,
    ) -> Any:
        """Get a random background.

        Returns a randomly chosen background. Takes no body.

        Returns:
            The reply's `data`.
        """

        request = backgrounds_random._get_kwargs()

        raw = await self._runner.run(request, backgrounds_random._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class AsyncBackgroundsResourceWithRawResponse:
    """Like `AsyncBackgroundsResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def add(
        self,
        *,
        img_url: str,
        name: str | Unset = UNSET,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Add a custom background image.

        Adds an image (by public URL) to the caller's custom backgrounds; its `_id` is a
        `custom_back_id` for `avatar_videos.generate`.

        Args:
            img_url: Public URL of the background image.
            name: A name for the background (sent by one public caller; not in the catalog).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = BackgroundsAddBody(
            img_url=img_url,
            name=name,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_add._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, backgrounds_add._parse_response, BackgroundImageReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """List the custom backgrounds.

        The caller's custom backgrounds. The catalog mentions pagination and filter controls but
        documents no body fields, so the body is open: send them through `extra_body`.
        `list_all` returns system and custom backgrounds together.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = BackgroundsListBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_list._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, backgrounds_list._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Delete a custom background image.

        Deletes one of the caller's custom backgrounds by its id.

        Args:
            id: The custom background's `_id`, from `add` or `list_all`.
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = BackgroundsDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = backgrounds_delete._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, backgrounds_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_all(
        self,
    ) -> RawResponse[Any]:
        """List all background images.

        Every background the caller can use: system backgrounds (`type` `default`, usable as
        `back_id`) and the caller's own (`type` `custom`, usable as `custom_back_id`). Takes no body.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = backgrounds_list_all._get_kwargs()

        raw = await self._runner.run(request, backgrounds_list_all._parse_response, BackgroundImageListReply)
        return raw.with_data(unset_to_none(raw.data.data))

    async def random(
        self,
    ) -> RawResponse[Any]:
        """Get a random background.

        Returns a randomly chosen background. Takes no body.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = backgrounds_random._get_kwargs()

        raw = await self._runner.run(request, backgrounds_random._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))
