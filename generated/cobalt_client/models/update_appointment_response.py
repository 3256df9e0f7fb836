from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAppointmentResponse")


@_attrs_define
class UpdateAppointmentResponse:
    """Body of a successful update (the current reference's has no `appointment_id`).

    Attributes:
        success (bool): Always true on success.
        message (str): Human-readable confirmation.
        appointment_id (str | Unset): The id of the changed appointment.
    """

    success: bool
    message: str
    appointment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        appointment_id = self.appointment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if appointment_id is not UNSET:
            field_dict["appointment_id"] = appointment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        appointment_id = d.pop("appointment_id", UNSET)

        update_appointment_response = cls(
            success=success,
            message=message,
            appointment_id=appointment_id,
        )

        update_appointment_response.additional_properties = d
        return update_appointment_response

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
