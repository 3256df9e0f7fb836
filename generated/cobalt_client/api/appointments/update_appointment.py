from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_appointment_request import UpdateAppointmentRequest
from ...models.update_appointment_response import UpdateAppointmentResponse
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateAppointmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/appointments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateAppointmentResponse | None:
    if response.status_code == 200:
        response_200 = UpdateAppointmentResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[Error | UpdateAppointmentResponse]:
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
    body: UpdateAppointmentRequest,
) -> Response[Error | UpdateAppointmentResponse]:
    """Change an appointment

     Changes an appointment. What may change depends on its current status:

    - `pending` or `failed`: any attribute.
    - `scheduled`: only `status` (e.g. to `cancelled`) or `note`; any other attribute is refused
      with `409` and code `appointment_not_editable`.
    - `completed` or `cancelled`: only `note`.

    The one status a client may set is `cancelled`, from `pending`, `failed` or `scheduled`: the
    others are the EHR's to set. Any other status change (to `scheduled`, `completed` or
    `pending`, or cancelling a `completed` or `cancelled` appointment) is answered `409`
    `appointment_not_editable`, as its status forbids it, not `400`: the value is a valid
    status. A `failed` appointment whose other attributes change goes to the EHR again as
    `pending`, unless the same request cancels it.

    Args:
        id (str):
        body (UpdateAppointmentRequest): The attributes to change. A `pending` or `failed`
            appointment accepts all of them; a
            `scheduled` one only `status` and `note`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateAppointmentResponse]
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
    body: UpdateAppointmentRequest,
) -> Error | UpdateAppointmentResponse | None:
    """Change an appointment

     Changes an appointment. What may change depends on its current status:

    - `pending` or `failed`: any attribute.
    - `scheduled`: only `status` (e.g. to `cancelled`) or `note`; any other attribute is refused
      with `409` and code `appointment_not_editable`.
    - `completed` or `cancelled`: only `note`.

    The one status a client may set is `cancelled`, from `pending`, `failed` or `scheduled`: the
    others are the EHR's to set. Any other status change (to `scheduled`, `completed` or
    `pending`, or cancelling a `completed` or `cancelled` appointment) is answered `409`
    `appointment_not_editable`, as its status forbids it, not `400`: the value is a valid
    status. A `failed` appointment whose other attributes change goes to the EHR again as
    `pending`, unless the same request cancels it.

    Args:
        id (str):
        body (UpdateAppointmentRequest): The attributes to change. A `pending` or `failed`
            appointment accepts all of them; a
            `scheduled` one only `status` and `note`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateAppointmentResponse
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
    body: UpdateAppointmentRequest,
) -> Response[Error | UpdateAppointmentResponse]:
    """Change an appointment

     Changes an appointment. What may change depends on its current status:

    - `pending` or `failed`: any attribute.
    - `scheduled`: only `status` (e.g. to `cancelled`) or `note`; any other attribute is refused
      with `409` and code `appointment_not_editable`.
    - `completed` or `cancelled`: only `note`.

    The one status a client may set is `cancelled`, from `pending`, `failed` or `scheduled`: the
    others are the EHR's to set. Any other status change (to `scheduled`, `completed` or
    `pending`, or cancelling a `completed` or `cancelled` appointment) is answered `409`
    `appointment_not_editable`, as its status forbids it, not `400`: the value is a valid
    status. A `failed` appointment whose other attributes change goes to the EHR again as
    `pending`, unless the same request cancels it.

    Args:
        id (str):
        body (UpdateAppointmentRequest): The attributes to change. A `pending` or `failed`
            appointment accepts all of them; a
            `scheduled` one only `status` and `note`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateAppointmentResponse]
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
    body: UpdateAppointmentRequest,
) -> Error | UpdateAppointmentResponse | None:
    """Change an appointment

     Changes an appointment. What may change depends on its current status:

    - `pending` or `failed`: any attribute.
    - `scheduled`: only `status` (e.g. to `cancelled`) or `note`; any other attribute is refused
      with `409` and code `appointment_not_editable`.
    - `completed` or `cancelled`: only `note`.

    The one status a client may set is `cancelled`, from `pending`, `failed` or `scheduled`: the
    others are the EHR's to set. Any other status change (to `scheduled`, `completed` or
    `pending`, or cancelling a `completed` or `cancelled` appointment) is answered `409`
    `appointment_not_editable`, as its status forbids it, not `400`: the value is a valid
    status. A `failed` appointment whose other attributes change goes to the EHR again as
    `pending`, unless the same request cancels it.

    Args:
        id (str):
        body (UpdateAppointmentRequest): The attributes to change. A `pending` or `failed`
            appointment accepts all of them; a
            `scheduled` one only `status` and `note`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateAppointmentResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
