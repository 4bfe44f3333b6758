from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.video_twin_eye_contact_body import VideoTwinEyeContactBody
from ...models.video_twin_reply import VideoTwinReply
from ...types import Response


def _get_kwargs(
    *,
    body: VideoTwinEyeContactBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userVideoTwin/eyeContact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VideoTwinReply | None:
    if response.status_code == 200:
        response_200 = VideoTwinReply.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | VideoTwinReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoTwinEyeContactBody,
) -> Response[ErrorEnvelope | VideoTwinReply]:
    """Start eye-contact enhancement

     Asynchronous: starts AI eye-contact enhancement of a video twin. The reply confirms
    acceptance and is modelled, by inference, as the twin's record; wait with `get` on the
    same `_id`.

    Args:
        body (VideoTwinEyeContactBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VideoTwinReply]
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
    body: VideoTwinEyeContactBody,
) -> ErrorEnvelope | VideoTwinReply | None:
    """Start eye-contact enhancement

     Asynchronous: starts AI eye-contact enhancement of a video twin. The reply confirms
    acceptance and is modelled, by inference, as the twin's record; wait with `get` on the
    same `_id`.

    Args:
        body (VideoTwinEyeContactBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VideoTwinReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoTwinEyeContactBody,
) -> Response[ErrorEnvelope | VideoTwinReply]:
    """Start eye-contact enhancement

     Asynchronous: starts AI eye-contact enhancement of a video twin. The reply confirms
    acceptance and is modelled, by inference, as the twin's record; wait with `get` on the
    same `_id`.

    Args:
        body (VideoTwinEyeContactBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VideoTwinReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VideoTwinEyeContactBody,
) -> ErrorEnvelope | VideoTwinReply | None:
    """Start eye-contact enhancement

     Asynchronous: starts AI eye-contact enhancement of a video twin. The reply confirms
    acceptance and is modelled, by inference, as the twin's record; wait with `get` on the
    same `_id`.

    Args:
        body (VideoTwinEyeContactBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VideoTwinReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
