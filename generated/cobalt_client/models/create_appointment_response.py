from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.created_appointment import CreatedAppointment


T = TypeVar("T", bound="CreateAppointmentResponse")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "message": UNSET,
    "appointment_id": UNSET,
    "job_id": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class CreateAppointmentResponse:
    """Body of a successful create, in any of the vendor's three shapes: `message` and
    `data.appointment_id` (first reference), `data.appointment_id` and `data.message` (current
    reference), or flat `message`, `appointment_id` and an integer `job_id` (newest page). One
    of `data` and `appointment_id` is present.

        Attributes:
            success (bool): Always true on success.
            message (str | Unset): Human-readable confirmation (first reference, newest page).
            data (CreatedAppointment | Unset): Identifies the new appointment.
            appointment_id (str | Unset): The id of the new appointment (newest page, which answers without `data`).
            job_id (int | str | Unset): The booking's job (newest page, where it is a number); read it as a string.
    """

    success: bool
    message: str | Unset = UNSET
    data: CreatedAppointment | Unset = UNSET
    appointment_id: str | Unset = UNSET
    job_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        appointment_id = self.appointment_id

        job_id: int | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data
        if appointment_id is not UNSET:
            field_dict["appointment_id"] = appointment_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        _data = d.pop("data", UNSET)
        data: CreatedAppointment | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CreatedAppointment.from_dict(_data)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        create_appointment_response = cls.__new__(cls)
        create_appointment_response.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "success": success,
            "data": data,
        }

        create_appointment_response.additional_properties = additional
        return create_appointment_response

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
from ..models.created_appointment import CreatedAppointment  # noqa: E402
