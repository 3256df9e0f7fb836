from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.appointment import Appointment


T = TypeVar("T", bound="GetAppointmentResponse")


@_attrs_define
class GetAppointmentResponse:
    """Body of a successful get; the one appointment is under the plural key `appointments`.

    Attributes:
        success (bool): Always true on success.
        appointments (Appointment): One appointment. Fields the reference shows in only one of its examples are
            optional.
            Status, mode and visit type are read as open strings so that a value added by the API later
            does not break a client; their known values are documented.
    """

    success: bool
    appointments: Appointment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        appointments = self.appointments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "appointments": appointments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        appointments = Appointment.from_dict(d.pop("appointments"))

        get_appointment_response = cls(
            success=success,
            appointments=appointments,
        )

        get_appointment_response.additional_properties = d
        return get_appointment_response

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
