from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dubbing_start_body import DubbingStartBody
from ...models.dubbing_task_reply import DubbingTaskReply
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: DubbingStartBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userDubbing/startDubbing",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingTaskReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DubbingTaskReply.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DubbingTaskReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DubbingStartBody,
) -> Response[DubbingTaskReply | ErrorEnvelope]:
    """Start a dubbing task

     Asynchronous: dubs the speech of a source video or audio (`source_url`) from `source_lang`
    into `target_lang`. Returns the task record once accepted; wait with `get` (or a webhook).
    Charges credits; failed tasks are refunded. The catalog documents only the webhook fields
    of this body; the input fields below are the ones public callers send (`name`,
    `source_url`, `source_lang`, `target_lang`, `num_speakers`, `drop_background_audio`).
    None is required by the spec, since no source states which the server requires, but a
    task without `source_url` and `target_lang` has nothing to dub.

    Args:
        body (DubbingStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingTaskReply | ErrorEnvelope]
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
    body: DubbingStartBody,
) -> DubbingTaskReply | ErrorEnvelope | None:
    """Start a dubbing task

     Asynchronous: dubs the speech of a source video or audio (`source_url`) from `source_lang`
    into `target_lang`. Returns the task record once accepted; wait with `get` (or a webhook).
    Charges credits; failed tasks are refunded. The catalog documents only the webhook fields
    of this body; the input fields below are the ones public callers send (`name`,
    `source_url`, `source_lang`, `target_lang`, `num_speakers`, `drop_background_audio`).
    None is required by the spec, since no source states which the server requires, but a
    task without `source_url` and `target_lang` has nothing to dub.

    Args:
        body (DubbingStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingTaskReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DubbingStartBody,
) -> Response[DubbingTaskReply | ErrorEnvelope]:
    """Start a dubbing task

     Asynchronous: dubs the speech of a source video or audio (`source_url`) from `source_lang`
    into `target_lang`. Returns the task record once accepted; wait with `get` (or a webhook).
    Charges credits; failed tasks are refunded. The catalog documents only the webhook fields
    of this body; the input fields below are the ones public callers send (`name`,
    `source_url`, `source_lang`, `target_lang`, `num_speakers`, `drop_background_audio`).
    None is required by the spec, since no source states which the server requires, but a
    task without `source_url` and `target_lang` has nothing to dub.

    Args:
        body (DubbingStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingTaskReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DubbingStartBody,
) -> DubbingTaskReply | ErrorEnvelope | None:
    """Start a dubbing task

     Asynchronous: dubs the speech of a source video or audio (`source_url`) from `source_lang`
    into `target_lang`. Returns the task record once accepted; wait with `get` (or a webhook).
    Charges credits; failed tasks are refunded. The catalog documents only the webhook fields
    of this body; the input fields below are the ones public callers send (`name`,
    `source_url`, `source_lang`, `target_lang`, `num_speakers`, `drop_background_audio`).
    None is required by the spec, since no source states which the server requires, but a
    task without `source_url` and `target_lang` has nothing to dub.

    Args:
        body (DubbingStartBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingTaskReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
