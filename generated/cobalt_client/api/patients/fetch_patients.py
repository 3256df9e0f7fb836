from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fetch_patients_request import FetchPatientsRequest
from ...models.live_fetch_accepted_response import LiveFetchAcceptedResponse
from ...types import Response


def _get_kwargs(
    *,
    body: FetchPatientsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/patients/fetch",
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
    body: FetchPatientsRequest,
) -> Response[Error | LiveFetchAcceptedResponse]:
    """Live patient search in the EHR (asynchronous)

     Searches the EHR itself; the patients found arrive as the `patient.live_fetch_completed`
    event of the answer's job. `search_by` selects the values searched by (`dob`, `name`,
    `phone`, or `mrn` on the newest page), and those values are required; at least one of
    `dob`, `first_name`, `last_name`, `phone` (or `mrn`) must be given. `include` opts into
    more of each patient (`insurances`), as a comma-separated string or an array.

    Args:
        body (FetchPatientsRequest): A live patient search; `search_by` names the values searched
            by, which are then required
            (`name`: a first or a last name); at least one value is always required.

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
    body: FetchPatientsRequest,
) -> Error | LiveFetchAcceptedResponse | None:
    """Live patient search in the EHR (asynchronous)

     Searches the EHR itself; the patients found arrive as the `patient.live_fetch_completed`
    event of the answer's job. `search_by` selects the values searched by (`dob`, `name`,
    `phone`, or `mrn` on the newest page), and those values are required; at least one of
    `dob`, `first_name`, `last_name`, `phone` (or `mrn`) must be given. `include` opts into
    more of each patient (`insurances`), as a comma-separated string or an array.

    Args:
        body (FetchPatientsRequest): A live patient search; `search_by` names the values searched
            by, which are then required
            (`name`: a first or a last name); at least one value is always required.

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
    body: FetchPatientsRequest,
) -> Response[Error | LiveFetchAcceptedResponse]:
    """Live patient search in the EHR (asynchronous)

     Searches the EHR itself; the patients found arrive as the `patient.live_fetch_completed`
    event of the answer's job. `search_by` selects the values searched by (`dob`, `name`,
    `phone`, or `mrn` on the newest page), and those values are required; at least one of
    `dob`, `first_name`, `last_name`, `phone` (or `mrn`) must be given. `include` opts into
    more of each patient (`insurances`), as a comma-separated string or an array.

    Args:
        body (FetchPatientsRequest): A live patient search; `search_by` names the values searched
            by, which are then required
            (`name`: a first or a last name); at least one value is always required.

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
    body: FetchPatientsRequest,
) -> Error | LiveFetchAcceptedResponse | None:
    """Live patient search in the EHR (asynchronous)

     Searches the EHR itself; the patients found arrive as the `patient.live_fetch_completed`
    event of the answer's job. `search_by` selects the values searched by (`dob`, `name`,
    `phone`, or `mrn` on the newest page), and those values are required; at least one of
    `dob`, `first_name`, `last_name`, `phone` (or `mrn`) must be given. `include` opts into
    more of each patient (`insurances`), as a comma-separated string or an array.

    Args:
        body (FetchPatientsRequest): A live patient search; `search_by` names the values searched
            by, which are then required
            (`name`: a first or a last name); at least one value is always required.

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
