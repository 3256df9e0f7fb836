from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitTypeRule")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "start_time": UNSET,
    "end_time": UNSET,
    "total_visits": UNSET,
    "visit_type_id": UNSET,
    "visit_type_desc": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class VisitTypeRule:
    """A slot of a shift kept for one visit type.

    Attributes:
        start_time (None | str | Unset): When the slot starts (`THH:MM:SS`).
        end_time (None | str | Unset): When it ends.
        total_visits (int | None | Unset): How many visits of the type it takes.
        visit_type_id (None | str | Unset): The visit type's code.
        visit_type_desc (None | str | Unset): The visit type's description.
    """

    start_time: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    total_visits: int | None | Unset = UNSET
    visit_type_id: None | str | Unset = UNSET
    visit_type_desc: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        total_visits: int | None | Unset
        if isinstance(self.total_visits, Unset):
            total_visits = UNSET
        else:
            total_visits = self.total_visits

        visit_type_id: None | str | Unset
        if isinstance(self.visit_type_id, Unset):
            visit_type_id = UNSET
        else:
            visit_type_id = self.visit_type_id

        visit_type_desc: None | str | Unset
        if isinstance(self.visit_type_desc, Unset):
            visit_type_desc = UNSET
        else:
            visit_type_desc = self.visit_type_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if total_visits is not UNSET:
            field_dict["total_visits"] = total_visits
        if visit_type_id is not UNSET:
            field_dict["visit_type_id"] = visit_type_id
        if visit_type_desc is not UNSET:
            field_dict["visit_type_desc"] = visit_type_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        visit_type_rule = cls.__new__(cls)
        visit_type_rule.__dict__ = {
            **_PLAIN_UNSET,
            **d,
        }

        visit_type_rule.additional_properties = additional
        return visit_type_rule

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
