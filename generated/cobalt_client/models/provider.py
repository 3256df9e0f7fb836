from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_day import ProviderDay


T = TypeVar("T", bound="Provider")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "id": UNSET,
    "npi": UNSET,
    "timezone": UNSET,
    "status": UNSET,
    "hide_in_availability": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class Provider:
    """One provider, with the hours the EHR holds for them.

    Attributes:
        ehr_id (str): The EHR's id, for a booking's `provider` and `secondary_provider`.
        name (str): The provider's name as the EHR writes it.
        id (str | Unset): Cobalt's id (32 hexadecimal characters), for `update_provider`; an older page shows none.
        npi (None | str | Unset): The National Provider Identifier.
        timezone (None | str | Unset): The provider's time zone (IANA name).
        status (str | Unset): `active` (the schedule is synced from the EHR) or `inactive` (it is not); read as an open
            string.
        hide_in_availability (bool | Unset): Whether the provider is left out of availability (default false).
        hours (list[ProviderDay] | Unset): The provider's shifts, by day.
    """

    ehr_id: str
    name: str
    id: str | Unset = UNSET
    npi: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    status: str | Unset = UNSET
    hide_in_availability: bool | Unset = UNSET
    hours: list[ProviderDay] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ehr_id = self.ehr_id

        name = self.name

        id = self.id

        npi: None | str | Unset
        if isinstance(self.npi, Unset):
            npi = UNSET
        else:
            npi = self.npi

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        status = self.status

        hide_in_availability = self.hide_in_availability

        hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hours, Unset):
            hours = []
            for hours_item_data in self.hours:
                hours_item = hours_item_data.to_dict()
                hours.append(hours_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ehr_id": ehr_id,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if npi is not UNSET:
            field_dict["npi"] = npi
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if status is not UNSET:
            field_dict["status"] = status
        if hide_in_availability is not UNSET:
            field_dict["hide_in_availability"] = hide_in_availability
        if hours is not UNSET:
            field_dict["hours"] = hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ehr_id = d.pop("ehr_id")

        name = d.pop("name")

        _hours = d.pop("hours", UNSET)
        hours: list[ProviderDay] | Unset = UNSET
        if _hours is not UNSET:
            hours = []
            for hours_item_data in _hours:
                hours_item = ProviderDay.from_dict(hours_item_data)

                hours.append(hours_item)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        provider = cls.__new__(cls)
        provider.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "ehr_id": ehr_id,
            "name": name,
            "hours": hours,
        }

        provider.additional_properties = additional
        return provider

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
from ..models.provider_day import ProviderDay  # noqa: E402
