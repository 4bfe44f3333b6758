"""The backgrounds group: typed methods generated from the spec (the async ones: `_async.py`)."""

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
    from a2e import JobFailedError

    from ...models.background_image import BackgroundImage
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from ...types import UNSET, Unset
    from .. import AsyncRunner, SyncRunner

__all__ = ["BackgroundsResource"]


_OPS = Operations(
    {
        "backgrounds_add": lambda: Operation(
            id="backgrounds_add",
            group="backgrounds",
            method="add",
            http_method="POST",
            path="/api/v1/custom_back/add",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="img_url",
                    wire="img_url",
                    where="body",
                    schema={"type": ["string"], "file": "image"},
                    required=True,
                ),
                Argument(name="name", wire="name", where="body", schema={"type": ["string"]}, required=False),
            ),
            files=("img_url",),
            record_id=None,
            task=None,
            pagination=None,
            all_method=None,
            destructive=False,
            capacity_codes=(),
            session=None,
            deprecated=None,
        ),
        "backgrounds_list": lambda: Operation(
            id="backgrounds_list",
            group="backgrounds",
            method="list",
            http_method="POST",
            path="/api/v1/custom_back/list",
            path_params=(),
            query=(),
            body=(),
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
        "backgrounds_delete": lambda: Operation(
            id="backgrounds_delete",
            group="backgrounds",
            method="delete",
            http_method="POST",
            path="/api/v1/custom_back/del",
            path_params=(),
            query=(),
            body=(
                Argument(
                    name="id", wire="_id", where="body", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
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
        "backgrounds_list_all": lambda: Operation(
            id="backgrounds_list_all",
            group="backgrounds",
            method="list_all",
            http_method="POST",
            path="/api/v1/custom_back/allBackground",
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
        "backgrounds_random": lambda: Operation(
            id="backgrounds_random",
            group="backgrounds",
            method="random",
            http_method="POST",
            path="/api/v1/custom_back/randomBackground",
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
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""


class BackgroundsResource:
    """Operations of the backgrounds group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> BackgroundsResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return BackgroundsResourceWithRawResponse(self)

    def add(
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

        return self._runner.call(
            _OPS["backgrounds_add"],
            {
                "img_url": img_url,
                "name": name,
            },
            models.BackgroundImage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list(
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

        return self._runner.call(
            _OPS["backgrounds_list"],
            {},
            models.BackgroundImage.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def delete(
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

        self._runner.call(
            _OPS["backgrounds_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list_all(
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

        return self._runner.call(
            _OPS["backgrounds_list_all"],
            {},
            models.BackgroundImage.list_from,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def random(
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

        return self._runner.call(
            _OPS["backgrounds_random"],
            {},
            models.BackgroundImage.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )


class BackgroundsResourceWithRawResponse:
    """Like `BackgroundsResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: BackgroundsResource) -> None:
        self.add = raw_response(resource.add)
        self.list = raw_response(resource.list)
        self.delete = raw_response(resource.delete)
        self.list_all = raw_response(resource.list_all)
        self.random = raw_response(resource.random)
