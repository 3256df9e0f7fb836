from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_providers_response import ListProvidersResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/providers",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListProvidersResponse | None:
    if response.status_code == 200:
        response_200 = ListProvidersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | ListProvidersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ListProvidersResponse]:
    """The practice's providers, with their hours

     Every provider of the practice. Each has two ids: `id`, Cobalt's (32 characters, for
    `update_provider`), and `ehr_id`, the EHR's (for a booking's `provider` and
    `secondary_provider`). A provider appears in availability only when `status` is `active`
    and `hide_in_availability` is false. `hours` lists, by day, the shifts the provider works:
    start and end (the EHR's time zone), the facility, the dates the shift set runs, an optional
    recurrence, and optional visit-type rules (slots kept for one visit type).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListProvidersResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | ListProvidersResponse | None:
    """The practice's providers, with their hours

     Every provider of the practice. Each has two ids: `id`, Cobalt's (32 characters, for
    `update_provider`), and `ehr_id`, the EHR's (for a booking's `provider` and
    `secondary_provider`). A provider appears in availability only when `status` is `active`
    and `hide_in_availability` is false. `hours` lists, by day, the shifts the provider works:
    start and end (the EHR's time zone), the facility, the dates the shift set runs, an optional
    recurrence, and optional visit-type rules (slots kept for one visit type).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListProvidersResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ListProvidersResponse]:
    """The practice's providers, with their hours

     Every provider of the practice. Each has two ids: `id`, Cobalt's (32 characters, for
    `update_provider`), and `ehr_id`, the EHR's (for a booking's `provider` and
    `secondary_provider`). A provider appears in availability only when `status` is `active`
    and `hide_in_availability` is false. `hours` lists, by day, the shifts the provider works:
    start and end (the EHR's time zone), the facility, the dates the shift set runs, an optional
    recurrence, and optional visit-type rules (slots kept for one visit type).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListProvidersResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | ListProvidersResponse | None:
    """The practice's providers, with their hours

     Every provider of the practice. Each has two ids: `id`, Cobalt's (32 characters, for
    `update_provider`), and `ehr_id`, the EHR's (for a booking's `provider` and
    `secondary_provider`). A provider appears in availability only when `status` is `active`
    and `hide_in_availability` is false. `hours` lists, by day, the shifts the provider works:
    start and end (the EHR's time zone), the facility, the dates the shift set runs, an optional
    recurrence, and optional visit-type rules (slots kept for one visit type).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListProvidersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
