from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_image_list_reply import BackgroundImageListReply
from ...models.backgrounds_list_body import BackgroundsListBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: BackgroundsListBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/custom_back/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundImageListReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BackgroundImageListReply.from_dict(response.json())

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
) -> Response[BackgroundImageListReply | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BackgroundsListBody,
) -> Response[BackgroundImageListReply | ErrorEnvelope]:
    """List the custom backgrounds

     The caller's custom backgrounds, as a list of background records (inferred shape). The
    catalog mentions pagination and filter controls but documents no body fields, so the body
    is open: send them through `extra_body`. `list_all` returns system and custom backgrounds
    together.

    Args:
        body (BackgroundsListBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundImageListReply | ErrorEnvelope]
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
    body: BackgroundsListBody,
) -> BackgroundImageListReply | ErrorEnvelope | None:
    """List the custom backgrounds

     The caller's custom backgrounds, as a list of background records (inferred shape). The
    catalog mentions pagination and filter controls but documents no body fields, so the body
    is open: send them through `extra_body`. `list_all` returns system and custom backgrounds
    together.

    Args:
        body (BackgroundsListBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundImageListReply | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BackgroundsListBody,
) -> Response[BackgroundImageListReply | ErrorEnvelope]:
    """List the custom backgrounds

     The caller's custom backgrounds, as a list of background records (inferred shape). The
    catalog mentions pagination and filter controls but documents no body fields, so the body
    is open: send them through `extra_body`. `list_all` returns system and custom backgrounds
    together.

    Args:
        body (BackgroundsListBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundImageListReply | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BackgroundsListBody,
) -> BackgroundImageListReply | ErrorEnvelope | None:
    """List the custom backgrounds

     The caller's custom backgrounds, as a list of background records (inferred shape). The
    catalog mentions pagination and filter controls but documents no body fields, so the body
    is open: send them through `extra_body`. `list_all` returns system and custom backgrounds
    together.

    Args:
        body (BackgroundsListBody): Not documented; every field is sent as given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundImageListReply | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
