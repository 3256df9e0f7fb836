from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failure_reason import FailureReason


T = TypeVar("T", bound="PatientFailedData")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "patient_id": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class PatientFailedData:
    """`data` of `patient.failed`; more fields may come with some causes.

    Attributes:
        failure_reason (str): Why the EHR did not create the patient.
        patient_id (str | Unset): The id the create answered with.
        reasons (list[FailureReason] | Unset): Structured reasons (code and description), as the appointment failures
            have.
    """

    failure_reason: str
    patient_id: str | Unset = UNSET
    reasons: list[FailureReason] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure_reason = self.failure_reason

        patient_id = self.patient_id

        reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = []
            for reasons_item_data in self.reasons:
                reasons_item = reasons_item_data.to_dict()
                reasons.append(reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failure_reason": failure_reason,
            }
        )
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failure_reason = d.pop("failure_reason")

        _reasons = d.pop("reasons", UNSET)
        reasons: list[FailureReason] | Unset = UNSET
        if _reasons is not UNSET:
            reasons = []
            for reasons_item_data in _reasons:
                reasons_item = FailureReason.from_dict(reasons_item_data)

                reasons.append(reasons_item)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        patient_failed_data = cls.__new__(cls)
        patient_failed_data.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "failure_reason": failure_reason,
            "reasons": reasons,
        }

        patient_failed_data.additional_properties = additional
        return patient_failed_data

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
from ..models.failure_reason import FailureReason  # noqa: E402
