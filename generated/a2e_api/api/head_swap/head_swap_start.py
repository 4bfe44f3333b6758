from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.head_swap_start_body import HeadSwapStartBody
from ...models.head_swap_task_reply import HeadSwapTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: HeadSwapStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/headSwap/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | HeadSwapTaskReply | None:
    if response.status_code == 200:
        response_200 = HeadSwapTaskReply.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | HeadSwapTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: HeadSwapStartBody,
) -> Response[ErrorEnvelope | HeadSwapTaskReply]:
    """Start a head swap task

     Asynchronous: puts the head from `image_url` onto the person in `target_image_url`, which
    may be an image or a video of at most 15 s (a video target gives a video result). Returns
    the task record once accepted; wait with `get` (or a webhook). The task goes `initialized`,
    `sent` (queued to the algorithm service), `processing`, then `completed` or `failed`.
    Charges coins; failed tasks are refunded.

    Inputs are checked for minors: a suspected minor (age 10 to 14, code 1004) is refused with
    HTTP 403 unless `minor_suspected_skip` is `true`; a detected minor under 10 (code 1003) is
    always refused. Insufficient coins answer HTTP 400 here (the catalog lists no 402).

    Args:
        body (HeadSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | HeadSwapTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: HeadSwapStartBody,
) -> ErrorEnvelope | HeadSwapTaskReply | None:
    """Start a head swap task

     Asynchronous: puts the head from `image_url` onto the person in `target_image_url`, which
    may be an image or a video of at most 15 s (a video target gives a video result). Returns
    the task record once accepted; wait with `get` (or a webhook). The task goes `initialized`,
    `sent` (queued to the algorithm service), `processing`, then `completed` or `failed`.
    Charges coins; failed tasks are refunded.

    Inputs are checked for minors: a suspected minor (age 10 to 14, code 1004) is refused with
    HTTP 403 unless `minor_suspected_skip` is `true`; a detected minor under 10 (code 1003) is
    always refused. Insufficient coins answer HTTP 400 here (the catalog lists no 402).

    Args:
        body (HeadSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | HeadSwapTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HeadSwapStartBody,
) -> Response[ErrorEnvelope | HeadSwapTaskReply]:
    """Start a head swap task

     Asynchronous: puts the head from `image_url` onto the person in `target_image_url`, which
    may be an image or a video of at most 15 s (a video target gives a video result). Returns
    the task record once accepted; wait with `get` (or a webhook). The task goes `initialized`,
    `sent` (queued to the algorithm service), `processing`, then `completed` or `failed`.
    Charges coins; failed tasks are refunded.

    Inputs are checked for minors: a suspected minor (age 10 to 14, code 1004) is refused with
    HTTP 403 unless `minor_suspected_skip` is `true`; a detected minor under 10 (code 1003) is
    always refused. Insufficient coins answer HTTP 400 here (the catalog lists no 402).

    Args:
        body (HeadSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | HeadSwapTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: HeadSwapStartBody,
) -> ErrorEnvelope | HeadSwapTaskReply | None:
    """Start a head swap task

     Asynchronous: puts the head from `image_url` onto the person in `target_image_url`, which
    may be an image or a video of at most 15 s (a video target gives a video result). Returns
    the task record once accepted; wait with `get` (or a webhook). The task goes `initialized`,
    `sent` (queued to the algorithm service), `processing`, then `completed` or `failed`.
    Charges coins; failed tasks are refunded.

    Inputs are checked for minors: a suspected minor (age 10 to 14, code 1004) is refused with
    HTTP 403 unless `minor_suspected_skip` is `true`; a detected minor under 10 (code 1003) is
    always refused. Insufficient coins answer HTTP 400 here (the catalog lists no 402).

    Args:
        body (HeadSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | HeadSwapTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
