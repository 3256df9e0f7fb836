from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientCreatedData")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "patient_id": UNSET,
    "mrn": UNSET,
    "patient_mrn": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class PatientCreatedData:
    """`data` of `patient.created` (the older page names the MRN `patient_mrn`).

    Attributes:
        patient_id (str | Unset): The id the create answered with.
        mrn (str | Unset): The new patient's MRN, to book with.
        patient_mrn (str | Unset): The same, as the older page names it.
    """

    patient_id: str | Unset = UNSET
    mrn: str | Unset = UNSET
    patient_mrn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        mrn = self.mrn

        patient_mrn = self.patient_mrn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if patient_mrn is not UNSET:
            field_dict["patient_mrn"] = patient_mrn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        patient_created_data = cls.__new__(cls)
        patient_created_data.__dict__ = {
            **_PLAIN_UNSET,
            **d,
        }

        patient_created_data.additional_properties = additional
        return patient_created_data

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
