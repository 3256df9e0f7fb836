from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityWindow")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "day_of_week": UNSET,
    "duration_string": UNSET,
    "provider_id": UNSET,
    "provider_name": UNSET,
    "facility_id": UNSET,
    "facility_name": UNSET,
    "visit_type": UNSET,
    "available_appointments": UNSET,
    "max_visits": UNSET,
    "timezone_abbr": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class AvailabilityWindow:
    """One open window of one provider on one day.

    Attributes:
        date (datetime.date): The day (YYYY-MM-DD).
        range_start (str): Start of the window (ISO 8601 with the practice's offset and milliseconds).
        range_end (str): End of the window, exclusive.
        day_of_week (int | Unset): The day of the week. The live fetch's page says 1 to 7, the ISO weekday (Monday 1,
            Sunday 7); the cached availability's page shows only a Friday (2024-04-05, 5), which
            both that and a Sunday-0 count give.
        duration_string (str | Unset): The window's length, as `9h`, `30m` or `1h 30m`.
        provider_id (str | Unset): The provider's EHR id (`ehr_id` of GET /providers), the id to book with.
        provider_name (str | Unset): The provider's name.
        facility_id (None | str | Unset): The EHR id of the shift's facility (location), if the EHR has one.
        facility_name (None | str | Unset): The facility's name, if the EHR has one.
        visit_type (None | str | Unset): The slot's visit type (with `calculation_method` `slots` or `equal_slots`, per
            the live fetch's page).
        available_appointments (int | None | str | Unset): How many appointments the slot still takes (slots only; the
            page gives no type).
        max_visits (int | None | str | Unset): How many visits the slot takes in all (slots only; the page gives no
            type).
        timezone_abbr (str | Unset): The abbreviation of the practice's zone at the window (`PDT`).
    """

    date: datetime.date
    range_start: str
    range_end: str
    day_of_week: int | Unset = UNSET
    duration_string: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    facility_id: None | str | Unset = UNSET
    facility_name: None | str | Unset = UNSET
    visit_type: None | str | Unset = UNSET
    available_appointments: int | None | str | Unset = UNSET
    max_visits: int | None | str | Unset = UNSET
    timezone_abbr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        range_start = self.range_start

        range_end = self.range_end

        day_of_week = self.day_of_week

        duration_string = self.duration_string

        provider_id = self.provider_id

        provider_name = self.provider_name

        facility_id: None | str | Unset
        if isinstance(self.facility_id, Unset):
            facility_id = UNSET
        else:
            facility_id = self.facility_id

        facility_name: None | str | Unset
        if isinstance(self.facility_name, Unset):
            facility_name = UNSET
        else:
            facility_name = self.facility_name

        visit_type: None | str | Unset
        if isinstance(self.visit_type, Unset):
            visit_type = UNSET
        else:
            visit_type = self.visit_type

        available_appointments: int | None | str | Unset
        if isinstance(self.available_appointments, Unset):
            available_appointments = UNSET
        else:
            available_appointments = self.available_appointments

        max_visits: int | None | str | Unset
        if isinstance(self.max_visits, Unset):
            max_visits = UNSET
        else:
            max_visits = self.max_visits

        timezone_abbr = self.timezone_abbr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "range_start": range_start,
                "range_end": range_end,
            }
        )
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if duration_string is not UNSET:
            field_dict["duration_string"] = duration_string
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if facility_name is not UNSET:
            field_dict["facility_name"] = facility_name
        if visit_type is not UNSET:
            field_dict["visit_type"] = visit_type
        if available_appointments is not UNSET:
            field_dict["available_appointments"] = available_appointments
        if max_visits is not UNSET:
            field_dict["max_visits"] = max_visits
        if timezone_abbr is not UNSET:
            field_dict["timezone_abbr"] = timezone_abbr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        range_start = d.pop("range_start")

        range_end = d.pop("range_end")

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        availability_window = cls.__new__(cls)
        availability_window.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "date": date,
            "range_start": range_start,
            "range_end": range_end,
        }

        availability_window.additional_properties = additional
        return availability_window

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
