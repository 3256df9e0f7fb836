from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fetch_appointments_request_search_by import FetchAppointmentsRequestSearchBy
from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchAppointmentsRequest")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "mrn": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class FetchAppointmentsRequest:
    """A live appointment fetch; `search_by` is the mode, and names what is required: the dates
    for `date_range` (the default) and `provider` (with `provider_ids`), `mrn` for `mrn`.

        Attributes:
            search_by (FetchAppointmentsRequestSearchBy | Unset): The mode. Default:
                FetchAppointmentsRequestSearchBy.DATE_RANGE.
            start_date (datetime.date | Unset): First day (YYYY-MM-DD); required for `date_range` and `provider`.
            end_date (datetime.date | Unset): Last day; required for `date_range` (at most 7 days) and `provider` (up to 5
                days after
                `start_date` for one provider, equal to it for 2-10).
            mrn (str | Unset): The patient's MRN; required for `mrn`.
            provider_ids (list[str] | Unset): EHR provider ids (1-10); required for `provider`.
    """

    search_by: FetchAppointmentsRequestSearchBy | Unset = FetchAppointmentsRequestSearchBy.DATE_RANGE
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    mrn: str | Unset = UNSET
    provider_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_by: str | Unset = UNSET
        if not isinstance(self.search_by, Unset):
            search_by = self.search_by.value

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        mrn = self.mrn

        provider_ids: list[str] | Unset = UNSET
        if not isinstance(self.provider_ids, Unset):
            provider_ids = self.provider_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_by is not UNSET:
            field_dict["search_by"] = search_by
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if provider_ids is not UNSET:
            field_dict["provider_ids"] = provider_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _search_by = d.pop("search_by", UNSET)
        search_by: FetchAppointmentsRequestSearchBy | Unset
        if isinstance(_search_by, Unset):
            search_by = UNSET
        else:
            search_by = FetchAppointmentsRequestSearchBy(_search_by)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        provider_ids = cast(list[str], d.pop("provider_ids", UNSET))

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        fetch_appointments_request = cls.__new__(cls)
        fetch_appointments_request.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "search_by": search_by,
            "start_date": start_date,
            "end_date": end_date,
            "provider_ids": provider_ids,
        }

        fetch_appointments_request.additional_properties = additional
        return fetch_appointments_request

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
