"""The custom_avatars group: typed methods generated from the spec (the async ones: `_async.py`)."""

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

    from ...models.custom_avatar import CustomAvatar
    from ...models.no_data_reply_data_type_1 import NoDataReplyDataType1
    from .. import AsyncRunner, SyncRunner

__all__ = ["CustomAvatarsResource"]


_OPS = Operations(
    {
        "custom_avatars_add": lambda: Operation(
            id="custom_avatars_add",
            group="custom_avatars",
            method="add",
            http_method="POST",
            path="/api/v1/custom_avatar/add",
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
        "custom_avatars_list": lambda: Operation(
            id="custom_avatars_list",
            group="custom_avatars",
            method="list",
            http_method="POST",
            path="/api/v1/custom_avatar/list",
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
        "custom_avatars_delete": lambda: Operation(
            id="custom_avatars_delete",
            group="custom_avatars",
            method="delete",
            http_method="POST",
            path="/api/v1/custom_avatar/del",
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
        "custom_avatars_list_tags": lambda: Operation(
            id="custom_avatars_list_tags",
            group="custom_avatars",
            method="list_tags",
            http_method="GET",
            path="/api/v1/custom_avatar/all_tags",
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
        "custom_avatars_update": lambda: Operation(
            id="custom_avatars_update",
            group="custom_avatars",
            method="update",
            http_method="PUT",
            path="/api/v1/custom_avatar/{id}",
            path_params=(
                Argument(
                    name="id", wire="id", where="path", schema={"type": ["string"], "min_length": 1}, required=True
                ),
            ),
            query=(),
            body=(),
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
    }
)
"""What the runtime needs of each operation (route, arguments with wire names and checks, job and page
facts), each built on first use."""


class CustomAvatarsResource:
    """Operations of the custom_avatars group."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @functools.cached_property
    def with_raw_response(self) -> CustomAvatarsResourceWithRawResponse:
        """The same operations, each returning a `RawResponse` (HTTP status, headers, trace_id) around the data."""
        return CustomAvatarsResourceWithRawResponse(self)

    def add(
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

        return self._runner.call(
            _OPS["custom_avatars_add"],
            {},
            models.CustomAvatar.from_dict,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list(
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

        return self._runner.call(
            _OPS["custom_avatars_list"],
            {},
            models.CustomAvatar.list_from,
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
        """Delete a custom avatar.

        Deletes one of the caller's custom avatars by its id. Answers no data.

        Args:
            id: Inferred, not documented. The custom avatar's id (the sibling deletes take `_id`).

            timeout, extra_headers, extra_query, extra_body: Per-call options (see the README).
        """

        self._runner.call(
            _OPS["custom_avatars_delete"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list_tags(
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

        return self._runner.call(
            _OPS["custom_avatars_list_tags"],
            {},
            parse_any,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def update(
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

        self._runner.call(
            _OPS["custom_avatars_update"],
            {
                "id": id,
            },
            parse_nothing,
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class CustomAvatarsResourceWithRawResponse:
    """Like `CustomAvatarsResource`, but each operation returns a `RawResponse` around the data."""

    def __init__(self, resource: CustomAvatarsResource) -> None:
        self.add = raw_response(resource.add)
        self.list = raw_response(resource.list)
        self.delete = raw_response(resource.delete)
        self.list_tags = raw_response(resource.list_tags)
        self.update = raw_response(resource.update)
