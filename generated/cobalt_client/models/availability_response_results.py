from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.availability_window import AvailabilityWindow


T = TypeVar("T", bound="AvailabilityResponseResults")


@_attrs_define
class AvailabilityResponseResults:
    """The open windows found.

    Attributes:
        availability (list[AvailabilityWindow]): The windows, by provider and start.
    """

    availability: list[AvailabilityWindow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability = []
        for availability_item_data in self.availability:
            availability_item = availability_item_data.to_dict()
            availability.append(availability_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availability": availability,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        availability = []
        _availability = d.pop("availability")
        for availability_item_data in _availability:
            availability_item = AvailabilityWindow.from_dict(availability_item_data)

            availability.append(availability_item)

        availability_response_results = cls(
            availability=availability,
        )

        availability_response_results.additional_properties = d
        return availability_response_results

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
