from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_patient_request import CreatePatientRequest
from ...models.create_patient_response import CreatePatientResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePatientRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/patients",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePatientResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreatePatientResponse.from_dict(response.json())

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
) -> Response[CreatePatientResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePatientRequest,
) -> Response[CreatePatientResponse | Error]:
    """Create a patient (asynchronous)

     Creates a patient record in the EHR. Asynchronous: the answer carries the `patient_id`;
    `patient.created` (with the new `mrn`) or `patient.failed` (with a `failure_reason`)
    follows. A field of the practice's `required_patient_fields` (GET /settings) that is missing
    fails the patient with that reason. The new MRN can then be booked.

    Args:
        body (CreatePatientRequest): A new patient. Which fields a practice requires beyond the
            names is its
            `required_patient_fields` (GET /settings); a missing one fails the patient asynchronously.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePatientResponse | Error]
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
    body: CreatePatientRequest,
) -> CreatePatientResponse | Error | None:
    """Create a patient (asynchronous)

     Creates a patient record in the EHR. Asynchronous: the answer carries the `patient_id`;
    `patient.created` (with the new `mrn`) or `patient.failed` (with a `failure_reason`)
    follows. A field of the practice's `required_patient_fields` (GET /settings) that is missing
    fails the patient with that reason. The new MRN can then be booked.

    Args:
        body (CreatePatientRequest): A new patient. Which fields a practice requires beyond the
            names is its
            `required_patient_fields` (GET /settings); a missing one fails the patient asynchronously.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePatientResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePatientRequest,
) -> Response[CreatePatientResponse | Error]:
    """Create a patient (asynchronous)

     Creates a patient record in the EHR. Asynchronous: the answer carries the `patient_id`;
    `patient.created` (with the new `mrn`) or `patient.failed` (with a `failure_reason`)
    follows. A field of the practice's `required_patient_fields` (GET /settings) that is missing
    fails the patient with that reason. The new MRN can then be booked.

    Args:
        body (CreatePatientRequest): A new patient. Which fields a practice requires beyond the
            names is its
            `required_patient_fields` (GET /settings); a missing one fails the patient asynchronously.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePatientResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePatientRequest,
) -> CreatePatientResponse | Error | None:
    """Create a patient (asynchronous)

     Creates a patient record in the EHR. Asynchronous: the answer carries the `patient_id`;
    `patient.created` (with the new `mrn`) or `patient.failed` (with a `failure_reason`)
    follows. A field of the practice's `required_patient_fields` (GET /settings) that is missing
    fails the patient with that reason. The new MRN can then be booked.

    Args:
        body (CreatePatientRequest): A new patient. Which fields a practice requires beyond the
            names is its
            `required_patient_fields` (GET /settings); a missing one fails the patient asynchronously.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePatientResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
