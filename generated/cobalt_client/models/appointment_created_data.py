from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentCreatedData")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "mrn": UNSET,
    "date_time": UNSET,
    "timezone": UNSET,
    "provider_id": UNSET,
    "provider_name": UNSET,
    "secondary_provider_id": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class AppointmentCreatedData:
    """`data` of `appointment.created`.

    Attributes:
        appointment_id (str): The appointment's id (`id` in `get_appointment`).
        mrn (None | str | Unset): The patient's medical record number.
        date_time (str | Unset): Start of the visit (ISO 8601). A string, not a `date-time`: the create page's example
            (`2025-01-01T10:00`) has neither seconds nor an offset, and sits beside `timezone`.
        timezone (None | str | Unset): The practice's time zone (IANA name).
        provider_id (None | str | Unset): The primary provider's id.
        provider_name (None | str | Unset): The primary provider's name.
        secondary_provider_id (None | str | Unset): The secondary provider's id, if any.
    """

    appointment_id: str
    mrn: None | str | Unset = UNSET
    date_time: str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    secondary_provider_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointment_id = self.appointment_id

        mrn: None | str | Unset
        if isinstance(self.mrn, Unset):
            mrn = UNSET
        else:
            mrn = self.mrn

        date_time = self.date_time

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        secondary_provider_id: None | str | Unset
        if isinstance(self.secondary_provider_id, Unset):
            secondary_provider_id = UNSET
        else:
            secondary_provider_id = self.secondary_provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointment_id": appointment_id,
            }
        )
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if secondary_provider_id is not UNSET:
            field_dict["secondary_provider_id"] = secondary_provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appointment_id = d.pop("appointment_id")

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        appointment_created_data = cls.__new__(cls)
        appointment_created_data.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "appointment_id": appointment_id,
        }

        appointment_created_data.additional_properties = additional
        return appointment_created_data

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
