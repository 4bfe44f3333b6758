from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credits_history_response_200 import CreditsHistoryResponse200
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_num: int | Unset = 1,
    page_size: int | Unset = 10,
    is_consumption: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    params["is_consumption"] = is_consumption

    params["startDate"] = start_date

    params["endDate"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/transactionRecord/creditsHistory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditsHistoryResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreditsHistoryResponse200.from_dict(response.json())

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
) -> Response[CreditsHistoryResponse200 | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_num: int | Unset = 1,
    page_size: int | Unset = 10,
    is_consumption: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Response[CreditsHistoryResponse200 | ErrorEnvelope]:
    """List credit transactions

     Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts are
    consumption.

    Args:
        page_num (int | Unset): Page number, from 1. Default: 1.
        page_size (int | Unset): Records per page. Default: 10.
        is_consumption (bool | Unset): `true`: only consumption records; `false`: only credit
            income.
        start_date (str | Unset): Inclusive ISO 8601 date-time lower bound on `createdAt`.
        end_date (str | Unset): Inclusive ISO 8601 date-time upper bound on `createdAt`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsHistoryResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        is_consumption=is_consumption,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_num: int | Unset = 1,
    page_size: int | Unset = 10,
    is_consumption: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> CreditsHistoryResponse200 | ErrorEnvelope | None:
    """List credit transactions

     Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts are
    consumption.

    Args:
        page_num (int | Unset): Page number, from 1. Default: 1.
        page_size (int | Unset): Records per page. Default: 10.
        is_consumption (bool | Unset): `true`: only consumption records; `false`: only credit
            income.
        start_date (str | Unset): Inclusive ISO 8601 date-time lower bound on `createdAt`.
        end_date (str | Unset): Inclusive ISO 8601 date-time upper bound on `createdAt`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsHistoryResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        page_num=page_num,
        page_size=page_size,
        is_consumption=is_consumption,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_num: int | Unset = 1,
    page_size: int | Unset = 10,
    is_consumption: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Response[CreditsHistoryResponse200 | ErrorEnvelope]:
    """List credit transactions

     Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts are
    consumption.

    Args:
        page_num (int | Unset): Page number, from 1. Default: 1.
        page_size (int | Unset): Records per page. Default: 10.
        is_consumption (bool | Unset): `true`: only consumption records; `false`: only credit
            income.
        start_date (str | Unset): Inclusive ISO 8601 date-time lower bound on `createdAt`.
        end_date (str | Unset): Inclusive ISO 8601 date-time upper bound on `createdAt`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsHistoryResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        is_consumption=is_consumption,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_num: int | Unset = 1,
    page_size: int | Unset = 10,
    is_consumption: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> CreditsHistoryResponse200 | ErrorEnvelope | None:
    """List credit transactions

     Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts are
    consumption.

    Args:
        page_num (int | Unset): Page number, from 1. Default: 1.
        page_size (int | Unset): Records per page. Default: 10.
        is_consumption (bool | Unset): `true`: only consumption records; `false`: only credit
            income.
        start_date (str | Unset): Inclusive ISO 8601 date-time lower bound on `createdAt`.
        end_date (str | Unset): Inclusive ISO 8601 date-time upper bound on `createdAt`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsHistoryResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page_num=page_num,
            page_size=page_size,
            is_consumption=is_consumption,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
