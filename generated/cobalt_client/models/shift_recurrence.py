from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShiftRecurrence")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "rec_start_date": UNSET,
    "rec_end_date": UNSET,
    "recur_interval_type": UNSET,
    "recur_interval_amount": UNSET,
    "recur_interval_description": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class ShiftRecurrence:
    """How a shift repeats (the EHR's recurrence).

    Attributes:
        rec_start_date (None | str | Unset): The first day of the recurrence (ISO 8601).
        rec_end_date (None | str | Unset): The last day of the recurrence (ISO 8601).
        recur_interval_type (None | str | Unset): The unit of the interval (`days`, `weeks`).
        recur_interval_amount (int | None | str | Unset): How many units between occurrences (a string in the list, a
            number in an update).
        recur_interval_description (None | str | Unset): The recurrence in words (`Every 2 weeks.`).
    """

    rec_start_date: None | str | Unset = UNSET
    rec_end_date: None | str | Unset = UNSET
    recur_interval_type: None | str | Unset = UNSET
    recur_interval_amount: int | None | str | Unset = UNSET
    recur_interval_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rec_start_date: None | str | Unset
        if isinstance(self.rec_start_date, Unset):
            rec_start_date = UNSET
        else:
            rec_start_date = self.rec_start_date

        rec_end_date: None | str | Unset
        if isinstance(self.rec_end_date, Unset):
            rec_end_date = UNSET
        else:
            rec_end_date = self.rec_end_date

        recur_interval_type: None | str | Unset
        if isinstance(self.recur_interval_type, Unset):
            recur_interval_type = UNSET
        else:
            recur_interval_type = self.recur_interval_type

        recur_interval_amount: int | None | str | Unset
        if isinstance(self.recur_interval_amount, Unset):
            recur_interval_amount = UNSET
        else:
            recur_interval_amount = self.recur_interval_amount

        recur_interval_description: None | str | Unset
        if isinstance(self.recur_interval_description, Unset):
            recur_interval_description = UNSET
        else:
            recur_interval_description = self.recur_interval_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rec_start_date is not UNSET:
            field_dict["rec_start_date"] = rec_start_date
        if rec_end_date is not UNSET:
            field_dict["rec_end_date"] = rec_end_date
        if recur_interval_type is not UNSET:
            field_dict["recur_interval_type"] = recur_interval_type
        if recur_interval_amount is not UNSET:
            field_dict["recur_interval_amount"] = recur_interval_amount
        if recur_interval_description is not UNSET:
            field_dict["recur_interval_description"] = recur_interval_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        shift_recurrence = cls.__new__(cls)
        shift_recurrence.__dict__ = {
            **_PLAIN_UNSET,
            **d,
        }

        shift_recurrence.additional_properties = additional
        return shift_recurrence

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
