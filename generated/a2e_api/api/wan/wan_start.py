from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.wan_start_body import WanStartBody
from ...models.wan_task_reply import WanTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: WanStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userWan25/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WanTaskReply | None:
    if response.status_code == 200:
        response_200 = WanTaskReply.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | WanTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WanStartBody,
) -> Response[ErrorEnvelope | WanTaskReply]:
    """Start a Wan video task

     Asynchronous: starts a Wan video task. `model` picks the version: `wan2.5-i2v-preview`
    (default), `wan2.6-i2v`, `wan2.6-i2v-flash` (image to video) or `wan2.7-i2v`, whose
    `task_type` selects text to video, first frame, first and last frame, reference images,
    video extension or video editing. `wan2.6-i2v` and `wan2.7-i2v` need a VIP or Max account.
    Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
    failed tasks are refunded.

    Args:
        body (WanStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WanTaskReply]
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
    body: WanStartBody,
) -> ErrorEnvelope | WanTaskReply | None:
    """Start a Wan video task

     Asynchronous: starts a Wan video task. `model` picks the version: `wan2.5-i2v-preview`
    (default), `wan2.6-i2v`, `wan2.6-i2v-flash` (image to video) or `wan2.7-i2v`, whose
    `task_type` selects text to video, first frame, first and last frame, reference images,
    video extension or video editing. `wan2.6-i2v` and `wan2.7-i2v` need a VIP or Max account.
    Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
    failed tasks are refunded.

    Args:
        body (WanStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WanTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WanStartBody,
) -> Response[ErrorEnvelope | WanTaskReply]:
    """Start a Wan video task

     Asynchronous: starts a Wan video task. `model` picks the version: `wan2.5-i2v-preview`
    (default), `wan2.6-i2v`, `wan2.6-i2v-flash` (image to video) or `wan2.7-i2v`, whose
    `task_type` selects text to video, first frame, first and last frame, reference images,
    video extension or video editing. `wan2.6-i2v` and `wan2.7-i2v` need a VIP or Max account.
    Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
    failed tasks are refunded.

    Args:
        body (WanStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WanTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WanStartBody,
) -> ErrorEnvelope | WanTaskReply | None:
    """Start a Wan video task

     Asynchronous: starts a Wan video task. `model` picks the version: `wan2.5-i2v-preview`
    (default), `wan2.6-i2v`, `wan2.6-i2v-flash` (image to video) or `wan2.7-i2v`, whose
    `task_type` selects text to video, first frame, first and last frame, reference images,
    video extension or video editing. `wan2.6-i2v` and `wan2.7-i2v` need a VIP or Max account.
    Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
    failed tasks are refunded.

    Args:
        body (WanStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WanTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
