from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_referring_providers_response import ListReferringProvidersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    fax: str | Unset = UNSET,
    npi: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["first_name"] = first_name

    params["last_name"] = last_name

    params["phone"] = phone

    params["fax"] = fax

    params["npi"] = npi

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/referring-providers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListReferringProvidersResponse | None:
    if response.status_code == 200:
        response_200 = ListReferringProvidersResponse.from_dict(response.json())

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
) -> Response[Error | ListReferringProvidersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    fax: str | Unset = UNSET,
    npi: str | Unset = UNSET,
) -> Response[Error | ListReferringProvidersResponse]:
    """Search the practice's referring providers

     The referring providers of the practice's EHR, every filter optional and combined:
    `first_name` and `last_name` match case-insensitively anywhere in the name, `phone` and
    `fax` compare digits only (any format), `npi` matches exactly.

    Args:
        first_name (str | Unset):
        last_name (str | Unset):
        phone (str | Unset):
        fax (str | Unset):
        npi (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListReferringProvidersResponse]
    """

    kwargs = _get_kwargs(
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        fax=fax,
        npi=npi,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    fax: str | Unset = UNSET,
    npi: str | Unset = UNSET,
) -> Error | ListReferringProvidersResponse | None:
    """Search the practice's referring providers

     The referring providers of the practice's EHR, every filter optional and combined:
    `first_name` and `last_name` match case-insensitively anywhere in the name, `phone` and
    `fax` compare digits only (any format), `npi` matches exactly.

    Args:
        first_name (str | Unset):
        last_name (str | Unset):
        phone (str | Unset):
        fax (str | Unset):
        npi (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListReferringProvidersResponse
    """

    return sync_detailed(
        client=client,
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        fax=fax,
        npi=npi,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    fax: str | Unset = UNSET,
    npi: str | Unset = UNSET,
) -> Response[Error | ListReferringProvidersResponse]:
    """Search the practice's referring providers

     The referring providers of the practice's EHR, every filter optional and combined:
    `first_name` and `last_name` match case-insensitively anywhere in the name, `phone` and
    `fax` compare digits only (any format), `npi` matches exactly.

    Args:
        first_name (str | Unset):
        last_name (str | Unset):
        phone (str | Unset):
        fax (str | Unset):
        npi (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListReferringProvidersResponse]
    """

    kwargs = _get_kwargs(
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        fax=fax,
        npi=npi,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    fax: str | Unset = UNSET,
    npi: str | Unset = UNSET,
) -> Error | ListReferringProvidersResponse | None:
    """Search the practice's referring providers

     The referring providers of the practice's EHR, every filter optional and combined:
    `first_name` and `last_name` match case-insensitively anywhere in the name, `phone` and
    `fax` compare digits only (any format), `npi` matches exactly.

    Args:
        first_name (str | Unset):
        last_name (str | Unset):
        phone (str | Unset):
        fax (str | Unset):
        npi (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListReferringProvidersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            fax=fax,
            npi=npi,
        )
    ).parsed
