from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.settings_response import SettingsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SettingsResponse | None:
    if response.status_code == 200:
        response_200 = SettingsResponse.from_dict(response.json())

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
) -> Response[Error | SettingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | SettingsResponse]:
    """The practice's settings (visit types, visit statuses, required patient fields, time zone)

     The settings of the access token's practice, as its EHR defines them: the visit types a
    booking's `type` takes (`code` and `description`; a booking of another type settles
    `failed`), the visit statuses an update of a
    scheduled appointment may set, the fields a new patient must have, and the practice's time
    zone. From the vendor's settings page; an older version of it lists no `visit_statuses` or
    `required_patient_fields` (both optional here). 404 when the token has no settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SettingsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | SettingsResponse | None:
    """The practice's settings (visit types, visit statuses, required patient fields, time zone)

     The settings of the access token's practice, as its EHR defines them: the visit types a
    booking's `type` takes (`code` and `description`; a booking of another type settles
    `failed`), the visit statuses an update of a
    scheduled appointment may set, the fields a new patient must have, and the practice's time
    zone. From the vendor's settings page; an older version of it lists no `visit_statuses` or
    `required_patient_fields` (both optional here). 404 when the token has no settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SettingsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | SettingsResponse]:
    """The practice's settings (visit types, visit statuses, required patient fields, time zone)

     The settings of the access token's practice, as its EHR defines them: the visit types a
    booking's `type` takes (`code` and `description`; a booking of another type settles
    `failed`), the visit statuses an update of a
    scheduled appointment may set, the fields a new patient must have, and the practice's time
    zone. From the vendor's settings page; an older version of it lists no `visit_statuses` or
    `required_patient_fields` (both optional here). 404 when the token has no settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SettingsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | SettingsResponse | None:
    """The practice's settings (visit types, visit statuses, required patient fields, time zone)

     The settings of the access token's practice, as its EHR defines them: the visit types a
    booking's `type` takes (`code` and `description`; a booking of another type settles
    `failed`), the visit statuses an update of a
    scheduled appointment may set, the fields a new patient must have, and the practice's time
    zone. From the vendor's settings page; an older version of it lists no `visit_statuses` or
    `required_patient_fields` (both optional here). 404 when the token has no settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SettingsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
