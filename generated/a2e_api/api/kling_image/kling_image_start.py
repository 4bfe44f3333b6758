from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.kling_image_start_body import KlingImageStartBody
from ...models.kling_image_task_list_reply import KlingImageTaskListReply
from ...types import Response


def _get_kwargs(
    *,
    body: KlingImageStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userKlingImage/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | KlingImageTaskListReply | None:
    if response.status_code == 200:
        response_200 = KlingImageTaskListReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | KlingImageTaskListReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: KlingImageStartBody,
) -> Response[ErrorEnvelope | KlingImageTaskListReply]:
    """Start Kling 3.0 image tasks

     Asynchronous: generates `n` images (1 to 9) from a prompt and optional reference images.
    The catalog says a call creates one or more tasks, so `data` is a list of task records;
    wait for each with `get` (or `batch_detail`, or a webhook). `resolution` is written with a
    lower-case k (`1k`, `2k`), unlike the other image families. Charges credits; failed tasks
    are refunded.

    Args:
        body (KlingImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KlingImageTaskListReply]
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
    body: KlingImageStartBody,
) -> ErrorEnvelope | KlingImageTaskListReply | None:
    """Start Kling 3.0 image tasks

     Asynchronous: generates `n` images (1 to 9) from a prompt and optional reference images.
    The catalog says a call creates one or more tasks, so `data` is a list of task records;
    wait for each with `get` (or `batch_detail`, or a webhook). `resolution` is written with a
    lower-case k (`1k`, `2k`), unlike the other image families. Charges credits; failed tasks
    are refunded.

    Args:
        body (KlingImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KlingImageTaskListReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: KlingImageStartBody,
) -> Response[ErrorEnvelope | KlingImageTaskListReply]:
    """Start Kling 3.0 image tasks

     Asynchronous: generates `n` images (1 to 9) from a prompt and optional reference images.
    The catalog says a call creates one or more tasks, so `data` is a list of task records;
    wait for each with `get` (or `batch_detail`, or a webhook). `resolution` is written with a
    lower-case k (`1k`, `2k`), unlike the other image families. Charges credits; failed tasks
    are refunded.

    Args:
        body (KlingImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KlingImageTaskListReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: KlingImageStartBody,
) -> ErrorEnvelope | KlingImageTaskListReply | None:
    """Start Kling 3.0 image tasks

     Asynchronous: generates `n` images (1 to 9) from a prompt and optional reference images.
    The catalog says a call creates one or more tasks, so `data` is a list of task records;
    wait for each with `get` (or `batch_detail`, or a webhook). `resolution` is written with a
    lower-case k (`1k`, `2k`), unlike the other image families. Charges credits; failed tasks
    are refunded.

    Args:
        body (KlingImageStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KlingImageTaskListReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
