from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.image_to_video_extend_flf_2v_prompt_body import (
    ImageToVideoExtendFlf2VPromptBody,
)
from ...models.image_to_video_prompt_extension_reply import (
    ImageToVideoPromptExtensionReply,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ImageToVideoExtendFlf2VPromptBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userImage2Video/flf2v_prompt_extension",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ImageToVideoPromptExtensionReply | None:
    if response.status_code == 200:
        response_200 = ImageToVideoPromptExtensionReply.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ImageToVideoPromptExtensionReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImageToVideoExtendFlf2VPromptBody,
) -> Response[ErrorEnvelope | ImageToVideoPromptExtensionReply]:
    """Extend a prompt for first/last-frame image to video

     Has an LLM rewrite a prompt and negative prompt for a first/last-frame (`FLF2V`) task, from
    both frame images. The reply is modelled, by inference, as the rewritten `prompt` and
    `negative_prompt`.

    With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
    `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
    `stream` unset or `false` when calling it through this client.

    Args:
        body (ImageToVideoExtendFlf2VPromptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ImageToVideoPromptExtensionReply]
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
    body: ImageToVideoExtendFlf2VPromptBody,
) -> ErrorEnvelope | ImageToVideoPromptExtensionReply | None:
    """Extend a prompt for first/last-frame image to video

     Has an LLM rewrite a prompt and negative prompt for a first/last-frame (`FLF2V`) task, from
    both frame images. The reply is modelled, by inference, as the rewritten `prompt` and
    `negative_prompt`.

    With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
    `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
    `stream` unset or `false` when calling it through this client.

    Args:
        body (ImageToVideoExtendFlf2VPromptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ImageToVideoPromptExtensionReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImageToVideoExtendFlf2VPromptBody,
) -> Response[ErrorEnvelope | ImageToVideoPromptExtensionReply]:
    """Extend a prompt for first/last-frame image to video

     Has an LLM rewrite a prompt and negative prompt for a first/last-frame (`FLF2V`) task, from
    both frame images. The reply is modelled, by inference, as the rewritten `prompt` and
    `negative_prompt`.

    With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
    `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
    `stream` unset or `false` when calling it through this client.

    Args:
        body (ImageToVideoExtendFlf2VPromptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ImageToVideoPromptExtensionReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImageToVideoExtendFlf2VPromptBody,
) -> ErrorEnvelope | ImageToVideoPromptExtensionReply | None:
    """Extend a prompt for first/last-frame image to video

     Has an LLM rewrite a prompt and negative prompt for a first/last-frame (`FLF2V`) task, from
    both frame images. The reply is modelled, by inference, as the rewritten `prompt` and
    `negative_prompt`.

    With `stream: true` the server answers with Server-Sent Events (`delta`, `result`, `done`,
    `error`) instead of a JSON envelope; this operation models only the JSON reply, so leave
    `stream` unset or `false` when calling it through this client.

    Args:
        body (ImageToVideoExtendFlf2VPromptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ImageToVideoPromptExtensionReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
