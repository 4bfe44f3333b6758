from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.motion_transfer_start_body import MotionTransferStartBody
from ...models.motion_transfer_task_reply import MotionTransferTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: MotionTransferStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/motionTransfer/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MotionTransferTaskReply | None:
    if response.status_code == 200:
        response_200 = MotionTransferTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MotionTransferTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MotionTransferStartBody,
) -> Response[ErrorEnvelope | MotionTransferTaskReply]:
    """Start a motion transfer task

     Asynchronous: transfers the motion of the control video `video_url` onto the person in the
    reference image `image_url` (public code calls it video to video). Send `image_url`, or
    (as one public caller does) a trained avatar's `user_video_twin_id` instead. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). The
    result video is in `result_video_url`. Charges credits; failed tasks are refunded.

    Args:
        body (MotionTransferStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MotionTransferTaskReply]
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
    body: MotionTransferStartBody,
) -> ErrorEnvelope | MotionTransferTaskReply | None:
    """Start a motion transfer task

     Asynchronous: transfers the motion of the control video `video_url` onto the person in the
    reference image `image_url` (public code calls it video to video). Send `image_url`, or
    (as one public caller does) a trained avatar's `user_video_twin_id` instead. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). The
    result video is in `result_video_url`. Charges credits; failed tasks are refunded.

    Args:
        body (MotionTransferStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MotionTransferTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MotionTransferStartBody,
) -> Response[ErrorEnvelope | MotionTransferTaskReply]:
    """Start a motion transfer task

     Asynchronous: transfers the motion of the control video `video_url` onto the person in the
    reference image `image_url` (public code calls it video to video). Send `image_url`, or
    (as one public caller does) a trained avatar's `user_video_twin_id` instead. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). The
    result video is in `result_video_url`. Charges credits; failed tasks are refunded.

    Args:
        body (MotionTransferStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MotionTransferTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MotionTransferStartBody,
) -> ErrorEnvelope | MotionTransferTaskReply | None:
    """Start a motion transfer task

     Asynchronous: transfers the motion of the control video `video_url` onto the person in the
    reference image `image_url` (public code calls it video to video). Send `image_url`, or
    (as one public caller does) a trained avatar's `user_video_twin_id` instead. Returns the
    task record once accepted; wait with `get` (or a webhook, for API-token callers). The
    result video is in `result_video_url`. Charges credits; failed tasks are refunded.

    Args:
        body (MotionTransferStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MotionTransferTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
