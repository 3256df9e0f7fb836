from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_insurance_providers_active import ListInsuranceProvidersActive
from ...models.list_insurance_providers_response import ListInsuranceProvidersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    active: ListInsuranceProvidersActive | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/insurance-providers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListInsuranceProvidersResponse | None:
    if response.status_code == 200:
        response_200 = ListInsuranceProvidersResponse.from_dict(response.json())

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
) -> Response[Error | ListInsuranceProvidersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    active: ListInsuranceProvidersActive | Unset = UNSET,
) -> Response[Error | ListInsuranceProvidersResponse]:
    """The practice's insurance providers, a page at a time

     The insurance providers configured for the practice, filtered by `name` (case-insensitive,
    anywhere in the name) and `active`, `page_size` at a time (default and most 100). Their `id`
    is the `insurance_provider_id` a patient's insurance takes.

    Args:
        name (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        active (ListInsuranceProvidersActive | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListInsuranceProvidersResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        page=page,
        page_size=page_size,
        active=active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    active: ListInsuranceProvidersActive | Unset = UNSET,
) -> Error | ListInsuranceProvidersResponse | None:
    """The practice's insurance providers, a page at a time

     The insurance providers configured for the practice, filtered by `name` (case-insensitive,
    anywhere in the name) and `active`, `page_size` at a time (default and most 100). Their `id`
    is the `insurance_provider_id` a patient's insurance takes.

    Args:
        name (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        active (ListInsuranceProvidersActive | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListInsuranceProvidersResponse
    """

    return sync_detailed(
        client=client,
        name=name,
        page=page,
        page_size=page_size,
        active=active,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    active: ListInsuranceProvidersActive | Unset = UNSET,
) -> Response[Error | ListInsuranceProvidersResponse]:
    """The practice's insurance providers, a page at a time

     The insurance providers configured for the practice, filtered by `name` (case-insensitive,
    anywhere in the name) and `active`, `page_size` at a time (default and most 100). Their `id`
    is the `insurance_provider_id` a patient's insurance takes.

    Args:
        name (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        active (ListInsuranceProvidersActive | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListInsuranceProvidersResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        page=page,
        page_size=page_size,
        active=active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    active: ListInsuranceProvidersActive | Unset = UNSET,
) -> Error | ListInsuranceProvidersResponse | None:
    """The practice's insurance providers, a page at a time

     The insurance providers configured for the practice, filtered by `name` (case-insensitive,
    anywhere in the name) and `active`, `page_size` at a time (default and most 100). Their `id`
    is the `insurance_provider_id` a patient's insurance takes.

    Args:
        name (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        active (ListInsuranceProvidersActive | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListInsuranceProvidersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            page=page,
            page_size=page_size,
            active=active,
        )
    ).parsed
