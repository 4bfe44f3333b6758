"""The custom_avatars group: typed methods generated from the spec."""

from __future__ import annotations

import builtins
from typing import Any, cast

from ...models.custom_avatars_add_body import CustomAvatarsAddBody
from ...models.custom_avatars_delete_body import CustomAvatarsDeleteBody
from ...models.custom_avatars_list_body import CustomAvatarsListBody
from ...models.custom_avatars_update_body import CustomAvatarsUpdateBody
from ...models.error_envelope import ErrorEnvelope
from ...models.open_envelope import OpenEnvelope
from ...types import UNSET, Unset
from .. import AsyncRunner, RawResponse, SyncRunner, check_path_param, unset_to_none
from . import (
    custom_avatars_add,
    custom_avatars_delete,
    custom_avatars_list,
    custom_avatars_list_tags,
    custom_avatars_update,
)

__all__ = [
    "AsyncCustomAvatarsResource",
    "AsyncCustomAvatarsResourceWithRawResponse",
    "CustomAvatarsResource",
    "CustomAvatarsResourceWithRawResponse",
]


class CustomAvatarsResource:
    """Operations of the custom_avatars group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> CustomAvatarsResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return CustomAvatarsResourceWithRawResponse(self._runner)

    def add(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Add a custom avatar.

        Adds a custom avatar to the caller's library from submitted media and metadata. The catalog
        documents no body fields, so the body is open: send the fields through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CustomAvatarsAddBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_add._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, custom_avatars_add._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def list(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """List the custom avatars.

        The caller's custom avatars. The catalog mentions pagination and filter controls but
        documents no body fields, so the body is open: send them through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CustomAvatarsListBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_list._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, custom_avatars_list._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Delete a custom avatar.

        Deletes one of the caller's custom avatars by its id.

        Args:
            id: Inferred, not documented. The custom avatar's id (the sibling deletes take `_id`).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CustomAvatarsDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_delete._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, custom_avatars_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def list_tags(
        self,
    ) -> Any:
        """List the custom avatar tags.

        The distinct tags used to organise and filter the caller's custom avatars.

        Returns:
            The reply's `data`.
        """

        request = custom_avatars_list_tags._get_kwargs()

        raw = self._runner.run(request, custom_avatars_list_tags._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    def update(
        self,
        id: str,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Update a custom avatar.

        Changes a custom avatar; fields left out keep their values. The catalog documents no body
        fields, so the body is open: send them through `extra_body`.

        Args:
            id:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        body = CustomAvatarsUpdateBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_update._get_kwargs(
            id=id,
            body=body,
        )

        raw = self._runner.run(request, custom_avatars_update._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class CustomAvatarsResourceWithRawResponse:
    """Like `CustomAvatarsResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def add(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Add a custom avatar.

        Adds a custom avatar to the caller's library from submitted media and metadata. The catalog
        documents no body fields, so the body is open: send the fields through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CustomAvatarsAddBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_add._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, custom_avatars_add._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def list(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """List the custom avatars.

        The caller's custom avatars. The catalog mentions pagination and filter controls but
        documents no body fields, so the body is open: send them through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CustomAvatarsListBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_list._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, custom_avatars_list._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Delete a custom avatar.

        Deletes one of the caller's custom avatars by its id.

        Args:
            id: Inferred, not documented. The custom avatar's id (the sibling deletes take `_id`).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CustomAvatarsDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_delete._get_kwargs(
            body=body,
        )

        raw = self._runner.run(request, custom_avatars_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def list_tags(
        self,
    ) -> RawResponse[Any]:
        """List the custom avatar tags.

        The distinct tags used to organise and filter the caller's custom avatars.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = custom_avatars_list_tags._get_kwargs()

        raw = self._runner.run(request, custom_avatars_list_tags._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    def update(
        self,
        id: str,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Update a custom avatar.

        Changes a custom avatar; fields left out keep their values. The catalog documents no body
        fields, so the body is open: send them through `extra_body`.

        Args:
            id:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        body = CustomAvatarsUpdateBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_update._get_kwargs(
            id=id,
            body=body,
        )

        raw = self._runner.run(request, custom_avatars_update._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))


class AsyncCustomAvatarsResource:
    """Operations of the custom_avatars group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncCustomAvatarsResourceWithRawResponse:
        """The same methods, returning `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncCustomAvatarsResourceWithRawResponse(self._runner)

    async def add(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Add a custom avatar.

        Adds a custom avatar to the caller's library from submitted media and metadata. The catalog
        documents no body fields, so the body is open: send the fields through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CustomAvatarsAddBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_add._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, custom_avatars_add._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def list(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """List the custom avatars.

        The caller's custom avatars. The catalog mentions pagination and filter controls but
        documents no body fields, so the body is open: send them through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CustomAvatarsListBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_list._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, custom_avatars_list._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Delete a custom avatar.

        Deletes one of the caller's custom avatars by its id.

        Args:
            id: Inferred, not documented. The custom avatar's id (the sibling deletes take `_id`).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        body = CustomAvatarsDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_delete._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, custom_avatars_delete._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def list_tags(
        self,
    ) -> Any:
        """List the custom avatar tags.

        The distinct tags used to organise and filter the caller's custom avatars.

        Returns:
            The reply's `data`.
        """

        request = custom_avatars_list_tags._get_kwargs()

        raw = await self._runner.run(request, custom_avatars_list_tags._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)

    async def update(
        self,
        id: str,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> Any:
        """Update a custom avatar.

        Changes a custom avatar; fields left out keep their values. The catalog documents no body
        fields, so the body is open: send them through `extra_body`.

        Args:
            id:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data`.
        """

        check_path_param("id", id)
        body = CustomAvatarsUpdateBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_update._get_kwargs(
            id=id,
            body=body,
        )

        raw = await self._runner.run(request, custom_avatars_update._parse_response, OpenEnvelope)
        return unset_to_none(raw.data.data)


class AsyncCustomAvatarsResourceWithRawResponse:
    """Like `AsyncCustomAvatarsResource`, but each method also returns the HTTP status, headers and trace_id."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def add(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Add a custom avatar.

        Adds a custom avatar to the caller's library from submitted media and metadata. The catalog
        documents no body fields, so the body is open: send the fields through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CustomAvatarsAddBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_add._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, custom_avatars_add._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list(
        self,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """List the custom avatars.

        The caller's custom avatars. The catalog mentions pagination and filter controls but
        documents no body fields, so the body is open: send them through `extra_body`.

        Args:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CustomAvatarsListBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_list._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, custom_avatars_list._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def delete(
        self,
        *,
        id: str,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Delete a custom avatar.

        Deletes one of the caller's custom avatars by its id.

        Args:
            id: Inferred, not documented. The custom avatar's id (the sibling deletes take `_id`).
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        body = CustomAvatarsDeleteBody(
            id=id,
        )
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_delete._get_kwargs(
            body=body,
        )

        raw = await self._runner.run(request, custom_avatars_delete._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def list_tags(
        self,
    ) -> RawResponse[Any]:
        """List the custom avatar tags.

        The distinct tags used to organise and filter the caller's custom avatars.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        request = custom_avatars_list_tags._get_kwargs()

        raw = await self._runner.run(request, custom_avatars_list_tags._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))

    async def update(
        self,
        id: str,
        *,
        extra_body: dict[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Update a custom avatar.

        Changes a custom avatar; fields left out keep their values. The catalog documents no body
        fields, so the body is open: send them through `extra_body`.

        Args:
            id:
            extra_body: Fields the spec does not know yet, sent as they are.

        Returns:
            The reply's `data` with the HTTP status, headers and trace_id.
        """

        check_path_param("id", id)
        body = CustomAvatarsUpdateBody()
        if extra_body:
            body.additional_properties.update(extra_body)
        request = custom_avatars_update._get_kwargs(
            id=id,
            body=body,
        )

        raw = await self._runner.run(request, custom_avatars_update._parse_response, OpenEnvelope)
        return raw.with_data(unset_to_none(raw.data.data))
