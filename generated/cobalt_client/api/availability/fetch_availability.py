from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fetch_availability_request import FetchAvailabilityRequest
from ...models.live_fetch_accepted_response import LiveFetchAcceptedResponse
from ...types import Response


def _get_kwargs(
    *,
    body: FetchAvailabilityRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/availability/fetch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LiveFetchAcceptedResponse | None:
    if response.status_code == 202:
        response_202 = LiveFetchAcceptedResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | LiveFetchAcceptedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FetchAvailabilityRequest,
) -> Response[Error | LiveFetchAcceptedResponse]:
    """Live availability from the EHR (asynchronous)

     Fetches up-to-date appointments from the EHR and computes availability from them in one
    pass; the result arrives as the `availability.live_fetch_completed` event of the answer's
    job, with the computed windows inline. The windows are not kept, but the appointments the
    EHR returned are written to the cached list, so a later `get_availability` reflects them.
    `provider_ids` holds 1 to 10 EHR provider ids; one provider may span up to a 5-day window,
    two or more must share a single date (`start_date` equal to `end_date`). Every other
    parameter is optional and follows the defaults and rules of `get_availability`.

    Args:
        body (FetchAvailabilityRequest): `fetch_availability`'s request: `get_availability`'s
            parameters as a JSON body, with
            `provider_ids` and `location_ids` as arrays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LiveFetchAcceptedResponse]
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
    client: AuthenticatedClient | Client,
    body: FetchAvailabilityRequest,
) -> Error | LiveFetchAcceptedResponse | None:
    """Live availability from the EHR (asynchronous)

     Fetches up-to-date appointments from the EHR and computes availability from them in one
    pass; the result arrives as the `availability.live_fetch_completed` event of the answer's
    job, with the computed windows inline. The windows are not kept, but the appointments the
    EHR returned are written to the cached list, so a later `get_availability` reflects them.
    `provider_ids` holds 1 to 10 EHR provider ids; one provider may span up to a 5-day window,
    two or more must share a single date (`start_date` equal to `end_date`). Every other
    parameter is optional and follows the defaults and rules of `get_availability`.

    Args:
        body (FetchAvailabilityRequest): `fetch_availability`'s request: `get_availability`'s
            parameters as a JSON body, with
            `provider_ids` and `location_ids` as arrays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LiveFetchAcceptedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FetchAvailabilityRequest,
) -> Response[Error | LiveFetchAcceptedResponse]:
    """Live availability from the EHR (asynchronous)

     Fetches up-to-date appointments from the EHR and computes availability from them in one
    pass; the result arrives as the `availability.live_fetch_completed` event of the answer's
    job, with the computed windows inline. The windows are not kept, but the appointments the
    EHR returned are written to the cached list, so a later `get_availability` reflects them.
    `provider_ids` holds 1 to 10 EHR provider ids; one provider may span up to a 5-day window,
    two or more must share a single date (`start_date` equal to `end_date`). Every other
    parameter is optional and follows the defaults and rules of `get_availability`.

    Args:
        body (FetchAvailabilityRequest): `fetch_availability`'s request: `get_availability`'s
            parameters as a JSON body, with
            `provider_ids` and `location_ids` as arrays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LiveFetchAcceptedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FetchAvailabilityRequest,
) -> Error | LiveFetchAcceptedResponse | None:
    """Live availability from the EHR (asynchronous)

     Fetches up-to-date appointments from the EHR and computes availability from them in one
    pass; the result arrives as the `availability.live_fetch_completed` event of the answer's
    job, with the computed windows inline. The windows are not kept, but the appointments the
    EHR returned are written to the cached list, so a later `get_availability` reflects them.
    `provider_ids` holds 1 to 10 EHR provider ids; one provider may span up to a 5-day window,
    two or more must share a single date (`start_date` equal to `end_date`). Every other
    parameter is optional and follows the defaults and rules of `get_availability`.

    Args:
        body (FetchAvailabilityRequest): `fetch_availability`'s request: `get_availability`'s
            parameters as a JSON body, with
            `provider_ids` and `location_ids` as arrays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LiveFetchAcceptedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
