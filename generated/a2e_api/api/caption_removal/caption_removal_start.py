from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.caption_removal_start_body import CaptionRemovalStartBody
from ...models.caption_removal_start_response_200 import CaptionRemovalStartResponse200
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CaptionRemovalStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userCaptionRemoval/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CaptionRemovalStartResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CaptionRemovalStartResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorEnvelope.from_dict(response.json())

        return response_402

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorEnvelope.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CaptionRemovalStartResponse200 | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CaptionRemovalStartBody,
) -> Response[CaptionRemovalStartResponse200 | ErrorEnvelope]:
    """Start a caption removal task

     Asynchronous: removes burned-in captions (on-screen text) from the video at `source_url`.
    Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
    failed tasks are refunded.

    Args:
        body (CaptionRemovalStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaptionRemovalStartResponse200 | ErrorEnvelope]
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
    body: CaptionRemovalStartBody,
) -> CaptionRemovalStartResponse200 | ErrorEnvelope | None:
    """Start a caption removal task

     Asynchronous: removes burned-in captions (on-screen text) from the video at `source_url`.
    Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
    failed tasks are refunded.

    Args:
        body (CaptionRemovalStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaptionRemovalStartResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CaptionRemovalStartBody,
) -> Response[CaptionRemovalStartResponse200 | ErrorEnvelope]:
    """Start a caption removal task

     Asynchronous: removes burned-in captions (on-screen text) from the video at `source_url`.
    Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
    failed tasks are refunded.

    Args:
        body (CaptionRemovalStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaptionRemovalStartResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CaptionRemovalStartBody,
) -> CaptionRemovalStartResponse200 | ErrorEnvelope | None:
    """Start a caption removal task

     Asynchronous: removes burned-in captions (on-screen text) from the video at `source_url`.
    Returns the task record once accepted; wait with `get` (or a webhook). Charges credits;
    failed tasks are refunded.

    Args:
        body (CaptionRemovalStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaptionRemovalStartResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
