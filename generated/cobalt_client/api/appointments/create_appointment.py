from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_appointment_request import CreateAppointmentRequest
from ...models.create_appointment_response import CreateAppointmentResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAppointmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/appointments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAppointmentResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreateAppointmentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CreateAppointmentResponse.from_dict(response.json())

        return response_201

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
) -> Response[CreateAppointmentResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppointmentRequest,
) -> Response[CreateAppointmentResponse | Error]:
    """Book an appointment

     Books a new appointment. The appointment starts as `pending` while it is written to the EHR,
    then becomes `scheduled` (or `failed`). Not idempotent: retrying a create can book twice.

    Args:
        body (CreateAppointmentRequest): A new appointment. Carries `mrn` or `patient_name` (or
            both), and `datetime` or the
            deprecated pair `date` + `time`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAppointmentResponse | Error]
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
    body: CreateAppointmentRequest,
) -> CreateAppointmentResponse | Error | None:
    """Book an appointment

     Books a new appointment. The appointment starts as `pending` while it is written to the EHR,
    then becomes `scheduled` (or `failed`). Not idempotent: retrying a create can book twice.

    Args:
        body (CreateAppointmentRequest): A new appointment. Carries `mrn` or `patient_name` (or
            both), and `datetime` or the
            deprecated pair `date` + `time`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAppointmentResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppointmentRequest,
) -> Response[CreateAppointmentResponse | Error]:
    """Book an appointment

     Books a new appointment. The appointment starts as `pending` while it is written to the EHR,
    then becomes `scheduled` (or `failed`). Not idempotent: retrying a create can book twice.

    Args:
        body (CreateAppointmentRequest): A new appointment. Carries `mrn` or `patient_name` (or
            both), and `datetime` or the
            deprecated pair `date` + `time`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAppointmentResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppointmentRequest,
) -> CreateAppointmentResponse | Error | None:
    """Book an appointment

     Books a new appointment. The appointment starts as `pending` while it is written to the EHR,
    then becomes `scheduled` (or `failed`). Not idempotent: retrying a create can book twice.

    Args:
        body (CreateAppointmentRequest): A new appointment. Carries `mrn` or `patient_name` (or
            both), and `datetime` or the
            deprecated pair `date` + `time`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAppointmentResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
