from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.availability_response import AvailabilityResponse
from ...models.error import Error
from ...models.get_availability_calculation_method import GetAvailabilityCalculationMethod
from ...models.get_availability_facility_scoped_scheduling import GetAvailabilityFacilityScopedScheduling
from ...models.get_availability_fallback_to_default_hours import GetAvailabilityFallbackToDefaultHours
from ...models.get_availability_provider_type import GetAvailabilityProviderType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: str,
    end_date: str,
    provider_type: GetAvailabilityProviderType | Unset = GetAvailabilityProviderType.PRIMARY,
    fallback_to_default_hours: GetAvailabilityFallbackToDefaultHours | Unset = UNSET,
    calculation_method: GetAvailabilityCalculationMethod | Unset = GetAvailabilityCalculationMethod.GAPS,
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = "all",
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: GetAvailabilityFacilityScopedScheduling | Unset = UNSET,
    provider_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    json_provider_type: str | Unset = UNSET
    if not isinstance(provider_type, Unset):
        json_provider_type = provider_type.value

    params["provider_type"] = json_provider_type

    json_fallback_to_default_hours: str | Unset = UNSET
    if not isinstance(fallback_to_default_hours, Unset):
        json_fallback_to_default_hours = fallback_to_default_hours.value

    params["fallback_to_default_hours"] = json_fallback_to_default_hours

    json_calculation_method: str | Unset = UNSET
    if not isinstance(calculation_method, Unset):
        json_calculation_method = calculation_method.value

    params["calculation_method"] = json_calculation_method

    params["slot_type"] = slot_type

    params["buffer"] = buffer

    params["visit_type"] = visit_type

    params["daily_appointment_limit"] = daily_appointment_limit

    params["daily_limit_type"] = daily_limit_type

    params["max_slot_duration"] = max_slot_duration

    json_facility_scoped_scheduling: str | Unset = UNSET
    if not isinstance(facility_scoped_scheduling, Unset):
        json_facility_scoped_scheduling = facility_scoped_scheduling.value

    params["facility_scoped_scheduling"] = json_facility_scoped_scheduling

    params["provider_ids"] = provider_ids

    params["location_ids"] = location_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/availability",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvailabilityResponse | Error | None:
    if response.status_code == 200:
        response_200 = AvailabilityResponse.from_dict(response.json())

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
) -> Response[AvailabilityResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    provider_type: GetAvailabilityProviderType | Unset = GetAvailabilityProviderType.PRIMARY,
    fallback_to_default_hours: GetAvailabilityFallbackToDefaultHours | Unset = UNSET,
    calculation_method: GetAvailabilityCalculationMethod | Unset = GetAvailabilityCalculationMethod.GAPS,
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = "all",
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: GetAvailabilityFacilityScopedScheduling | Unset = UNSET,
    provider_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
) -> Response[AvailabilityResponse | Error]:
    """Open time of the practice's providers, from cached appointments

     The free time of each provider in `start_date`..`end_date` (inclusive), computed from the
    provider's hours (shifts, their set dates and recurrence, visit-type rules) and the cached
    appointments and blocks of the practice. Only providers that are active and not
    `hide_in_availability` appear (the vendor's page: `active=true` AND
    `hide_in_availability=false`). For fresh EHR data use `fetch_availability`.

    `calculation_method=gaps` (the default) returns the gaps between a provider's working
    hours and existing appointments; `slots` returns the EHR's pre-defined open slots of
    `slot_type` (case-insensitive). `provider_ids` and `location_ids` take comma-separated EHR
    ids; location filtering applies to each window's `facility_id`, and a window without one is
    left out when `location_ids` is given.

    Args:
        start_date (str):
        end_date (str):
        provider_type (GetAvailabilityProviderType | Unset):  Default:
            GetAvailabilityProviderType.PRIMARY.
        fallback_to_default_hours (GetAvailabilityFallbackToDefaultHours | Unset):
        calculation_method (GetAvailabilityCalculationMethod | Unset):  Default:
            GetAvailabilityCalculationMethod.GAPS.
        slot_type (str | Unset):
        buffer (int | Unset):
        visit_type (str | Unset):  Default: 'all'.
        daily_appointment_limit (int | Unset):
        daily_limit_type (str | Unset):
        max_slot_duration (int | Unset):
        facility_scoped_scheduling (GetAvailabilityFacilityScopedScheduling | Unset):
        provider_ids (str | Unset):
        location_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityResponse | Error]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        provider_type=provider_type,
        fallback_to_default_hours=fallback_to_default_hours,
        calculation_method=calculation_method,
        slot_type=slot_type,
        buffer=buffer,
        visit_type=visit_type,
        daily_appointment_limit=daily_appointment_limit,
        daily_limit_type=daily_limit_type,
        max_slot_duration=max_slot_duration,
        facility_scoped_scheduling=facility_scoped_scheduling,
        provider_ids=provider_ids,
        location_ids=location_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    provider_type: GetAvailabilityProviderType | Unset = GetAvailabilityProviderType.PRIMARY,
    fallback_to_default_hours: GetAvailabilityFallbackToDefaultHours | Unset = UNSET,
    calculation_method: GetAvailabilityCalculationMethod | Unset = GetAvailabilityCalculationMethod.GAPS,
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = "all",
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: GetAvailabilityFacilityScopedScheduling | Unset = UNSET,
    provider_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
) -> AvailabilityResponse | Error | None:
    """Open time of the practice's providers, from cached appointments

     The free time of each provider in `start_date`..`end_date` (inclusive), computed from the
    provider's hours (shifts, their set dates and recurrence, visit-type rules) and the cached
    appointments and blocks of the practice. Only providers that are active and not
    `hide_in_availability` appear (the vendor's page: `active=true` AND
    `hide_in_availability=false`). For fresh EHR data use `fetch_availability`.

    `calculation_method=gaps` (the default) returns the gaps between a provider's working
    hours and existing appointments; `slots` returns the EHR's pre-defined open slots of
    `slot_type` (case-insensitive). `provider_ids` and `location_ids` take comma-separated EHR
    ids; location filtering applies to each window's `facility_id`, and a window without one is
    left out when `location_ids` is given.

    Args:
        start_date (str):
        end_date (str):
        provider_type (GetAvailabilityProviderType | Unset):  Default:
            GetAvailabilityProviderType.PRIMARY.
        fallback_to_default_hours (GetAvailabilityFallbackToDefaultHours | Unset):
        calculation_method (GetAvailabilityCalculationMethod | Unset):  Default:
            GetAvailabilityCalculationMethod.GAPS.
        slot_type (str | Unset):
        buffer (int | Unset):
        visit_type (str | Unset):  Default: 'all'.
        daily_appointment_limit (int | Unset):
        daily_limit_type (str | Unset):
        max_slot_duration (int | Unset):
        facility_scoped_scheduling (GetAvailabilityFacilityScopedScheduling | Unset):
        provider_ids (str | Unset):
        location_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailabilityResponse | Error
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        provider_type=provider_type,
        fallback_to_default_hours=fallback_to_default_hours,
        calculation_method=calculation_method,
        slot_type=slot_type,
        buffer=buffer,
        visit_type=visit_type,
        daily_appointment_limit=daily_appointment_limit,
        daily_limit_type=daily_limit_type,
        max_slot_duration=max_slot_duration,
        facility_scoped_scheduling=facility_scoped_scheduling,
        provider_ids=provider_ids,
        location_ids=location_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    provider_type: GetAvailabilityProviderType | Unset = GetAvailabilityProviderType.PRIMARY,
    fallback_to_default_hours: GetAvailabilityFallbackToDefaultHours | Unset = UNSET,
    calculation_method: GetAvailabilityCalculationMethod | Unset = GetAvailabilityCalculationMethod.GAPS,
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = "all",
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: GetAvailabilityFacilityScopedScheduling | Unset = UNSET,
    provider_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
) -> Response[AvailabilityResponse | Error]:
    """Open time of the practice's providers, from cached appointments

     The free time of each provider in `start_date`..`end_date` (inclusive), computed from the
    provider's hours (shifts, their set dates and recurrence, visit-type rules) and the cached
    appointments and blocks of the practice. Only providers that are active and not
    `hide_in_availability` appear (the vendor's page: `active=true` AND
    `hide_in_availability=false`). For fresh EHR data use `fetch_availability`.

    `calculation_method=gaps` (the default) returns the gaps between a provider's working
    hours and existing appointments; `slots` returns the EHR's pre-defined open slots of
    `slot_type` (case-insensitive). `provider_ids` and `location_ids` take comma-separated EHR
    ids; location filtering applies to each window's `facility_id`, and a window without one is
    left out when `location_ids` is given.

    Args:
        start_date (str):
        end_date (str):
        provider_type (GetAvailabilityProviderType | Unset):  Default:
            GetAvailabilityProviderType.PRIMARY.
        fallback_to_default_hours (GetAvailabilityFallbackToDefaultHours | Unset):
        calculation_method (GetAvailabilityCalculationMethod | Unset):  Default:
            GetAvailabilityCalculationMethod.GAPS.
        slot_type (str | Unset):
        buffer (int | Unset):
        visit_type (str | Unset):  Default: 'all'.
        daily_appointment_limit (int | Unset):
        daily_limit_type (str | Unset):
        max_slot_duration (int | Unset):
        facility_scoped_scheduling (GetAvailabilityFacilityScopedScheduling | Unset):
        provider_ids (str | Unset):
        location_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityResponse | Error]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        provider_type=provider_type,
        fallback_to_default_hours=fallback_to_default_hours,
        calculation_method=calculation_method,
        slot_type=slot_type,
        buffer=buffer,
        visit_type=visit_type,
        daily_appointment_limit=daily_appointment_limit,
        daily_limit_type=daily_limit_type,
        max_slot_duration=max_slot_duration,
        facility_scoped_scheduling=facility_scoped_scheduling,
        provider_ids=provider_ids,
        location_ids=location_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str,
    provider_type: GetAvailabilityProviderType | Unset = GetAvailabilityProviderType.PRIMARY,
    fallback_to_default_hours: GetAvailabilityFallbackToDefaultHours | Unset = UNSET,
    calculation_method: GetAvailabilityCalculationMethod | Unset = GetAvailabilityCalculationMethod.GAPS,
    slot_type: str | Unset = UNSET,
    buffer: int | Unset = UNSET,
    visit_type: str | Unset = "all",
    daily_appointment_limit: int | Unset = UNSET,
    daily_limit_type: str | Unset = UNSET,
    max_slot_duration: int | Unset = UNSET,
    facility_scoped_scheduling: GetAvailabilityFacilityScopedScheduling | Unset = UNSET,
    provider_ids: str | Unset = UNSET,
    location_ids: str | Unset = UNSET,
) -> AvailabilityResponse | Error | None:
    """Open time of the practice's providers, from cached appointments

     The free time of each provider in `start_date`..`end_date` (inclusive), computed from the
    provider's hours (shifts, their set dates and recurrence, visit-type rules) and the cached
    appointments and blocks of the practice. Only providers that are active and not
    `hide_in_availability` appear (the vendor's page: `active=true` AND
    `hide_in_availability=false`). For fresh EHR data use `fetch_availability`.

    `calculation_method=gaps` (the default) returns the gaps between a provider's working
    hours and existing appointments; `slots` returns the EHR's pre-defined open slots of
    `slot_type` (case-insensitive). `provider_ids` and `location_ids` take comma-separated EHR
    ids; location filtering applies to each window's `facility_id`, and a window without one is
    left out when `location_ids` is given.

    Args:
        start_date (str):
        end_date (str):
        provider_type (GetAvailabilityProviderType | Unset):  Default:
            GetAvailabilityProviderType.PRIMARY.
        fallback_to_default_hours (GetAvailabilityFallbackToDefaultHours | Unset):
        calculation_method (GetAvailabilityCalculationMethod | Unset):  Default:
            GetAvailabilityCalculationMethod.GAPS.
        slot_type (str | Unset):
        buffer (int | Unset):
        visit_type (str | Unset):  Default: 'all'.
        daily_appointment_limit (int | Unset):
        daily_limit_type (str | Unset):
        max_slot_duration (int | Unset):
        facility_scoped_scheduling (GetAvailabilityFacilityScopedScheduling | Unset):
        provider_ids (str | Unset):
        location_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailabilityResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            provider_type=provider_type,
            fallback_to_default_hours=fallback_to_default_hours,
            calculation_method=calculation_method,
            slot_type=slot_type,
            buffer=buffer,
            visit_type=visit_type,
            daily_appointment_limit=daily_appointment_limit,
            daily_limit_type=daily_limit_type,
            max_slot_duration=max_slot_duration,
            facility_scoped_scheduling=facility_scoped_scheduling,
            provider_ids=provider_ids,
            location_ids=location_ids,
        )
    ).parsed
