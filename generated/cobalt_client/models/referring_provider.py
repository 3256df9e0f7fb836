from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferringProvider")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "ehr_id": UNSET,
    "name": UNSET,
    "first_name": UNSET,
    "last_name": UNSET,
    "middle_initial": UNSET,
    "speciality": UNSET,
    "phone": UNSET,
    "fax": UNSET,
    "email": UNSET,
    "npi": UNSET,
    "address_street": UNSET,
    "address_city": UNSET,
    "address_state": UNSET,
    "address_zip": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class ReferringProvider:
    """A provider outside the practice who refers patients to it (no patient data).

    Attributes:
        id (str): Cobalt's id of the referring provider (`referring_provider_id` of a new patient).
        ehr_id (None | str | Unset): The EHR's id.
        name (None | str | Unset): The full name, as the EHR writes it.
        first_name (None | str | Unset): The first name (a provider's, not a patient's).
        last_name (None | str | Unset): The last name.
        middle_initial (None | str | Unset): The middle initial.
        speciality (None | str | Unset): The speciality.
        phone (None | str | Unset): The office's phone number.
        fax (None | str | Unset): The office's fax number.
        email (None | str | Unset): The office's email address.
        npi (None | str | Unset): The National Provider Identifier.
        address_street (None | str | Unset): The office's street address.
        address_city (None | str | Unset): The office's city.
        address_state (None | str | Unset): The office's state.
        address_zip (None | str | Unset): The office's ZIP code.
    """

    id: str
    ehr_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    middle_initial: None | str | Unset = UNSET
    speciality: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    npi: None | str | Unset = UNSET
    address_street: None | str | Unset = UNSET
    address_city: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    address_zip: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ehr_id: None | str | Unset
        if isinstance(self.ehr_id, Unset):
            ehr_id = UNSET
        else:
            ehr_id = self.ehr_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        middle_initial: None | str | Unset
        if isinstance(self.middle_initial, Unset):
            middle_initial = UNSET
        else:
            middle_initial = self.middle_initial

        speciality: None | str | Unset
        if isinstance(self.speciality, Unset):
            speciality = UNSET
        else:
            speciality = self.speciality

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        npi: None | str | Unset
        if isinstance(self.npi, Unset):
            npi = UNSET
        else:
            npi = self.npi

        address_street: None | str | Unset
        if isinstance(self.address_street, Unset):
            address_street = UNSET
        else:
            address_street = self.address_street

        address_city: None | str | Unset
        if isinstance(self.address_city, Unset):
            address_city = UNSET
        else:
            address_city = self.address_city

        address_state: None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        address_zip: None | str | Unset
        if isinstance(self.address_zip, Unset):
            address_zip = UNSET
        else:
            address_zip = self.address_zip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if ehr_id is not UNSET:
            field_dict["ehr_id"] = ehr_id
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if middle_initial is not UNSET:
            field_dict["middle_initial"] = middle_initial
        if speciality is not UNSET:
            field_dict["speciality"] = speciality
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if npi is not UNSET:
            field_dict["npi"] = npi
        if address_street is not UNSET:
            field_dict["address_street"] = address_street
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_zip is not UNSET:
            field_dict["address_zip"] = address_zip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        referring_provider = cls.__new__(cls)
        referring_provider.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "id": id,
        }

        referring_provider.additional_properties = additional
        return referring_provider

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
