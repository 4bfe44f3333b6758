from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.face_swap_preview_status_response_200 import (
    FaceSwapPreviewStatusResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/userFaceSwapPreview/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FaceSwapPreviewStatusResponse200 | None:
    if response.status_code == 200:
        response_200 = FaceSwapPreviewStatusResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorEnvelope.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | FaceSwapPreviewStatusResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | FaceSwapPreviewStatusResponse200]:
    """Get a face swap preview

     The status of one preview, by `_id` in the query; once `completed`, `result_url` holds the
    preview. Poll this to wait for a preview.

    Args:
        id (str | Unset): The preview's id, from `preview`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FaceSwapPreviewStatusResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
) -> ErrorEnvelope | FaceSwapPreviewStatusResponse200 | None:
    """Get a face swap preview

     The status of one preview, by `_id` in the query; once `completed`, `result_url` holds the
    preview. Poll this to wait for a preview.

    Args:
        id (str | Unset): The preview's id, from `preview`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FaceSwapPreviewStatusResponse200
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | FaceSwapPreviewStatusResponse200]:
    """Get a face swap preview

     The status of one preview, by `_id` in the query; once `completed`, `result_url` holds the
    preview. Poll this to wait for a preview.

    Args:
        id (str | Unset): The preview's id, from `preview`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FaceSwapPreviewStatusResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
) -> ErrorEnvelope | FaceSwapPreviewStatusResponse200 | None:
    """Get a face swap preview

     The status of one preview, by `_id` in the query; once `completed`, `result_url` holds the
    preview. Poll this to wait for a preview.

    Args:
        id (str | Unset): The preview's id, from `preview`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FaceSwapPreviewStatusResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
