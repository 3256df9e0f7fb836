from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patients_live_fetch_completed_data_patients_item import PatientsLiveFetchCompletedDataPatientsItem


T = TypeVar("T", bound="PatientsLiveFetchCompletedData")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "patient_count": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class PatientsLiveFetchCompletedData:
    """`data` of `patient.live_fetch_completed`.

    Attributes:
        success (bool): Whether the search succeeded.
        patient_count (int | Unset): How many patients were found.
        patients (list[PatientsLiveFetchCompletedDataPatientsItem] | Unset): The patients as the EHR has them
            (`date_of_birth`, not `dob`; more with `include`).
    """

    success: bool
    patient_count: int | Unset = UNSET
    patients: list[PatientsLiveFetchCompletedDataPatientsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        patient_count = self.patient_count

        patients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.patients, Unset):
            patients = []
            for patients_item_data in self.patients:
                patients_item = patients_item_data.to_dict()
                patients.append(patients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if patient_count is not UNSET:
            field_dict["patient_count"] = patient_count
        if patients is not UNSET:
            field_dict["patients"] = patients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        _patients = d.pop("patients", UNSET)
        patients: list[PatientsLiveFetchCompletedDataPatientsItem] | Unset = UNSET
        if _patients is not UNSET:
            patients = []
            for patients_item_data in _patients:
                patients_item = PatientsLiveFetchCompletedDataPatientsItem.from_dict(patients_item_data)

                patients.append(patients_item)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        patients_live_fetch_completed_data = cls.__new__(cls)
        patients_live_fetch_completed_data.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "success": success,
            "patients": patients,
        }

        patients_live_fetch_completed_data.additional_properties = additional
        return patients_live_fetch_completed_data

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
from ..models.patients_live_fetch_completed_data_patients_item import PatientsLiveFetchCompletedDataPatientsItem  # noqa: E402
