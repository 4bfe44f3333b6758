from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.face_swap_start_body import FaceSwapStartBody
from ...models.face_swap_task_reply import FaceSwapTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: FaceSwapStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userFaceSwapTask/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FaceSwapTaskReply | None:
    if response.status_code == 200:
        response_200 = FaceSwapTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | FaceSwapTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FaceSwapStartBody,
) -> Response[ErrorEnvelope | FaceSwapTaskReply]:
    """Start a face swap task

     Asynchronous: replaces the face in `video_url` with `face_url`. Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
    `model_version` `v1` (the default per the catalog's text) is the JAH pipeline; `v2` runs on
    ComfyUI and works on images only.

    Args:
        body (FaceSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FaceSwapTaskReply]
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
    body: FaceSwapStartBody,
) -> ErrorEnvelope | FaceSwapTaskReply | None:
    """Start a face swap task

     Asynchronous: replaces the face in `video_url` with `face_url`. Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
    `model_version` `v1` (the default per the catalog's text) is the JAH pipeline; `v2` runs on
    ComfyUI and works on images only.

    Args:
        body (FaceSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FaceSwapTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FaceSwapStartBody,
) -> Response[ErrorEnvelope | FaceSwapTaskReply]:
    """Start a face swap task

     Asynchronous: replaces the face in `video_url` with `face_url`. Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
    `model_version` `v1` (the default per the catalog's text) is the JAH pipeline; `v2` runs on
    ComfyUI and works on images only.

    Args:
        body (FaceSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FaceSwapTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FaceSwapStartBody,
) -> ErrorEnvelope | FaceSwapTaskReply | None:
    """Start a face swap task

     Asynchronous: replaces the face in `video_url` with `face_url`. Returns the task record once
    accepted; wait with `get` (or a webhook). Charges credits; failed tasks are refunded.
    `model_version` `v1` (the default per the catalog's text) is the JAH pipeline; `v2` runs on
    ComfyUI and works on images only.

    Args:
        body (FaceSwapStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FaceSwapTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
