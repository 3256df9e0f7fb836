from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_patient_response_data import CreatePatientResponseData


T = TypeVar("T", bound="CreatePatientResponse")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "message": UNSET,
    "patient_id": UNSET,
    "job_id": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class CreatePatientResponse:
    """A patient accepted for creation: the page's example names its `patient_id`, its response
    schema the MRN under `data`; the event with the MRN follows either way.

        Attributes:
            success (bool): True when accepted.
            message (str | Unset): Human-readable confirmation.
            patient_id (str | Unset): The patient's id, as its events carry it.
            job_id (str | Unset): The job whose event says how the create ended.
            data (CreatePatientResponseData | Unset): The patient the EHR is asked to create, and the job that answers.
    """

    success: bool
    message: str | Unset = UNSET
    patient_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    data: CreatePatientResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        patient_id = self.patient_id

        job_id = self.job_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        _data = d.pop("data", UNSET)
        data: CreatePatientResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CreatePatientResponseData.from_dict(_data)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        create_patient_response = cls.__new__(cls)
        create_patient_response.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "success": success,
            "data": data,
        }

        create_patient_response.additional_properties = additional
        return create_patient_response

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
from ..models.create_patient_response_data import CreatePatientResponseData  # noqa: E402
