from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentUpdatedData")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "ehr_appointment_id": UNSET,
    "patient_mrn": UNSET,
    "patient_name": UNSET,
    "duration": UNSET,
    "location": UNSET,
    "status": UNSET,
    "provider_name": UNSET,
    "appointment_type": UNSET,
    "appointment_mode": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class AppointmentUpdatedData:
    """`data` of `appointment.updated`: the appointment as it now is.

    Attributes:
        id (str): The appointment's id.
        ehr_appointment_id (None | str | Unset): The EHR's own id of the appointment.
        patient_mrn (None | str | Unset): The patient's medical record number.
        patient_name (None | str | Unset): The patient's name.
        datetime_ (datetime.datetime | Unset): Start of the visit (ISO 8601).
        duration (int | None | Unset): Length in minutes.
        location (None | str | Unset): Location of the visit.
        status (str | Unset): The appointment's status (known values in `AppointmentStatus`).
        provider_name (None | str | Unset): The provider's name.
        appointment_type (None | str | Unset): The visit type.
        appointment_mode (None | str | Unset): `office` or `telemedicine`.
    """

    id: str
    ehr_appointment_id: None | str | Unset = UNSET
    patient_mrn: None | str | Unset = UNSET
    patient_name: None | str | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    duration: int | None | Unset = UNSET
    location: None | str | Unset = UNSET
    status: str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    appointment_type: None | str | Unset = UNSET
    appointment_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ehr_appointment_id: None | str | Unset
        if isinstance(self.ehr_appointment_id, Unset):
            ehr_appointment_id = UNSET
        else:
            ehr_appointment_id = self.ehr_appointment_id

        patient_mrn: None | str | Unset
        if isinstance(self.patient_mrn, Unset):
            patient_mrn = UNSET
        else:
            patient_mrn = self.patient_mrn

        patient_name: None | str | Unset
        if isinstance(self.patient_name, Unset):
            patient_name = UNSET
        else:
            patient_name = self.patient_name

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        status = self.status

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        appointment_type: None | str | Unset
        if isinstance(self.appointment_type, Unset):
            appointment_type = UNSET
        else:
            appointment_type = self.appointment_type

        appointment_mode: None | str | Unset
        if isinstance(self.appointment_mode, Unset):
            appointment_mode = UNSET
        else:
            appointment_mode = self.appointment_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if ehr_appointment_id is not UNSET:
            field_dict["ehr_appointment_id"] = ehr_appointment_id
        if patient_mrn is not UNSET:
            field_dict["patient_mrn"] = patient_mrn
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if duration is not UNSET:
            field_dict["duration"] = duration
        if location is not UNSET:
            field_dict["location"] = location
        if status is not UNSET:
            field_dict["status"] = status
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if appointment_type is not UNSET:
            field_dict["appointment_type"] = appointment_type
        if appointment_mode is not UNSET:
            field_dict["appointment_mode"] = appointment_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = datetime.datetime.fromisoformat(_datetime_)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        appointment_updated_data = cls.__new__(cls)
        appointment_updated_data.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "id": id,
            "datetime_": datetime_,
        }

        appointment_updated_data.additional_properties = additional
        return appointment_updated_data

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
