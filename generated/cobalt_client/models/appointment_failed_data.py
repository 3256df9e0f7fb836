from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_failed_data_conflict_details_type_0 import AppointmentFailedDataConflictDetailsType0
    from ..models.failure_reason import FailureReason


T = TypeVar("T", bound="AppointmentFailedData")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "mrn": UNSET,
    "conflict_type": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class AppointmentFailedData:
    """`data` of `appointment.failed`.

    Attributes:
        appointment_id (str): The appointment's id; it stays `failed` and may be changed and retried.
        failure_reason (str): The descriptions of `reasons`, joined (the legacy field).
        reasons (list[FailureReason]): Why the EHR refused the booking.
        mrn (None | str | Unset): The patient's medical record number.
        conflict_type (None | str | Unset): With `prevent_double_booking`, what the booking overlaps: `existing_visit`
            or
            `schedule_block` (eClinicalWorks and Practice Fusion only).
        conflict_details (AppointmentFailedDataConflictDetailsType0 | None | Unset): The overlapping visit or block (its
            start, end and kind), with `conflict_type`.
    """

    appointment_id: str
    failure_reason: str
    reasons: list[FailureReason]
    mrn: None | str | Unset = UNSET
    conflict_type: None | str | Unset = UNSET
    conflict_details: AppointmentFailedDataConflictDetailsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.appointment_failed_data_conflict_details_type_0 import AppointmentFailedDataConflictDetailsType0  # noqa: PLC0415

        appointment_id = self.appointment_id

        failure_reason = self.failure_reason

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        mrn: None | str | Unset
        if isinstance(self.mrn, Unset):
            mrn = UNSET
        else:
            mrn = self.mrn

        conflict_type: None | str | Unset
        if isinstance(self.conflict_type, Unset):
            conflict_type = UNSET
        else:
            conflict_type = self.conflict_type

        conflict_details: dict[str, Any] | None | Unset
        if isinstance(self.conflict_details, Unset):
            conflict_details = UNSET
        elif isinstance(self.conflict_details, AppointmentFailedDataConflictDetailsType0):
            conflict_details = self.conflict_details.to_dict()
        else:
            conflict_details = self.conflict_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointment_id": appointment_id,
                "failure_reason": failure_reason,
                "reasons": reasons,
            }
        )
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if conflict_type is not UNSET:
            field_dict["conflict_type"] = conflict_type
        if conflict_details is not UNSET:
            field_dict["conflict_details"] = conflict_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appointment_id = d.pop("appointment_id")

        failure_reason = d.pop("failure_reason")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = FailureReason.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        conflict_details_data = d.pop("conflict_details", UNSET)
        conflict_details: AppointmentFailedDataConflictDetailsType0 | None | Unset
        if isinstance(conflict_details_data, dict):
            conflict_details_type_0 = AppointmentFailedDataConflictDetailsType0.from_dict(conflict_details_data)

            conflict_details = conflict_details_type_0
        else:
            conflict_details = conflict_details_data

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        appointment_failed_data = cls.__new__(cls)
        appointment_failed_data.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "appointment_id": appointment_id,
            "failure_reason": failure_reason,
            "reasons": reasons,
            "conflict_details": conflict_details,
        }

        appointment_failed_data.additional_properties = additional
        return appointment_failed_data

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
from ..models.appointment_failed_data_conflict_details_type_0 import AppointmentFailedDataConflictDetailsType0  # noqa: E402
from ..models.failure_reason import FailureReason  # noqa: E402
