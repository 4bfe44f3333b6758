from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.product_avatar_start_body import ProductAvatarStartBody
from ...models.product_avatar_task_reply import ProductAvatarTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: ProductAvatarStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/productAvatar/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ProductAvatarTaskReply | None:
    if response.status_code == 200:
        response_200 = ProductAvatarTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ProductAvatarTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProductAvatarStartBody,
) -> Response[ErrorEnvelope | ProductAvatarTaskReply]:
    """Start a product avatar task

     Asynchronous: composites a product image (`image_urls[0]`) into a person image
    (`image_urls[1]`), placed by `product_rect` and optionally guided by a prompt. Returns the
    task record once accepted; wait with `get` (or a webhook) until `current_status` is
    `completed` (the picture is then in `result_image_url`) or `failed` (the reason is in
    `failed_message`). The lifecycle is `initialized`, `sent`, `pending`, `processing`, then
    `completed` or `failed`; A2E suggests polling every 3 to 5 s. Tasks fail after 2 hours,
    and credits are refunded automatically on failure or timeout.

    Args:
        body (ProductAvatarStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProductAvatarTaskReply]
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
    body: ProductAvatarStartBody,
) -> ErrorEnvelope | ProductAvatarTaskReply | None:
    """Start a product avatar task

     Asynchronous: composites a product image (`image_urls[0]`) into a person image
    (`image_urls[1]`), placed by `product_rect` and optionally guided by a prompt. Returns the
    task record once accepted; wait with `get` (or a webhook) until `current_status` is
    `completed` (the picture is then in `result_image_url`) or `failed` (the reason is in
    `failed_message`). The lifecycle is `initialized`, `sent`, `pending`, `processing`, then
    `completed` or `failed`; A2E suggests polling every 3 to 5 s. Tasks fail after 2 hours,
    and credits are refunded automatically on failure or timeout.

    Args:
        body (ProductAvatarStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProductAvatarTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProductAvatarStartBody,
) -> Response[ErrorEnvelope | ProductAvatarTaskReply]:
    """Start a product avatar task

     Asynchronous: composites a product image (`image_urls[0]`) into a person image
    (`image_urls[1]`), placed by `product_rect` and optionally guided by a prompt. Returns the
    task record once accepted; wait with `get` (or a webhook) until `current_status` is
    `completed` (the picture is then in `result_image_url`) or `failed` (the reason is in
    `failed_message`). The lifecycle is `initialized`, `sent`, `pending`, `processing`, then
    `completed` or `failed`; A2E suggests polling every 3 to 5 s. Tasks fail after 2 hours,
    and credits are refunded automatically on failure or timeout.

    Args:
        body (ProductAvatarStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProductAvatarTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProductAvatarStartBody,
) -> ErrorEnvelope | ProductAvatarTaskReply | None:
    """Start a product avatar task

     Asynchronous: composites a product image (`image_urls[0]`) into a person image
    (`image_urls[1]`), placed by `product_rect` and optionally guided by a prompt. Returns the
    task record once accepted; wait with `get` (or a webhook) until `current_status` is
    `completed` (the picture is then in `result_image_url`) or `failed` (the reason is in
    `failed_message`). The lifecycle is `initialized`, `sent`, `pending`, `processing`, then
    `completed` or `failed`; A2E suggests polling every 3 to 5 s. Tasks fail after 2 hours,
    and credits are refunded automatically on failure or timeout.

    Args:
        body (ProductAvatarStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProductAvatarTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
