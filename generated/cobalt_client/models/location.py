from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_address import LocationAddress


T = TypeVar("T", bound="Location")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "status": UNSET,
    "phone": UNSET,
    "fax": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class Location:
    """One location of the practice.

    Attributes:
        id (str): Cobalt's id (32 hexadecimal characters), for `update_location` and a shift's `facility_id`.
        ehr_id (str): The EHR's id, for a booking's `location`.
        name (str): The location's name.
        status (str | Unset): `active` or `inactive`; read as an open string.
        address (LocationAddress | None | Unset): The location's address (not patient data).
        phone (None | str | Unset): The location's phone number (not patient data).
        fax (None | str | Unset): The location's fax number.
    """

    id: str
    ehr_id: str
    name: str
    status: str | Unset = UNSET
    address: LocationAddress | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.location_address import LocationAddress  # noqa: PLC0415

        id = self.id

        ehr_id = self.ehr_id

        name = self.name

        status = self.status

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, LocationAddress):
            address = self.address.to_dict()
        else:
            address = self.address

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ehr_id": ehr_id,
                "name": name,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        ehr_id = d.pop("ehr_id")

        name = d.pop("name")

        address_data = d.pop("address", UNSET)
        address: LocationAddress | None | Unset
        if isinstance(address_data, dict):
            address_type_0 = LocationAddress.from_dict(address_data)

            address = address_type_0
        else:
            address = address_data

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        location = cls.__new__(cls)
        location.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "id": id,
            "ehr_id": ehr_id,
            "name": name,
            "address": address,
        }

        location.additional_properties = additional
        return location

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
from ..models.location_address import LocationAddress  # noqa: E402
