from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.kling_omni_start_body import KlingOmniStartBody
from ...models.kling_omni_task_reply import KlingOmniTaskReply
from ...types import Response


def _get_kwargs(
    *,
    body: KlingOmniStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/klingOmni/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | KlingOmniTaskReply | None:
    if response.status_code == 200:
        response_200 = KlingOmniTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | KlingOmniTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: KlingOmniStartBody,
) -> Response[ErrorEnvelope | KlingOmniTaskReply]:
    """Start a Kling Omni video task

     Asynchronous: creates a Kling Omni (`kling-v3-omni`) video task of 3 to 15 seconds through a
    simplified wrapper of Kling's official API. Reference images go in `image_list` (up to 7) and
    are named in the prompt as `<<<image_1>>>`, `<<<image_2>>>`, ... With `multi_shot` the video
    is a storyboard: `shot_type` `intelligence` lets the AI director split the prompt,
    `customize` takes the shots from `multi_prompt` (1 to 6 prompts whose durations add up to
    `duration`). `mode` `std` is 720p, `pro` 1080p. The server converts these fields to the
    official format (`image_list` to `[{image_url}]`, `sound` to on/off, an `index` on each
    `multi_prompt` item). Returns the task record once accepted; wait with `get` (or a
    webhook). Charges credits.

    Args:
        body (KlingOmniStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KlingOmniTaskReply]
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
    body: KlingOmniStartBody,
) -> ErrorEnvelope | KlingOmniTaskReply | None:
    """Start a Kling Omni video task

     Asynchronous: creates a Kling Omni (`kling-v3-omni`) video task of 3 to 15 seconds through a
    simplified wrapper of Kling's official API. Reference images go in `image_list` (up to 7) and
    are named in the prompt as `<<<image_1>>>`, `<<<image_2>>>`, ... With `multi_shot` the video
    is a storyboard: `shot_type` `intelligence` lets the AI director split the prompt,
    `customize` takes the shots from `multi_prompt` (1 to 6 prompts whose durations add up to
    `duration`). `mode` `std` is 720p, `pro` 1080p. The server converts these fields to the
    official format (`image_list` to `[{image_url}]`, `sound` to on/off, an `index` on each
    `multi_prompt` item). Returns the task record once accepted; wait with `get` (or a
    webhook). Charges credits.

    Args:
        body (KlingOmniStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KlingOmniTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: KlingOmniStartBody,
) -> Response[ErrorEnvelope | KlingOmniTaskReply]:
    """Start a Kling Omni video task

     Asynchronous: creates a Kling Omni (`kling-v3-omni`) video task of 3 to 15 seconds through a
    simplified wrapper of Kling's official API. Reference images go in `image_list` (up to 7) and
    are named in the prompt as `<<<image_1>>>`, `<<<image_2>>>`, ... With `multi_shot` the video
    is a storyboard: `shot_type` `intelligence` lets the AI director split the prompt,
    `customize` takes the shots from `multi_prompt` (1 to 6 prompts whose durations add up to
    `duration`). `mode` `std` is 720p, `pro` 1080p. The server converts these fields to the
    official format (`image_list` to `[{image_url}]`, `sound` to on/off, an `index` on each
    `multi_prompt` item). Returns the task record once accepted; wait with `get` (or a
    webhook). Charges credits.

    Args:
        body (KlingOmniStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KlingOmniTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: KlingOmniStartBody,
) -> ErrorEnvelope | KlingOmniTaskReply | None:
    """Start a Kling Omni video task

     Asynchronous: creates a Kling Omni (`kling-v3-omni`) video task of 3 to 15 seconds through a
    simplified wrapper of Kling's official API. Reference images go in `image_list` (up to 7) and
    are named in the prompt as `<<<image_1>>>`, `<<<image_2>>>`, ... With `multi_shot` the video
    is a storyboard: `shot_type` `intelligence` lets the AI director split the prompt,
    `customize` takes the shots from `multi_prompt` (1 to 6 prompts whose durations add up to
    `duration`). `mode` `std` is 720p, `pro` 1080p. The server converts these fields to the
    official format (`image_list` to `[{image_url}]`, `sound` to on/off, an `index` on each
    `multi_prompt` item). Returns the task record once accepted; wait with `get` (or a
    webhook). Charges credits.

    Args:
        body (KlingOmniStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KlingOmniTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
