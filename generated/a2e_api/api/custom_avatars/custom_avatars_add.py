from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_avatar_reply import CustomAvatarReply
from ...models.custom_avatars_add_body import CustomAvatarsAddBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CustomAvatarsAddBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/custom_avatar/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomAvatarReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CustomAvatarReply.from_dict(response.json())

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
) -> Response[CustomAvatarReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CustomAvatarsAddBody,
) -> Response[CustomAvatarReply | ErrorEnvelope]:
    """Add a custom avatar

     Adds a custom avatar to the caller's library from submitted media and metadata. The catalog
    documents no body fields, so the body is open: send the fields through `extra_body`. The
    reply is modelled, by inference, as the new custom avatar's record.

    Args:
        body (CustomAvatarsAddBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAvatarReply | ErrorEnvelope]
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
    body: CustomAvatarsAddBody,
) -> CustomAvatarReply | ErrorEnvelope | None:
    """Add a custom avatar

     Adds a custom avatar to the caller's library from submitted media and metadata. The catalog
    documents no body fields, so the body is open: send the fields through `extra_body`. The
    reply is modelled, by inference, as the new custom avatar's record.

    Args:
        body (CustomAvatarsAddBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAvatarReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CustomAvatarsAddBody,
) -> Response[CustomAvatarReply | ErrorEnvelope]:
    """Add a custom avatar

     Adds a custom avatar to the caller's library from submitted media and metadata. The catalog
    documents no body fields, so the body is open: send the fields through `extra_body`. The
    reply is modelled, by inference, as the new custom avatar's record.

    Args:
        body (CustomAvatarsAddBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAvatarReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CustomAvatarsAddBody,
) -> CustomAvatarReply | ErrorEnvelope | None:
    """Add a custom avatar

     Adds a custom avatar to the caller's library from submitted media and metadata. The catalog
    documents no body fields, so the body is open: send the fields through `extra_body`. The
    reply is modelled, by inference, as the new custom avatar's record.

    Args:
        body (CustomAvatarsAddBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAvatarReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
