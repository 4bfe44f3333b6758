from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.video_twin_upload_body import VideoTwinUploadBody
from ...models.video_twin_upload_reply import VideoTwinUploadReply
from ...types import Response


def _get_kwargs(
    *,
    body: VideoTwinUploadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userVideoTwin/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VideoTwinUploadReply | None:
    if response.status_code == 200:
        response_200 = VideoTwinUploadReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | VideoTwinUploadReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoTwinUploadBody,
) -> Response[ErrorEnvelope | VideoTwinUploadReply]:
    """Upload a file for a video twin

     Uploads a file for video twin creation. The catalog documents neither the body fields nor
    the content type, so the body is open: send the fields through `extra_body`. To train from a
    local file the documented route is a URL: upload it with `/api/v1/r2/upload-presigned-url`
    (or copy a public URL in with `/api/v1/tos/transferToStorage`) and pass the URL to `start`.
    The reply is modelled, by inference, as the uploaded file's record (`_id`, `url`).

    Args:
        body (VideoTwinUploadBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VideoTwinUploadReply]
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
    body: VideoTwinUploadBody,
) -> ErrorEnvelope | VideoTwinUploadReply | None:
    """Upload a file for a video twin

     Uploads a file for video twin creation. The catalog documents neither the body fields nor
    the content type, so the body is open: send the fields through `extra_body`. To train from a
    local file the documented route is a URL: upload it with `/api/v1/r2/upload-presigned-url`
    (or copy a public URL in with `/api/v1/tos/transferToStorage`) and pass the URL to `start`.
    The reply is modelled, by inference, as the uploaded file's record (`_id`, `url`).

    Args:
        body (VideoTwinUploadBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VideoTwinUploadReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoTwinUploadBody,
) -> Response[ErrorEnvelope | VideoTwinUploadReply]:
    """Upload a file for a video twin

     Uploads a file for video twin creation. The catalog documents neither the body fields nor
    the content type, so the body is open: send the fields through `extra_body`. To train from a
    local file the documented route is a URL: upload it with `/api/v1/r2/upload-presigned-url`
    (or copy a public URL in with `/api/v1/tos/transferToStorage`) and pass the URL to `start`.
    The reply is modelled, by inference, as the uploaded file's record (`_id`, `url`).

    Args:
        body (VideoTwinUploadBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VideoTwinUploadReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VideoTwinUploadBody,
) -> ErrorEnvelope | VideoTwinUploadReply | None:
    """Upload a file for a video twin

     Uploads a file for video twin creation. The catalog documents neither the body fields nor
    the content type, so the body is open: send the fields through `extra_body`. To train from a
    local file the documented route is a URL: upload it with `/api/v1/r2/upload-presigned-url`
    (or copy a public URL in with `/api/v1/tos/transferToStorage`) and pass the URL to `start`.
    The reply is modelled, by inference, as the uploaded file's record (`_id`, `url`).

    Args:
        body (VideoTwinUploadBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VideoTwinUploadReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
