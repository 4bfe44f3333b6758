from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.virtual_try_on_start_body import VirtualTryOnStartBody
from ...models.virtual_try_on_task_reply import VirtualTryOnTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: VirtualTryOnStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/virtualTryOn/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VirtualTryOnTaskReply | None:
    if response.status_code == 200:
        response_200 = VirtualTryOnTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | VirtualTryOnTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VirtualTryOnStartBody,
) -> Response[ErrorEnvelope | VirtualTryOnTaskReply]:
    """Start a virtual try-on task

     Asynchronous: dresses the person in a photo with a clothing image. `image_urls` holds 2 to
    4 image URLs: the catalog names `[0]` the person and `[1]` the clothing; public callers
    send exactly four, in the order person, person mask, clothing, clothing mask. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). The
    result image is in `result_image_url`. Charges credits; failed tasks are refunded.

    Args:
        body (VirtualTryOnStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VirtualTryOnTaskReply]
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
    body: VirtualTryOnStartBody,
) -> ErrorEnvelope | VirtualTryOnTaskReply | None:
    """Start a virtual try-on task

     Asynchronous: dresses the person in a photo with a clothing image. `image_urls` holds 2 to
    4 image URLs: the catalog names `[0]` the person and `[1]` the clothing; public callers
    send exactly four, in the order person, person mask, clothing, clothing mask. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). The
    result image is in `result_image_url`. Charges credits; failed tasks are refunded.

    Args:
        body (VirtualTryOnStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VirtualTryOnTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VirtualTryOnStartBody,
) -> Response[ErrorEnvelope | VirtualTryOnTaskReply]:
    """Start a virtual try-on task

     Asynchronous: dresses the person in a photo with a clothing image. `image_urls` holds 2 to
    4 image URLs: the catalog names `[0]` the person and `[1]` the clothing; public callers
    send exactly four, in the order person, person mask, clothing, clothing mask. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). The
    result image is in `result_image_url`. Charges credits; failed tasks are refunded.

    Args:
        body (VirtualTryOnStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VirtualTryOnTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VirtualTryOnStartBody,
) -> ErrorEnvelope | VirtualTryOnTaskReply | None:
    """Start a virtual try-on task

     Asynchronous: dresses the person in a photo with a clothing image. `image_urls` holds 2 to
    4 image URLs: the catalog names `[0]` the person and `[1]` the clothing; public callers
    send exactly four, in the order person, person mask, clothing, clothing mask. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). The
    result image is in `result_image_url`. Charges credits; failed tasks are refunded.

    Args:
        body (VirtualTryOnStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VirtualTryOnTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
