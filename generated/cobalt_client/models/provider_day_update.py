from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.provider_day_update_day import ProviderDayUpdateDay

if TYPE_CHECKING:
    from ..models.provider_shift_update import ProviderShiftUpdate


T = TypeVar("T", bound="ProviderDayUpdate")


@_attrs_define
class ProviderDayUpdate:
    """One day's shifts in an update.

    Attributes:
        day (ProviderDayUpdateDay): The day, capitalised.
        shifts (list[ProviderShiftUpdate]): The day's shifts.
    """

    day: ProviderDayUpdateDay
    shifts: list[ProviderShiftUpdate]

    def to_dict(self) -> dict[str, Any]:
        day = self.day.value

        shifts = []
        for shifts_item_data in self.shifts:
            shifts_item = shifts_item_data.to_dict()
            shifts.append(shifts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
                "shifts": shifts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = ProviderDayUpdateDay(d.pop("day"))

        shifts = []
        _shifts = d.pop("shifts")
        for shifts_item_data in _shifts:
            shifts_item = ProviderShiftUpdate.from_dict(shifts_item_data)

            shifts.append(shifts_item)

        provider_day_update = cls(
            day=day,
            shifts=shifts,
        )

        return provider_day_update


# The models this one refers to, imported once at the end of the module (not at every call of
# from_dict): a model that refers back to this one finds it already defined.
from ..models.provider_shift_update import ProviderShiftUpdate  # noqa: E402
