import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_patients_response import ListPatientsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    dob: datetime.date | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mrn: str | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_dob: str | Unset = UNSET
    if not isinstance(dob, Unset):
        json_dob = dob.isoformat()
    params["dob"] = json_dob

    params["first_name"] = first_name

    params["last_name"] = last_name

    params["mrn"] = mrn

    params["ehr_id"] = ehr_id

    params["phone"] = phone

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/patients",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListPatientsResponse | None:
    if response.status_code == 200:
        response_200 = ListPatientsResponse.from_dict(response.json())

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
) -> Response[Error | ListPatientsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    dob: datetime.date | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mrn: str | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> Response[Error | ListPatientsResponse]:
    """Search the cached patients, a page at a time

     The practice's patients as Cobalt cached them. Every filter is optional; with none, all
    patients, a page at a time. For fresh EHR data use `fetch_patients`.

    Args:
        dob (datetime.date | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        mrn (str | Unset):
        ehr_id (str | Unset):
        phone (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPatientsResponse]
    """

    kwargs = _get_kwargs(
        dob=dob,
        first_name=first_name,
        last_name=last_name,
        mrn=mrn,
        ehr_id=ehr_id,
        phone=phone,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    dob: datetime.date | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mrn: str | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> Error | ListPatientsResponse | None:
    """Search the cached patients, a page at a time

     The practice's patients as Cobalt cached them. Every filter is optional; with none, all
    patients, a page at a time. For fresh EHR data use `fetch_patients`.

    Args:
        dob (datetime.date | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        mrn (str | Unset):
        ehr_id (str | Unset):
        phone (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPatientsResponse
    """

    return sync_detailed(
        client=client,
        dob=dob,
        first_name=first_name,
        last_name=last_name,
        mrn=mrn,
        ehr_id=ehr_id,
        phone=phone,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dob: datetime.date | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mrn: str | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> Response[Error | ListPatientsResponse]:
    """Search the cached patients, a page at a time

     The practice's patients as Cobalt cached them. Every filter is optional; with none, all
    patients, a page at a time. For fresh EHR data use `fetch_patients`.

    Args:
        dob (datetime.date | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        mrn (str | Unset):
        ehr_id (str | Unset):
        phone (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPatientsResponse]
    """

    kwargs = _get_kwargs(
        dob=dob,
        first_name=first_name,
        last_name=last_name,
        mrn=mrn,
        ehr_id=ehr_id,
        phone=phone,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    dob: datetime.date | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mrn: str | Unset = UNSET,
    ehr_id: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> Error | ListPatientsResponse | None:
    """Search the cached patients, a page at a time

     The practice's patients as Cobalt cached them. Every filter is optional; with none, all
    patients, a page at a time. For fresh EHR data use `fetch_patients`.

    Args:
        dob (datetime.date | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        mrn (str | Unset):
        ehr_id (str | Unset):
        phone (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPatientsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            dob=dob,
            first_name=first_name,
            last_name=last_name,
            mrn=mrn,
            ehr_id=ehr_id,
            phone=phone,
            page=page,
            page_size=page_size,
        )
    ).parsed
