from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.grok_start_body import GrokStartBody
from ...models.grok_video_task_reply import GrokVideoTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: GrokStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/grokVideo/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GrokVideoTaskReply | None:
    if response.status_code == 200:
        response_200 = GrokVideoTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | GrokVideoTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GrokStartBody,
) -> Response[ErrorEnvelope | GrokVideoTaskReply]:
    """Start a Grok Imagine video task

     Asynchronous: creates a Grok Imagine video task, from a prompt (`text-to-video`) or from
    one or more reference images (`image-to-video`), 6, 10 or 15 seconds long. `model_version`
    `1.5` (Grok Imagine Video 1.5) does image-to-video only; for image-to-video the upstream
    may turn `spicy` mode into `normal`. Returns the task record once accepted; wait with
    `get` (or a webhook) until `current_status` is `completed` or `failed`. Charges credits.

    Args:
        body (GrokStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GrokVideoTaskReply]
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
    body: GrokStartBody,
) -> ErrorEnvelope | GrokVideoTaskReply | None:
    """Start a Grok Imagine video task

     Asynchronous: creates a Grok Imagine video task, from a prompt (`text-to-video`) or from
    one or more reference images (`image-to-video`), 6, 10 or 15 seconds long. `model_version`
    `1.5` (Grok Imagine Video 1.5) does image-to-video only; for image-to-video the upstream
    may turn `spicy` mode into `normal`. Returns the task record once accepted; wait with
    `get` (or a webhook) until `current_status` is `completed` or `failed`. Charges credits.

    Args:
        body (GrokStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GrokVideoTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GrokStartBody,
) -> Response[ErrorEnvelope | GrokVideoTaskReply]:
    """Start a Grok Imagine video task

     Asynchronous: creates a Grok Imagine video task, from a prompt (`text-to-video`) or from
    one or more reference images (`image-to-video`), 6, 10 or 15 seconds long. `model_version`
    `1.5` (Grok Imagine Video 1.5) does image-to-video only; for image-to-video the upstream
    may turn `spicy` mode into `normal`. Returns the task record once accepted; wait with
    `get` (or a webhook) until `current_status` is `completed` or `failed`. Charges credits.

    Args:
        body (GrokStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GrokVideoTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GrokStartBody,
) -> ErrorEnvelope | GrokVideoTaskReply | None:
    """Start a Grok Imagine video task

     Asynchronous: creates a Grok Imagine video task, from a prompt (`text-to-video`) or from
    one or more reference images (`image-to-video`), 6, 10 or 15 seconds long. `model_version`
    `1.5` (Grok Imagine Video 1.5) does image-to-video only; for image-to-video the upstream
    may turn `spicy` mode into `normal`. Returns the task record once accepted; wait with
    `get` (or a webhook) until `current_status` is `completed` or `failed`. Charges credits.

    Args:
        body (GrokStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GrokVideoTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
