from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.caption_removal_retry_body import CaptionRemovalRetryBody
from ...models.caption_removal_task_reply import CaptionRemovalTaskReply
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CaptionRemovalRetryBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userCaptionRemoval/retry",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CaptionRemovalTaskReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CaptionRemovalTaskReply.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

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
) -> Response[CaptionRemovalTaskReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CaptionRemovalRetryBody,
) -> Response[CaptionRemovalTaskReply | ErrorEnvelope]:
    """Retry a failed caption removal task

     Asynchronous: asks for another attempt of an eligible failed caption removal task
    (eligibility and charging follow task-specific rules). The reply confirms acceptance and
    is modelled, by inference, as the task's record; keep polling `get` on the same `_id`. The
    catalog documents no request fields; `_id` is inferred from the sibling calls, and other
    fields pass through as given.

    Args:
        body (CaptionRemovalRetryBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaptionRemovalTaskReply | ErrorEnvelope]
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
    body: CaptionRemovalRetryBody,
) -> CaptionRemovalTaskReply | ErrorEnvelope | None:
    """Retry a failed caption removal task

     Asynchronous: asks for another attempt of an eligible failed caption removal task
    (eligibility and charging follow task-specific rules). The reply confirms acceptance and
    is modelled, by inference, as the task's record; keep polling `get` on the same `_id`. The
    catalog documents no request fields; `_id` is inferred from the sibling calls, and other
    fields pass through as given.

    Args:
        body (CaptionRemovalRetryBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaptionRemovalTaskReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CaptionRemovalRetryBody,
) -> Response[CaptionRemovalTaskReply | ErrorEnvelope]:
    """Retry a failed caption removal task

     Asynchronous: asks for another attempt of an eligible failed caption removal task
    (eligibility and charging follow task-specific rules). The reply confirms acceptance and
    is modelled, by inference, as the task's record; keep polling `get` on the same `_id`. The
    catalog documents no request fields; `_id` is inferred from the sibling calls, and other
    fields pass through as given.

    Args:
        body (CaptionRemovalRetryBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaptionRemovalTaskReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CaptionRemovalRetryBody,
) -> CaptionRemovalTaskReply | ErrorEnvelope | None:
    """Retry a failed caption removal task

     Asynchronous: asks for another attempt of an eligible failed caption removal task
    (eligibility and charging follow task-specific rules). The reply confirms acceptance and
    is modelled, by inference, as the task's record; keep polling `get` on the same `_id`. The
    catalog documents no request fields; `_id` is inferred from the sibling calls, and other
    fields pass through as given.

    Args:
        body (CaptionRemovalRetryBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaptionRemovalTaskReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
