from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentCancelledData")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "duration": UNSET,
    "provider_id": UNSET,
    "provider_name": UNSET,
    "mrn": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class AppointmentCancelledData:
    """`data` of `appointment.cancelled`.

    Attributes:
        id (str): The appointment's id.
        cancelled_at (datetime.datetime): When it was cancelled.
        date_time (datetime.datetime | Unset): Start of the visit that was cancelled.
        duration (int | None | Unset): Length in minutes.
        provider_id (int | None | str | Unset): The provider's id (a string in the field tables, a number in the
            vendor's example).
        provider_name (None | str | Unset): The provider's name.
        mrn (int | None | str | Unset): The patient's medical record number (a string in the field tables, a number in
            the vendor's example).
    """

    id: str
    cancelled_at: datetime.datetime
    date_time: datetime.datetime | Unset = UNSET
    duration: int | None | Unset = UNSET
    provider_id: int | None | str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    mrn: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cancelled_at = self.cancelled_at.isoformat()

        date_time: str | Unset = UNSET
        if not isinstance(self.date_time, Unset):
            date_time = self.date_time.isoformat()

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        provider_id: int | None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        mrn: int | None | str | Unset
        if isinstance(self.mrn, Unset):
            mrn = UNSET
        else:
            mrn = self.mrn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cancelled_at": cancelled_at,
            }
        )
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if mrn is not UNSET:
            field_dict["mrn"] = mrn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        cancelled_at = datetime.datetime.fromisoformat(d.pop("cancelled_at"))

        _date_time = d.pop("date_time", UNSET)
        date_time: datetime.datetime | Unset
        if isinstance(_date_time, Unset):
            date_time = UNSET
        else:
            date_time = datetime.datetime.fromisoformat(_date_time)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        appointment_cancelled_data = cls.__new__(cls)
        appointment_cancelled_data.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "id": id,
            "cancelled_at": cancelled_at,
            "date_time": date_time,
        }

        appointment_cancelled_data.additional_properties = additional
        return appointment_cancelled_data

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
