from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointments_live_fetch_completed_data_appointments_item import (
        AppointmentsLiveFetchCompletedDataAppointmentsItem,
    )


T = TypeVar("T", bound="AppointmentsLiveFetchCompletedData")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "appointment_count": UNSET,
    "start_date": UNSET,
    "end_date": UNSET,
    "mrn": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class AppointmentsLiveFetchCompletedData:
    """`data` of `appointment.live_fetch_completed`.

    Attributes:
        success (bool): Whether the fetch succeeded.
        appointment_count (int | Unset): How many appointments were fetched.
        start_date (str | Unset): The range's first day (date-range and provider modes).
        end_date (str | Unset): The range's last day.
        mrn (str | Unset): The patient's MRN (MRN mode).
        provider_ids (list[str] | Unset): The providers fetched (provider mode).
        appointments (list[AppointmentsLiveFetchCompletedDataAppointmentsItem] | Unset): The appointments as the EHR has
            them (the cached list's fields, or the older page's few).
    """

    success: bool
    appointment_count: int | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    mrn: str | Unset = UNSET
    provider_ids: list[str] | Unset = UNSET
    appointments: list[AppointmentsLiveFetchCompletedDataAppointmentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        appointment_count = self.appointment_count

        start_date = self.start_date

        end_date = self.end_date

        mrn = self.mrn

        provider_ids: list[str] | Unset = UNSET
        if not isinstance(self.provider_ids, Unset):
            provider_ids = self.provider_ids

        appointments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appointments, Unset):
            appointments = []
            for appointments_item_data in self.appointments:
                appointments_item = appointments_item_data.to_dict()
                appointments.append(appointments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if appointment_count is not UNSET:
            field_dict["appointment_count"] = appointment_count
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if provider_ids is not UNSET:
            field_dict["provider_ids"] = provider_ids
        if appointments is not UNSET:
            field_dict["appointments"] = appointments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        provider_ids = cast(list[str], d.pop("provider_ids", UNSET))

        _appointments = d.pop("appointments", UNSET)
        appointments: list[AppointmentsLiveFetchCompletedDataAppointmentsItem] | Unset = UNSET
        if _appointments is not UNSET:
            appointments = []
            for appointments_item_data in _appointments:
                appointments_item = AppointmentsLiveFetchCompletedDataAppointmentsItem.from_dict(appointments_item_data)

                appointments.append(appointments_item)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        appointments_live_fetch_completed_data = cls.__new__(cls)
        appointments_live_fetch_completed_data.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "success": success,
            "provider_ids": provider_ids,
            "appointments": appointments,
        }

        appointments_live_fetch_completed_data.additional_properties = additional
        return appointments_live_fetch_completed_data

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


# The models this one refers to, imported once at the end of the module (not at every call of
# from_dict): a model that refers back to this one finds it already defined.
from ..models.appointments_live_fetch_completed_data_appointments_item import (
    AppointmentsLiveFetchCompletedDataAppointmentsItem,  # noqa: E402
)
