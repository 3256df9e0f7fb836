from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.shift_recurrence_update_recur_interval_type import ShiftRecurrenceUpdateRecurIntervalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShiftRecurrenceUpdate")


@_attrs_define
class ShiftRecurrenceUpdate:
    """How the shift repeats, when not every week.

    Attributes:
        rec_start_date (str | Unset): A day as ISO 8601 with a time and no offset (`2025-11-13T00:00:00`).
        rec_end_date (str | Unset): A day as ISO 8601 with a time and no offset (`2025-11-13T00:00:00`).
        recur_interval_type (ShiftRecurrenceUpdateRecurIntervalType | Unset): The unit of the interval.
        recur_interval_amount (int | Unset): How many units between occurrences.
        recur_interval_description (str | Unset): The recurrence in words.
    """

    rec_start_date: str | Unset = UNSET
    rec_end_date: str | Unset = UNSET
    recur_interval_type: ShiftRecurrenceUpdateRecurIntervalType | Unset = UNSET
    recur_interval_amount: int | Unset = UNSET
    recur_interval_description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        rec_start_date = self.rec_start_date

        rec_end_date = self.rec_end_date

        recur_interval_type: str | Unset = UNSET
        if not isinstance(self.recur_interval_type, Unset):
            recur_interval_type = self.recur_interval_type.value

        recur_interval_amount = self.recur_interval_amount

        recur_interval_description = self.recur_interval_description

        field_dict: dict[str, Any] = {}

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
        rec_start_date = d.pop("rec_start_date", UNSET)

        rec_end_date = d.pop("rec_end_date", UNSET)

        _recur_interval_type = d.pop("recur_interval_type", UNSET)
        recur_interval_type: ShiftRecurrenceUpdateRecurIntervalType | Unset
        if isinstance(_recur_interval_type, Unset):
            recur_interval_type = UNSET
        else:
            recur_interval_type = ShiftRecurrenceUpdateRecurIntervalType(_recur_interval_type)

        recur_interval_amount = d.pop("recur_interval_amount", UNSET)

        recur_interval_description = d.pop("recur_interval_description", UNSET)

        shift_recurrence_update = cls(
            rec_start_date=rec_start_date,
            rec_end_date=rec_end_date,
            recur_interval_type=recur_interval_type,
            recur_interval_amount=recur_interval_amount,
            recur_interval_description=recur_interval_description,
        )

        return shift_recurrence_update
