import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_mode import AppointmentMode
from ...models.error import Error
from ...models.list_appointments_include_note import ListAppointmentsIncludeNote
from ...models.list_appointments_response import ListAppointmentsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_mrn: str | Unset = UNSET,
    patient_name: str | Unset = UNSET,
    patient_phone: str | Unset = UNSET,
    include_note: ListAppointmentsIncludeNote | Unset = ListAppointmentsIncludeNote.FALSE,
    appointment_mode: AppointmentMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["patient_mrn"] = patient_mrn

    params["patient_name"] = patient_name

    params["patient_phone"] = patient_phone

    json_include_note: str | Unset = UNSET
    if not isinstance(include_note, Unset):
        json_include_note = include_note.value

    params["include_note"] = json_include_note

    json_appointment_mode: str | Unset = UNSET
    if not isinstance(appointment_mode, Unset):
        json_appointment_mode = appointment_mode.value

    params["appointment_mode"] = json_appointment_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/appointments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListAppointmentsResponse | None:
    if response.status_code == 200:
        response_200 = ListAppointmentsResponse.from_dict(response.json())

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
) -> Response[Error | ListAppointmentsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_mrn: str | Unset = UNSET,
    patient_name: str | Unset = UNSET,
    patient_phone: str | Unset = UNSET,
    include_note: ListAppointmentsIncludeNote | Unset = ListAppointmentsIncludeNote.FALSE,
    appointment_mode: AppointmentMode | Unset = UNSET,
) -> Response[Error | ListAppointmentsResponse]:
    """List appointments in a date range

     Returns the schedule of the clinic or provider that the access token belongs to, for the
    inclusive date range `start_date`..`end_date`, optionally filtered by patient or mode.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        patient_mrn (str | Unset):
        patient_name (str | Unset):
        patient_phone (str | Unset):
        include_note (ListAppointmentsIncludeNote | Unset):  Default:
            ListAppointmentsIncludeNote.FALSE.
        appointment_mode (AppointmentMode | Unset): `office` (in person) or `telemedicine`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListAppointmentsResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        patient_name=patient_name,
        patient_phone=patient_phone,
        include_note=include_note,
        appointment_mode=appointment_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_mrn: str | Unset = UNSET,
    patient_name: str | Unset = UNSET,
    patient_phone: str | Unset = UNSET,
    include_note: ListAppointmentsIncludeNote | Unset = ListAppointmentsIncludeNote.FALSE,
    appointment_mode: AppointmentMode | Unset = UNSET,
) -> Error | ListAppointmentsResponse | None:
    """List appointments in a date range

     Returns the schedule of the clinic or provider that the access token belongs to, for the
    inclusive date range `start_date`..`end_date`, optionally filtered by patient or mode.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        patient_mrn (str | Unset):
        patient_name (str | Unset):
        patient_phone (str | Unset):
        include_note (ListAppointmentsIncludeNote | Unset):  Default:
            ListAppointmentsIncludeNote.FALSE.
        appointment_mode (AppointmentMode | Unset): `office` (in person) or `telemedicine`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListAppointmentsResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        patient_name=patient_name,
        patient_phone=patient_phone,
        include_note=include_note,
        appointment_mode=appointment_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_mrn: str | Unset = UNSET,
    patient_name: str | Unset = UNSET,
    patient_phone: str | Unset = UNSET,
    include_note: ListAppointmentsIncludeNote | Unset = ListAppointmentsIncludeNote.FALSE,
    appointment_mode: AppointmentMode | Unset = UNSET,
) -> Response[Error | ListAppointmentsResponse]:
    """List appointments in a date range

     Returns the schedule of the clinic or provider that the access token belongs to, for the
    inclusive date range `start_date`..`end_date`, optionally filtered by patient or mode.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        patient_mrn (str | Unset):
        patient_name (str | Unset):
        patient_phone (str | Unset):
        include_note (ListAppointmentsIncludeNote | Unset):  Default:
            ListAppointmentsIncludeNote.FALSE.
        appointment_mode (AppointmentMode | Unset): `office` (in person) or `telemedicine`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListAppointmentsResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        patient_mrn=patient_mrn,
        patient_name=patient_name,
        patient_phone=patient_phone,
        include_note=include_note,
        appointment_mode=appointment_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date,
    patient_mrn: str | Unset = UNSET,
    patient_name: str | Unset = UNSET,
    patient_phone: str | Unset = UNSET,
    include_note: ListAppointmentsIncludeNote | Unset = ListAppointmentsIncludeNote.FALSE,
    appointment_mode: AppointmentMode | Unset = UNSET,
) -> Error | ListAppointmentsResponse | None:
    """List appointments in a date range

     Returns the schedule of the clinic or provider that the access token belongs to, for the
    inclusive date range `start_date`..`end_date`, optionally filtered by patient or mode.

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        patient_mrn (str | Unset):
        patient_name (str | Unset):
        patient_phone (str | Unset):
        include_note (ListAppointmentsIncludeNote | Unset):  Default:
            ListAppointmentsIncludeNote.FALSE.
        appointment_mode (AppointmentMode | Unset): `office` (in person) or `telemedicine`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListAppointmentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            patient_mrn=patient_mrn,
            patient_name=patient_name,
            patient_phone=patient_phone,
            include_note=include_note,
            appointment_mode=appointment_mode,
        )
    ).parsed
