from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.seedance_start_body import SeedanceStartBody
from ...models.seedance_task_reply import SeedanceTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: SeedanceStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/seedanceVideo/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SeedanceTaskReply | None:
    if response.status_code == 200:
        response_200 = SeedanceTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SeedanceTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SeedanceStartBody,
) -> Response[ErrorEnvelope | SeedanceTaskReply]:
    """Start a Seedance 1.5 Pro video task

     Asynchronous: starts a Seedance 1.5 Pro video task, from text (`text-to-video`, the
    default) or from `image_url` (`image-to-video`); sending `end_image_url` too makes it a
    first-and-last-frames task (the server normalises the mode). Returns the task record once
    accepted. There is no detail operation: wait by reading `list` (lists are typically
    newest first) and picking the row whose `_id` is the task's, or use a webhook. Charges credits;
    failed
    tasks are refunded.

    Args:
        body (SeedanceStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SeedanceTaskReply]
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
    body: SeedanceStartBody,
) -> ErrorEnvelope | SeedanceTaskReply | None:
    """Start a Seedance 1.5 Pro video task

     Asynchronous: starts a Seedance 1.5 Pro video task, from text (`text-to-video`, the
    default) or from `image_url` (`image-to-video`); sending `end_image_url` too makes it a
    first-and-last-frames task (the server normalises the mode). Returns the task record once
    accepted. There is no detail operation: wait by reading `list` (lists are typically
    newest first) and picking the row whose `_id` is the task's, or use a webhook. Charges credits;
    failed
    tasks are refunded.

    Args:
        body (SeedanceStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SeedanceTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SeedanceStartBody,
) -> Response[ErrorEnvelope | SeedanceTaskReply]:
    """Start a Seedance 1.5 Pro video task

     Asynchronous: starts a Seedance 1.5 Pro video task, from text (`text-to-video`, the
    default) or from `image_url` (`image-to-video`); sending `end_image_url` too makes it a
    first-and-last-frames task (the server normalises the mode). Returns the task record once
    accepted. There is no detail operation: wait by reading `list` (lists are typically
    newest first) and picking the row whose `_id` is the task's, or use a webhook. Charges credits;
    failed
    tasks are refunded.

    Args:
        body (SeedanceStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SeedanceTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SeedanceStartBody,
) -> ErrorEnvelope | SeedanceTaskReply | None:
    """Start a Seedance 1.5 Pro video task

     Asynchronous: starts a Seedance 1.5 Pro video task, from text (`text-to-video`, the
    default) or from `image_url` (`image-to-video`); sending `end_image_url` too makes it a
    first-and-last-frames task (the server normalises the mode). Returns the task record once
    accepted. There is no detail operation: wait by reading `list` (lists are typically
    newest first) and picking the row whose `_id` is the task's, or use a webhook. Charges credits;
    failed
    tasks are refunded.

    Args:
        body (SeedanceStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SeedanceTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
