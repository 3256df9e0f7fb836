from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability_window import AvailabilityWindow


T = TypeVar("T", bound="AvailabilityLiveFetchCompletedData")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "start_date": UNSET,
    "end_date": UNSET,
    "timezone": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class AvailabilityLiveFetchCompletedData:
    """`data` of `availability.live_fetch_completed`. The page says only that the event carries
    the computed slots inline: the key they come under and the fields beside them are the
    kit's reading, after the appointment fetch's `data`.

        Attributes:
            success (bool): Whether the fetch succeeded.
            start_date (str | Unset): The first day.
            end_date (str | Unset): The last day.
            provider_ids (list[str] | Unset): The providers fetched.
            availability (list[AvailabilityWindow] | Unset): The computed windows, each with `day_of_week`, `date`,
                `duration_string`,
                `range_start`, `range_end` and `provider_id`; `facility_id` and `facility_name` when
                the EHR scopes the shift to a location; `visit_type`, `available_appointments` and
                `max_visits` with slots.
            timezone (str | Unset): The practice's time zone.
    """

    success: bool
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    provider_ids: list[str] | Unset = UNSET
    availability: list[AvailabilityWindow] | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        start_date = self.start_date

        end_date = self.end_date

        provider_ids: list[str] | Unset = UNSET
        if not isinstance(self.provider_ids, Unset):
            provider_ids = self.provider_ids

        availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = []
            for availability_item_data in self.availability:
                availability_item = availability_item_data.to_dict()
                availability.append(availability_item)

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if provider_ids is not UNSET:
            field_dict["provider_ids"] = provider_ids
        if availability is not UNSET:
            field_dict["availability"] = availability
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        provider_ids = cast(list[str], d.pop("provider_ids", UNSET))

        _availability = d.pop("availability", UNSET)
        availability: list[AvailabilityWindow] | Unset = UNSET
        if _availability is not UNSET:
            availability = []
            for availability_item_data in _availability:
                availability_item = AvailabilityWindow.from_dict(availability_item_data)

                availability.append(availability_item)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        availability_live_fetch_completed_data = cls.__new__(cls)
        availability_live_fetch_completed_data.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "success": success,
            "provider_ids": provider_ids,
            "availability": availability,
        }

        availability_live_fetch_completed_data.additional_properties = additional
        return availability_live_fetch_completed_data

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
from ..models.availability_window import AvailabilityWindow  # noqa: E402
