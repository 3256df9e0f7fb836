from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.update_provider_request_hide_in_availability import UpdateProviderRequestHideInAvailability
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_day_update import ProviderDayUpdate


T = TypeVar("T", bound="UpdateProviderRequest")


@_attrs_define
class UpdateProviderRequest:
    """What to change; one field at least.

    Attributes:
        status (str | Unset): `active` or `inactive`, in any case (`Active`, `ACTIVE`).
        hide_in_availability (UpdateProviderRequestHideInAvailability | Unset): `"true"` leaves the provider out of
            availability; `"false"` (default) shows them.
        hours (list[ProviderDayUpdate] | Unset): The provider's new shifts, by day (replacing the old).
    """

    status: str | Unset = UNSET
    hide_in_availability: UpdateProviderRequestHideInAvailability | Unset = UNSET
    hours: list[ProviderDayUpdate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        hide_in_availability: str | Unset = UNSET
        if not isinstance(self.hide_in_availability, Unset):
            hide_in_availability = self.hide_in_availability.value

        hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hours, Unset):
            hours = []
            for hours_item_data in self.hours:
                hours_item = hours_item_data.to_dict()
                hours.append(hours_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        status = d.pop("status", UNSET)

        _hide_in_availability = d.pop("hide_in_availability", UNSET)
        hide_in_availability: UpdateProviderRequestHideInAvailability | Unset
        if isinstance(_hide_in_availability, Unset):
            hide_in_availability = UNSET
        else:
            hide_in_availability = UpdateProviderRequestHideInAvailability(_hide_in_availability)

        _hours = d.pop("hours", UNSET)
        hours: list[ProviderDayUpdate] | Unset = UNSET
        if _hours is not UNSET:
            hours = []
            for hours_item_data in _hours:
                hours_item = ProviderDayUpdate.from_dict(hours_item_data)

                hours.append(hours_item)

        update_provider_request = cls(
            status=status,
            hide_in_availability=hide_in_availability,
            hours=hours,
        )

        return update_provider_request


# The models this one refers to, imported once at the end of the module (not at every call of
# from_dict): a model that refers back to this one finds it already defined.
from ..models.provider_day_update import ProviderDayUpdate  # noqa: E402
