from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.appointment_list import AppointmentList


T = TypeVar("T", bound="ListAppointmentsResponse")


@_attrs_define
class ListAppointmentsResponse:
    """Body of a successful list.

    Attributes:
        success (bool): Always true on success.
        results (AppointmentList): Wrapper of the listed appointments.
    """

    success: bool
    results: AppointmentList
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment_list import AppointmentList  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        results = AppointmentList.from_dict(d.pop("results"))

        list_appointments_response = cls(
            success=success,
            results=results,
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
