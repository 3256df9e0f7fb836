from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fetch_availability_request_calculation_method import FetchAvailabilityRequestCalculationMethod
from ..models.fetch_availability_request_provider_type import FetchAvailabilityRequestProviderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchAvailabilityRequest")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "buffer": UNSET,
    "visit_type": UNSET,
    "slot_type": UNSET,
    "daily_appointment_limit": UNSET,
    "daily_limit_type": UNSET,
    "fallback_to_default_hours": UNSET,
    "max_slot_duration": UNSET,
    "facility_scoped_scheduling": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class FetchAvailabilityRequest:
    """`fetch_availability`'s request: `get_availability`'s parameters as a JSON body, with
    `provider_ids` and `location_ids` as arrays.

        Attributes:
            start_date (datetime.date): The first day (YYYY-MM-DD).
            end_date (datetime.date): The last day, inclusive; equal to `start_date` for two or more providers. For one
                provider the page's constraints and example give a 5-day window (at most 4 days after
                `start_date`, which the sandbox holds); its parameter list says "up to 5 days after".
            provider_ids (list[str]): EHR provider ids, 1 to 10.
            buffer (int | Unset): As in `get_availability`.
            visit_type (str | Unset): As in `get_availability`.
            calculation_method (FetchAvailabilityRequestCalculationMethod | Unset): As in `get_availability`. Default:
                FetchAvailabilityRequestCalculationMethod.GAPS.
            slot_type (str | Unset): As in `get_availability`.
            daily_appointment_limit (int | Unset): As in `get_availability`; requires `daily_limit_type`.
            daily_limit_type (str | Unset): As in `get_availability`; requires `daily_appointment_limit`.
            provider_type (FetchAvailabilityRequestProviderType | Unset): As in `get_availability`. Default:
                FetchAvailabilityRequestProviderType.PRIMARY.
            fallback_to_default_hours (bool | Unset): As in `get_availability`.
            max_slot_duration (int | Unset): As in `get_availability`.
            facility_scoped_scheduling (bool | Unset): As in `get_availability`.
            location_ids (list[str] | Unset): EHR location ids, as in `get_availability`.
    """

    start_date: datetime.date
    end_date: datetime.date
    provider_ids: list[str]
    buffer: int | Unset = UNSET
    visit_type: str | Unset = UNSET
    calculation_method: FetchAvailabilityRequestCalculationMethod | Unset = (
        FetchAvailabilityRequestCalculationMethod.GAPS
    )
    slot_type: str | Unset = UNSET
    daily_appointment_limit: int | Unset = UNSET
    daily_limit_type: str | Unset = UNSET
    provider_type: FetchAvailabilityRequestProviderType | Unset = FetchAvailabilityRequestProviderType.PRIMARY
    fallback_to_default_hours: bool | Unset = UNSET
    max_slot_duration: int | Unset = UNSET
    facility_scoped_scheduling: bool | Unset = UNSET
    location_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        provider_ids = self.provider_ids

        buffer = self.buffer

        visit_type = self.visit_type

        calculation_method: str | Unset = UNSET
        if not isinstance(self.calculation_method, Unset):
            calculation_method = self.calculation_method.value

        slot_type = self.slot_type

        daily_appointment_limit = self.daily_appointment_limit

        daily_limit_type = self.daily_limit_type

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type.value

        fallback_to_default_hours = self.fallback_to_default_hours

        max_slot_duration = self.max_slot_duration

        facility_scoped_scheduling = self.facility_scoped_scheduling

        location_ids: list[str] | Unset = UNSET
        if not isinstance(self.location_ids, Unset):
            location_ids = self.location_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
                "provider_ids": provider_ids,
            }
        )
        if buffer is not UNSET:
            field_dict["buffer"] = buffer
        if visit_type is not UNSET:
            field_dict["visit_type"] = visit_type
        if calculation_method is not UNSET:
            field_dict["calculation_method"] = calculation_method
        if slot_type is not UNSET:
            field_dict["slot_type"] = slot_type
        if daily_appointment_limit is not UNSET:
            field_dict["daily_appointment_limit"] = daily_appointment_limit
        if daily_limit_type is not UNSET:
            field_dict["daily_limit_type"] = daily_limit_type
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if fallback_to_default_hours is not UNSET:
            field_dict["fallback_to_default_hours"] = fallback_to_default_hours
        if max_slot_duration is not UNSET:
            field_dict["max_slot_duration"] = max_slot_duration
        if facility_scoped_scheduling is not UNSET:
            field_dict["facility_scoped_scheduling"] = facility_scoped_scheduling
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        provider_ids = cast(list[str], d.pop("provider_ids"))

        _calculation_method = d.pop("calculation_method", UNSET)
        calculation_method: FetchAvailabilityRequestCalculationMethod | Unset
        if isinstance(_calculation_method, Unset):
            calculation_method = UNSET
        else:
            calculation_method = FetchAvailabilityRequestCalculationMethod(_calculation_method)

        _provider_type = d.pop("provider_type", UNSET)
        provider_type: FetchAvailabilityRequestProviderType | Unset
        if isinstance(_provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = FetchAvailabilityRequestProviderType(_provider_type)

        location_ids = cast(list[str], d.pop("location_ids", UNSET))

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        fetch_availability_request = cls.__new__(cls)
        fetch_availability_request.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "start_date": start_date,
            "end_date": end_date,
            "provider_ids": provider_ids,
            "calculation_method": calculation_method,
            "provider_type": provider_type,
            "location_ids": location_ids,
        }

        fetch_availability_request.additional_properties = additional
        return fetch_availability_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
