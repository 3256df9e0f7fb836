from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fetch_patients_request_include_type_1_item import FetchPatientsRequestIncludeType1Item
from ..models.fetch_patients_request_search_by import FetchPatientsRequestSearchBy
from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchPatientsRequest")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "first_name": UNSET,
    "last_name": UNSET,
    "phone": UNSET,
    "mrn": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class FetchPatientsRequest:
    """A live patient search; `search_by` names the values searched by, which are then required
    (`name`: a first or a last name); at least one value is always required.

        Attributes:
            search_by (FetchPatientsRequestSearchBy | Unset): The search method (`mrn` on the newest page).
            dob (datetime.date | Unset): Date of birth (YYYY-MM-DD).
            first_name (str | Unset): First name.
            last_name (str | Unset): Last name.
            phone (str | Unset): Phone number as XXX-XXX-XXXX (`555-123-4567`).
            mrn (str | Unset): The patient's MRN.
            include (list[FetchPatientsRequestIncludeType1Item] | str | Unset): More of each patient (`insurances`), as a
                comma-separated string or an array.
    """

    search_by: FetchPatientsRequestSearchBy | Unset = UNSET
    dob: datetime.date | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    mrn: str | Unset = UNSET
    include: list[FetchPatientsRequestIncludeType1Item] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_by: str | Unset = UNSET
        if not isinstance(self.search_by, Unset):
            search_by = self.search_by.value

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.isoformat()

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        mrn = self.mrn

        include: list[str] | str | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_1_item_data in self.include:
                include_type_1_item = include_type_1_item_data.value
                include.append(include_type_1_item)

        else:
            include = self.include

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_by is not UNSET:
            field_dict["search_by"] = search_by
        if dob is not UNSET:
            field_dict["dob"] = dob
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _search_by = d.pop("search_by", UNSET)
        search_by: FetchPatientsRequestSearchBy | Unset
        if isinstance(_search_by, Unset):
            search_by = UNSET
        else:
            search_by = FetchPatientsRequestSearchBy(_search_by)

        _dob = d.pop("dob", UNSET)
        dob: datetime.date | Unset
        if isinstance(_dob, Unset):
            dob = UNSET
        else:
            dob = datetime.date.fromisoformat(_dob)

        include_data = d.pop("include", UNSET)
        include: list[FetchPatientsRequestIncludeType1Item] | str | Unset
        if isinstance(include_data, list):
            include_type_1 = []
            _include_type_1 = include_data
            for include_type_1_item_data in _include_type_1:
                include_type_1_item = FetchPatientsRequestIncludeType1Item(include_type_1_item_data)

                include_type_1.append(include_type_1_item)

            include = include_type_1
        else:
            include = include_data

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        fetch_patients_request = cls.__new__(cls)
        fetch_patients_request.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "search_by": search_by,
            "dob": dob,
            "include": include,
        }

        fetch_patients_request.additional_properties = additional
        return fetch_patients_request

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
