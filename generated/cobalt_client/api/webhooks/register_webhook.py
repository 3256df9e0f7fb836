from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.register_webhook_request import RegisterWebhookRequest
from ...models.register_webhook_response import RegisterWebhookResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RegisterWebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegisterWebhookResponse | None:
    if response.status_code == 200:
        response_200 = RegisterWebhookResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RegisterWebhookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterWebhookRequest,
) -> Response[Error | RegisterWebhookResponse]:
    """Register a webhook URL

     Adds a URL that every event of the integration's access tokens is POSTed to (from the
    vendor's webhook documentation; several URLs may be registered). The answer carries the
    secret that signs the deliveries: store it as a credential.

    Args:
        body (RegisterWebhookRequest): The URL to register, as `webhook_url` (every example of the
            vendor's) or `url` (the API
            reference page's schema); one of the two.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegisterWebhookResponse]
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
    body: RegisterWebhookRequest,
) -> Error | RegisterWebhookResponse | None:
    """Register a webhook URL

     Adds a URL that every event of the integration's access tokens is POSTed to (from the
    vendor's webhook documentation; several URLs may be registered). The answer carries the
    secret that signs the deliveries: store it as a credential.

    Args:
        body (RegisterWebhookRequest): The URL to register, as `webhook_url` (every example of the
            vendor's) or `url` (the API
            reference page's schema); one of the two.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegisterWebhookResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterWebhookRequest,
) -> Response[Error | RegisterWebhookResponse]:
    """Register a webhook URL

     Adds a URL that every event of the integration's access tokens is POSTed to (from the
    vendor's webhook documentation; several URLs may be registered). The answer carries the
    secret that signs the deliveries: store it as a credential.

    Args:
        body (RegisterWebhookRequest): The URL to register, as `webhook_url` (every example of the
            vendor's) or `url` (the API
            reference page's schema); one of the two.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegisterWebhookResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RegisterWebhookRequest,
) -> Error | RegisterWebhookResponse | None:
    """Register a webhook URL

     Adds a URL that every event of the integration's access tokens is POSTed to (from the
    vendor's webhook documentation; several URLs may be registered). The answer carries the
    secret that signs the deliveries: store it as a credential.

    Args:
        body (RegisterWebhookRequest): The URL to register, as `webhook_url` (every example of the
            vendor's) or `url` (the API
            reference page's schema); one of the two.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegisterWebhookResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
