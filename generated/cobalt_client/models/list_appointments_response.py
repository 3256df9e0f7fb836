from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment import Appointment
    from ..models.appointment_list import AppointmentList


T = TypeVar("T", bound="ListAppointmentsResponse")


@_attrs_define
class ListAppointmentsResponse:
    """Body of a successful list: the appointments under `results.appointments` (first reference)
    or under `appointments` (current reference). One of the two is there.

        Attributes:
            success (bool): Always true on success.
            results (AppointmentList | Unset): Wrapper of the listed appointments.
            appointments (list[Appointment] | Unset): The matching appointments (current reference's shape).
    """

    success: bool
    results: AppointmentList | Unset = UNSET
    appointments: list[Appointment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

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
        if results is not UNSET:
            field_dict["results"] = results
        if appointments is not UNSET:
            field_dict["appointments"] = appointments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        _results = d.pop("results", UNSET)
        results: AppointmentList | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = AppointmentList.from_dict(_results)

        _appointments = d.pop("appointments", UNSET)
        appointments: list[Appointment] | Unset = UNSET
        if _appointments is not UNSET:
            appointments = []
            for appointments_item_data in _appointments:
                appointments_item = Appointment.from_dict(appointments_item_data)

                appointments.append(appointments_item)

        list_appointments_response = cls(
            success=success,
            results=results,
            appointments=appointments,
        )

        list_appointments_response.additional_properties = d
        return list_appointments_response

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
from ..models.appointment import Appointment  # noqa: E402
from ..models.appointment_list import AppointmentList  # noqa: E402
