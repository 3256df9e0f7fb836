from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shift_recurrence_update import ShiftRecurrenceUpdate


T = TypeVar("T", bound="ProviderShiftUpdate")


@_attrs_define
class ProviderShiftUpdate:
    """One shift in an update.

    Attributes:
        start (str): A time of day as `THH:MM:SS` (24-hour).
        end (str): A time of day as `THH:MM:SS` (24-hour).
        facility_id (str): A location of the practice (its `id` from `list_locations`).
        set_start_date (str | Unset): A day as ISO 8601 with a time and no offset (`2025-11-13T00:00:00`).
        set_end_date (str | Unset): A day as ISO 8601 with a time and no offset (`2025-11-13T00:00:00`).
        set_recur (ShiftRecurrenceUpdate | Unset): How the shift repeats, when not every week.
    """

    start: str
    end: str
    facility_id: str
    set_start_date: str | Unset = UNSET
    set_end_date: str | Unset = UNSET
    set_recur: ShiftRecurrenceUpdate | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        facility_id = self.facility_id

        set_start_date = self.set_start_date

        set_end_date = self.set_end_date

        set_recur: dict[str, Any] | Unset = UNSET
        if not isinstance(self.set_recur, Unset):
            set_recur = self.set_recur.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "end": end,
                "facility_id": facility_id,
            }
        )
        if set_start_date is not UNSET:
            field_dict["set_start_date"] = set_start_date
        if set_end_date is not UNSET:
            field_dict["set_end_date"] = set_end_date
        if set_recur is not UNSET:
            field_dict["set_recur"] = set_recur

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        facility_id = d.pop("facility_id")

        set_start_date = d.pop("set_start_date", UNSET)

        set_end_date = d.pop("set_end_date", UNSET)

        _set_recur = d.pop("set_recur", UNSET)
        set_recur: ShiftRecurrenceUpdate | Unset
        if isinstance(_set_recur, Unset):
            set_recur = UNSET
        else:
            set_recur = ShiftRecurrenceUpdate.from_dict(_set_recur)

        provider_shift_update = cls(
            start=start,
            end=end,
            facility_id=facility_id,
            set_start_date=set_start_date,
            set_end_date=set_end_date,
            set_recur=set_recur,
        )

        return provider_shift_update


# The models this one refers to, imported once at the end of the module (not at every call of
# from_dict): a model that refers back to this one finds it already defined.
from ..models.shift_recurrence_update import ShiftRecurrenceUpdate  # noqa: E402
