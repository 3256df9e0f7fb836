from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Patient")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "ehr_id": UNSET,
    "first_name": UNSET,
    "last_name": UNSET,
    "sex": UNSET,
    "phone": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class Patient:
    """A cached patient, as `list_patients` returns it.

    Attributes:
        mrn (str): The patient's medical record number (book with it).
        ehr_id (None | str | Unset): The patient's EHR id.
        first_name (None | str | Unset): First name.
        last_name (None | str | Unset): Last name.
        dob (datetime.date | None | Unset): Date of birth (YYYY-MM-DD).
        sex (None | str | Unset): Sex as the EHR records it (`male`, `female`, `unknown`).
        phone (None | str | Unset): Phone number.
    """

    mrn: str
    ehr_id: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    dob: datetime.date | None | Unset = UNSET
    sex: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mrn = self.mrn

        ehr_id: None | str | Unset
        if isinstance(self.ehr_id, Unset):
            ehr_id = UNSET
        else:
            ehr_id = self.ehr_id

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        dob: None | str | Unset
        if isinstance(self.dob, Unset):
            dob = UNSET
        elif isinstance(self.dob, datetime.date):
            dob = self.dob.isoformat()
        else:
            dob = self.dob

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        else:
            sex = self.sex

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mrn": mrn,
            }
        )
        if ehr_id is not UNSET:
            field_dict["ehr_id"] = ehr_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if dob is not UNSET:
            field_dict["dob"] = dob
        if sex is not UNSET:
            field_dict["sex"] = sex
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mrn = d.pop("mrn")

        dob_data = d.pop("dob", UNSET)
        dob: datetime.date | None | Unset
        if isinstance(dob_data, str):
            dob_type_0 = datetime.date.fromisoformat(dob_data)

            dob = dob_type_0
        else:
            dob = dob_data

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        patient = cls.__new__(cls)
        patient.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "mrn": mrn,
            "dob": dob,
        }

        patient.additional_properties = additional
        return patient

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
