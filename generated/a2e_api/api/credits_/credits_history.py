from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credits_history_page_reply import CreditsHistoryPageReply
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
) -> CreditsHistoryPageReply | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreditsHistoryPageReply.from_dict(response.json())

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
) -> Response[CreditsHistoryPageReply | ErrorEnvelope]:
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
) -> Response[CreditsHistoryPageReply | ErrorEnvelope]:
    """List credit transactions

     Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts are
    consumption.

    Args:
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        is_consumption (bool | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsHistoryPageReply | ErrorEnvelope]
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
) -> CreditsHistoryPageReply | ErrorEnvelope | None:
    """List credit transactions

     Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts are
    consumption.

    Args:
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        is_consumption (bool | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsHistoryPageReply | ErrorEnvelope
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
) -> Response[CreditsHistoryPageReply | ErrorEnvelope]:
    """List credit transactions

     Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts are
    consumption.

    Args:
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        is_consumption (bool | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsHistoryPageReply | ErrorEnvelope]
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
) -> CreditsHistoryPageReply | ErrorEnvelope | None:
    """List credit transactions

     Credit history, one page at a time. Positive amounts are grants or purchases, negative amounts are
    consumption.

    Args:
        page_num (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        is_consumption (bool | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsHistoryPageReply | ErrorEnvelope
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
