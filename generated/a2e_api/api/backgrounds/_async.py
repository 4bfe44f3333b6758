"""The backgrounds group's asynchronous methods, generated from the spec."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

from ... import models
from ...types import (
    NOT_GIVEN,
    UNSET,
    CallOptions,
    FileInput,
    NotGiven,
    Unset,
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
    from ...models.background_image import BackgroundImage
    from ...types import UNSET, Unset
    from .. import AsyncRunner

__all__ = ["AsyncBackgroundsResource"]


class AsyncBackgroundsResource:
    """Operations of the backgrounds group, asynchronous."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> AsyncBackgroundsResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return AsyncBackgroundsResourceWithRawResponse(self)

    async def add(
        self,
        *,
        img_url: str | FileInput,
        name: str | Unset = UNSET,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> BackgroundImage:
        """Add a custom background image.

        Adds an image (by public URL) to the caller's custom backgrounds; its `_id` is a
        `custom_back_id` for `avatar_videos.generate`.

        Args:
            img_url: Public URL of the background image.
            name: A name for the background (sent by one public caller; not in the catalog).

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["backgrounds_add"],
            {
                "img_url": img_url,
                "name": name,
            },
            models.BackgroundImage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> builtins.list[BackgroundImage]:
        """List the custom backgrounds.

        The caller's custom backgrounds, as a list of background records (inferred shape). The
        catalog mentions pagination and filter controls but documents no body fields, so the body
        is open: send them through `extra_body`. `list_all` returns system and custom backgrounds
        together.

        Args:

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["backgrounds_list"],
            {},
            models.BackgroundImage.list_from,
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
        """Delete a custom background image.

        Deletes one of the caller's custom backgrounds by its id. Answers no data.

        Args:
            id: The custom background's `_id`, from `add` or `list_all`.

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        await self._runner.call(
            _OPS["backgrounds_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def list_all(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[BackgroundImage]:
        """List all background images.

        Every background the caller can use: system backgrounds (`type` `default`, usable as
        `back_id`) and the caller's own (`type` `custom`, usable as `custom_back_id`). Takes no body.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["backgrounds_list_all"],
            {},
            models.BackgroundImage.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def random(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> BackgroundImage:
        """Get a random background.

        Returns one randomly chosen background record (inferred shape). Takes no body.

        Args:

            timeout, extra_headers, extra_query: Per-call options (see the README).
        """

        return await self._runner.call(
            _OPS["backgrounds_random"],
            {},
            models.BackgroundImage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )


class AsyncBackgroundsResourceWithRawResponse:
    """Like `AsyncBackgroundsResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: AsyncBackgroundsResource) -> None:
        self.add = async_raw_response(resource.add)
        self.list = async_raw_response(resource.list)
        self.delete = async_raw_response(resource.delete)
        self.list_all = async_raw_response(resource.list_all)
        self.random = async_raw_response(resource.random)
