from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.video_twin_reply import VideoTwinReply
from ...models.video_twin_start_body import VideoTwinStartBody
from ...types import Response


def _get_kwargs(
    *,
    body: VideoTwinStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userVideoTwin/startTraining",
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
    body: VideoTwinStartBody,
) -> Response[ErrorEnvelope | VideoTwinReply]:
    """Create a custom avatar from a video or an image

     Asynchronous: starts training a custom avatar ("video twin", the web app's "Quick Preview")
    from `video_url` (recommended: an MP4 or MOV of one clearly visible person, landscape or
    portrait, at least 10 s) or from `image_url` (beta; image mode is "version 2"). Returns the
    twin's record once accepted; wait with `get` until `current_status` is `completed` (public
    callers also stop as soon as `anchor_id` is set). The trained avatar then appears in
    `avatar_videos.list_characters` and is used with `anchor_type` 1 in `avatar_videos.generate`.
    Optionally train a personalised lip-sync model afterwards with `continue_training`.

    Billing (older docs): video mode is free; image mode costs 1 diamond per call (diamonds are
    exchanged from coins). URL rules: the file type is read from the URL's HTTP `Content-Type`,
    not its suffix; the URL must not contain spaces; redirects (3xx, e.g. http to https) are
    rejected; exactly one face must be visible.

    Some callers add the header `x-lang: en-US` (presumably for English error messages); it is
    optional and not modelled.

    Args:
        body (VideoTwinStartBody):

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
    body: VideoTwinStartBody,
) -> ErrorEnvelope | VideoTwinReply | None:
    """Create a custom avatar from a video or an image

     Asynchronous: starts training a custom avatar ("video twin", the web app's "Quick Preview")
    from `video_url` (recommended: an MP4 or MOV of one clearly visible person, landscape or
    portrait, at least 10 s) or from `image_url` (beta; image mode is "version 2"). Returns the
    twin's record once accepted; wait with `get` until `current_status` is `completed` (public
    callers also stop as soon as `anchor_id` is set). The trained avatar then appears in
    `avatar_videos.list_characters` and is used with `anchor_type` 1 in `avatar_videos.generate`.
    Optionally train a personalised lip-sync model afterwards with `continue_training`.

    Billing (older docs): video mode is free; image mode costs 1 diamond per call (diamonds are
    exchanged from coins). URL rules: the file type is read from the URL's HTTP `Content-Type`,
    not its suffix; the URL must not contain spaces; redirects (3xx, e.g. http to https) are
    rejected; exactly one face must be visible.

    Some callers add the header `x-lang: en-US` (presumably for English error messages); it is
    optional and not modelled.

    Args:
        body (VideoTwinStartBody):

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
    body: VideoTwinStartBody,
) -> Response[ErrorEnvelope | VideoTwinReply]:
    """Create a custom avatar from a video or an image

     Asynchronous: starts training a custom avatar ("video twin", the web app's "Quick Preview")
    from `video_url` (recommended: an MP4 or MOV of one clearly visible person, landscape or
    portrait, at least 10 s) or from `image_url` (beta; image mode is "version 2"). Returns the
    twin's record once accepted; wait with `get` until `current_status` is `completed` (public
    callers also stop as soon as `anchor_id` is set). The trained avatar then appears in
    `avatar_videos.list_characters` and is used with `anchor_type` 1 in `avatar_videos.generate`.
    Optionally train a personalised lip-sync model afterwards with `continue_training`.

    Billing (older docs): video mode is free; image mode costs 1 diamond per call (diamonds are
    exchanged from coins). URL rules: the file type is read from the URL's HTTP `Content-Type`,
    not its suffix; the URL must not contain spaces; redirects (3xx, e.g. http to https) are
    rejected; exactly one face must be visible.

    Some callers add the header `x-lang: en-US` (presumably for English error messages); it is
    optional and not modelled.

    Args:
        body (VideoTwinStartBody):

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
    body: VideoTwinStartBody,
) -> ErrorEnvelope | VideoTwinReply | None:
    """Create a custom avatar from a video or an image

     Asynchronous: starts training a custom avatar ("video twin", the web app's "Quick Preview")
    from `video_url` (recommended: an MP4 or MOV of one clearly visible person, landscape or
    portrait, at least 10 s) or from `image_url` (beta; image mode is "version 2"). Returns the
    twin's record once accepted; wait with `get` until `current_status` is `completed` (public
    callers also stop as soon as `anchor_id` is set). The trained avatar then appears in
    `avatar_videos.list_characters` and is used with `anchor_type` 1 in `avatar_videos.generate`.
    Optionally train a personalised lip-sync model afterwards with `continue_training`.

    Billing (older docs): video mode is free; image mode costs 1 diamond per call (diamonds are
    exchanged from coins). URL rules: the file type is read from the URL's HTTP `Content-Type`,
    not its suffix; the URL must not contain spaces; redirects (3xx, e.g. http to https) are
    rejected; exactly one face must be visible.

    Some callers add the header `x-lang: en-US` (presumably for English error messages); it is
    optional and not modelled.

    Args:
        body (VideoTwinStartBody):

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
