from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_provider_request import UpdateProviderRequest
from ...models.update_provider_response import UpdateProviderResponse
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateProviderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/providers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateProviderResponse | None:
    if response.status_code == 200:
        response_200 = UpdateProviderResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | UpdateProviderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProviderRequest,
) -> Response[Error | UpdateProviderResponse]:
    """Change a provider's status, hours or visibility in availability

     Changes one or more of `status` (`active`: the schedule is synced from the EHR; `inactive`:
    it is not; in any case), `hide_in_availability` and `hours`. The hours replace the
    provider's: days are capitalised day names, times `THH:MM:SS`, dates ISO 8601 without an
    offset, and every shift's `facility_id` must be a location of the practice (`list_locations`;
    404 naming the field when it is not); its `facility_name` is filled in from it. An older
    version of the page takes `status` only.

    Args:
        id (str):
        body (UpdateProviderRequest): What to change; one field at least.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateProviderResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProviderRequest,
) -> Error | UpdateProviderResponse | None:
    """Change a provider's status, hours or visibility in availability

     Changes one or more of `status` (`active`: the schedule is synced from the EHR; `inactive`:
    it is not; in any case), `hide_in_availability` and `hours`. The hours replace the
    provider's: days are capitalised day names, times `THH:MM:SS`, dates ISO 8601 without an
    offset, and every shift's `facility_id` must be a location of the practice (`list_locations`;
    404 naming the field when it is not); its `facility_name` is filled in from it. An older
    version of the page takes `status` only.

    Args:
        id (str):
        body (UpdateProviderRequest): What to change; one field at least.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateProviderResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProviderRequest,
) -> Response[Error | UpdateProviderResponse]:
    """Change a provider's status, hours or visibility in availability

     Changes one or more of `status` (`active`: the schedule is synced from the EHR; `inactive`:
    it is not; in any case), `hide_in_availability` and `hours`. The hours replace the
    provider's: days are capitalised day names, times `THH:MM:SS`, dates ISO 8601 without an
    offset, and every shift's `facility_id` must be a location of the practice (`list_locations`;
    404 naming the field when it is not); its `facility_name` is filled in from it. An older
    version of the page takes `status` only.

    Args:
        id (str):
        body (UpdateProviderRequest): What to change; one field at least.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateProviderResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProviderRequest,
) -> Error | UpdateProviderResponse | None:
    """Change a provider's status, hours or visibility in availability

     Changes one or more of `status` (`active`: the schedule is synced from the EHR; `inactive`:
    it is not; in any case), `hide_in_availability` and `hours`. The hours replace the
    provider's: days are capitalised day names, times `THH:MM:SS`, dates ISO 8601 without an
    offset, and every shift's `facility_id` must be a location of the practice (`list_locations`;
    404 naming the field when it is not); its `facility_name` is filled in from it. An older
    version of the page takes `status` only.

    Args:
        id (str):
        body (UpdateProviderRequest): What to change; one field at least.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateProviderResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
