from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.happy_horse_task_reply import HappyHorseTaskReply
from ...models.happyhorse_start_body import HappyhorseStartBody
from ...types import Response


def _get_kwargs(
    *,
    body: HappyhorseStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userHappyhorseVideo/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | HappyHorseTaskReply | None:
    if response.status_code == 200:
        response_200 = HappyHorseTaskReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | HappyHorseTaskReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: HappyhorseStartBody,
) -> Response[ErrorEnvelope | HappyHorseTaskReply]:
    """Start a HappyHorse video task

     Asynchronous: starts a HappyHorse video task. `mode` is `t2v` (text), `i2v` (first-frame
    image, `image_url`), `r2v` (1 to 9 `reference_image_urls`) or `video-edit`
    (`edit_video_url`, 0 to 5 reference images). `model_version` `1.0` (the default) or `1.1`
    (3 to 15 s, more ratios, 480P) applies to t2v, i2v and r2v; video editing always runs on
    1.0. Returns the task record once accepted; wait with `get` (or a webhook). Charges
    credits; failed tasks are refunded.

    Args:
        body (HappyhorseStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | HappyHorseTaskReply]
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
    body: HappyhorseStartBody,
) -> ErrorEnvelope | HappyHorseTaskReply | None:
    """Start a HappyHorse video task

     Asynchronous: starts a HappyHorse video task. `mode` is `t2v` (text), `i2v` (first-frame
    image, `image_url`), `r2v` (1 to 9 `reference_image_urls`) or `video-edit`
    (`edit_video_url`, 0 to 5 reference images). `model_version` `1.0` (the default) or `1.1`
    (3 to 15 s, more ratios, 480P) applies to t2v, i2v and r2v; video editing always runs on
    1.0. Returns the task record once accepted; wait with `get` (or a webhook). Charges
    credits; failed tasks are refunded.

    Args:
        body (HappyhorseStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | HappyHorseTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HappyhorseStartBody,
) -> Response[ErrorEnvelope | HappyHorseTaskReply]:
    """Start a HappyHorse video task

     Asynchronous: starts a HappyHorse video task. `mode` is `t2v` (text), `i2v` (first-frame
    image, `image_url`), `r2v` (1 to 9 `reference_image_urls`) or `video-edit`
    (`edit_video_url`, 0 to 5 reference images). `model_version` `1.0` (the default) or `1.1`
    (3 to 15 s, more ratios, 480P) applies to t2v, i2v and r2v; video editing always runs on
    1.0. Returns the task record once accepted; wait with `get` (or a webhook). Charges
    credits; failed tasks are refunded.

    Args:
        body (HappyhorseStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | HappyHorseTaskReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: HappyhorseStartBody,
) -> ErrorEnvelope | HappyHorseTaskReply | None:
    """Start a HappyHorse video task

     Asynchronous: starts a HappyHorse video task. `mode` is `t2v` (text), `i2v` (first-frame
    image, `image_url`), `r2v` (1 to 9 `reference_image_urls`) or `video-edit`
    (`edit_video_url`, 0 to 5 reference images). `model_version` `1.0` (the default) or `1.1`
    (3 to 15 s, more ratios, 480P) applies to t2v, i2v and r2v; video editing always runs on
    1.0. Returns the task record once accepted; wait with `get` (or a webhook). Charges
    credits; failed tasks are refunded.

    Args:
        body (HappyhorseStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | HappyHorseTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
