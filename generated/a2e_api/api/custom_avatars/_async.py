"""The custom_avatars group's asynchronous methods, generated from the spec."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Any

from ... import models
from ...types import (
    NOT_GIVEN,
    CallOptions,
    NotGiven,
    parse_any,
    parse_nothing,
)
from .. import (
    Body,
    Headers,
    Query,
    Timeout,
    async_raw_response,
)
from . import _OPS

if TYPE_CHECKING:
    from ...models.custom_avatar import CustomAvatar
    from .. import AsyncRunner

__all__ = ["AsyncCustomAvatarsResource"]


class AsyncCustomAvatarsResource:
    """Operations of the custom_avatars group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncCustomAvatarsResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncCustomAvatarsResourceWithRawResponse(self)

    async def add(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomAvatar:
        """Add a custom avatar.

        Adds a custom avatar to the caller's library from submitted media and metadata. The catalog
        documents no body fields, so the body is open: send the fields through `extra_body`. The
        reply is modelled, by inference, as the new custom avatar's record.

        Args:

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["custom_avatars_add"],
            {},
            models.CustomAvatar.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[CustomAvatar]:
        """List the custom avatars.

        The caller's custom avatars, as a bare list (inferred shape). The catalog mentions
        pagination and filter controls but documents no body fields, so the body is open: send
        them through `extra_body`.

        Args:

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["custom_avatars_list"],
            {},
            models.CustomAvatar.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Delete a custom avatar.

        Deletes one of the caller's custom avatars by its id. Answers no data.

        Args:
            id: Inferred, not documented. The custom avatar's id (the sibling deletes take `_id`).

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["custom_avatars_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def list_tags(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Any:
        """List the custom avatar tags.

        The distinct tags used to organise and filter the caller's custom avatars, as a list of strings
        (inferred shape).

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["custom_avatars_list_tags"],
            {},
            parse_any,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def update(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Update a custom avatar.

        Changes a custom avatar; fields left out keep their values. The catalog documents no body
        fields, so the body is open: send them through `extra_body`. Answers no data (read the
        record back with `list`).

        Args:
            id: The record's id.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["custom_avatars_update"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class AsyncCustomAvatarsResourceWithRawResponse:
    """Like `AsyncCustomAvatarsResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncCustomAvatarsResource) -> None:
        self.add = async_raw_response(resource.add)
        self.list = async_raw_response(resource.list)
        self.delete = async_raw_response(resource.delete)
        self.list_tags = async_raw_response(resource.list_tags)
        self.update = async_raw_response(resource.update)
