from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.patient import Patient


T = TypeVar("T", bound="ListPatientsResponse")


@_attrs_define
class ListPatientsResponse:
    """One page of `list_patients`.

    Attributes:
        success (bool): True on success.
        patients (list[Patient]): The page's patients.
        pagination (Pagination): Where this page is among all (the newest webhook-events page).
    """

    success: bool
    patients: list[Patient]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        patients = []
        for patients_item_data in self.patients:
            patients_item = patients_item_data.to_dict()
            patients.append(patients_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "patients": patients,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        patients = []
        _patients = d.pop("patients")
        for patients_item_data in _patients:
            patients_item = Patient.from_dict(patients_item_data)

            patients.append(patients_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        list_patients_response = cls(
            success=success,
            patients=patients,
            pagination=pagination,
        )

        list_patients_response.additional_properties = d
        return list_patients_response

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
from ..models.pagination import Pagination  # noqa: E402
from ..models.patient import Patient  # noqa: E402
