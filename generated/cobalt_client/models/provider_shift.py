from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shift_recurrence import ShiftRecurrence
    from ..models.visit_type_rule import VisitTypeRule


T = TypeVar("T", bound="ProviderShift")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "facility_id": UNSET,
    "facility_name": UNSET,
    "set_start_date": UNSET,
    "set_end_date": UNSET,
    "set_description": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class ProviderShift:
    """One shift, as the EHR holds it.

    Attributes:
        start (str): When the shift starts (`THH:MM:SS`, the EHR's time zone).
        end (str): When the shift ends (`THH:MM:SS`).
        facility_id (None | str | Unset): The location's Cobalt id.
        facility_name (None | str | Unset): The location's name.
        set_start_date (None | str | Unset): The first day the shift set runs (ISO 8601).
        set_end_date (None | str | Unset): The last day it runs (ISO 8601); none, for a shift set that runs on.
        set_description (None | str | Unset): The shift set's name in the EHR.
        recurrence (None | ShiftRecurrence | Unset): How the shift repeats, when not every week.
        visit_type_rules (list[VisitTypeRule] | Unset): Slots of the shift kept for one visit type.
    """

    start: str
    end: str
    facility_id: None | str | Unset = UNSET
    facility_name: None | str | Unset = UNSET
    set_start_date: None | str | Unset = UNSET
    set_end_date: None | str | Unset = UNSET
    set_description: None | str | Unset = UNSET
    recurrence: None | ShiftRecurrence | Unset = UNSET
    visit_type_rules: list[VisitTypeRule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.shift_recurrence import ShiftRecurrence  # noqa: PLC0415

        start = self.start

        end = self.end

        facility_id: None | str | Unset
        if isinstance(self.facility_id, Unset):
            facility_id = UNSET
        else:
            facility_id = self.facility_id

        facility_name: None | str | Unset
        if isinstance(self.facility_name, Unset):
            facility_name = UNSET
        else:
            facility_name = self.facility_name

        set_start_date: None | str | Unset
        if isinstance(self.set_start_date, Unset):
            set_start_date = UNSET
        else:
            set_start_date = self.set_start_date

        set_end_date: None | str | Unset
        if isinstance(self.set_end_date, Unset):
            set_end_date = UNSET
        else:
            set_end_date = self.set_end_date

        set_description: None | str | Unset
        if isinstance(self.set_description, Unset):
            set_description = UNSET
        else:
            set_description = self.set_description

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, ShiftRecurrence):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        visit_type_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visit_type_rules, Unset):
            visit_type_rules = []
            for visit_type_rules_item_data in self.visit_type_rules:
                visit_type_rules_item = visit_type_rules_item_data.to_dict()
                visit_type_rules.append(visit_type_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if facility_name is not UNSET:
            field_dict["facility_name"] = facility_name
        if set_start_date is not UNSET:
            field_dict["set_start_date"] = set_start_date
        if set_end_date is not UNSET:
            field_dict["set_end_date"] = set_end_date
        if set_description is not UNSET:
            field_dict["set_description"] = set_description
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if visit_type_rules is not UNSET:
            field_dict["visit_type_rules"] = visit_type_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        recurrence_data = d.pop("recurrence", UNSET)
        recurrence: None | ShiftRecurrence | Unset
        if isinstance(recurrence_data, dict):
            recurrence_type_0 = ShiftRecurrence.from_dict(recurrence_data)

            recurrence = recurrence_type_0
        else:
            recurrence = recurrence_data

        _visit_type_rules = d.pop("visit_type_rules", UNSET)
        visit_type_rules: list[VisitTypeRule] | Unset = UNSET
        if _visit_type_rules is not UNSET:
            visit_type_rules = []
            for visit_type_rules_item_data in _visit_type_rules:
                visit_type_rules_item = VisitTypeRule.from_dict(visit_type_rules_item_data)

                visit_type_rules.append(visit_type_rules_item)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        provider_shift = cls.__new__(cls)
        provider_shift.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "start": start,
            "end": end,
            "recurrence": recurrence,
            "visit_type_rules": visit_type_rules,
        }

        provider_shift.additional_properties = additional
        return provider_shift

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
from ..models.shift_recurrence import ShiftRecurrence  # noqa: E402
from ..models.visit_type_rule import VisitTypeRule  # noqa: E402
