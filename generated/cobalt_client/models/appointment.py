from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_mode import AppointmentMode
from ..models.appointment_status import AppointmentStatus
from ..models.ecw_visit_type import EcwVisitType
from ..models.webpt_visit_type import WebptVisitType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_diagnoses_type_0_item import AppointmentDiagnosesType0Item
    from ..models.appointment_insurances_type_0_item import AppointmentInsurancesType0Item
    from ..models.appointment_medications_type_0_item import AppointmentMedicationsType0Item
    from ..models.object_metadata import ObjectMetadata


T = TypeVar("T", bound="Appointment")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "duration": UNSET,
    "ehr_appointment_id": UNSET,
    "location": UNSET,
    "patient_name": UNSET,
    "patient_mrn": UNSET,
    "patient_phone": UNSET,
    "patient_gender": UNSET,
    "patient_sex": UNSET,
    "insurance": UNSET,
    "insurance_subscriber": UNSET,
    "insurance_number": UNSET,
    "insurance_group_number": UNSET,
    "provider_ehr_id": UNSET,
    "provider_npi": UNSET,
    "reason": UNSET,
    "complaint_type": UNSET,
    "patient_first_name": UNSET,
    "patient_last_name": UNSET,
    "patient_ehr_id": UNSET,
    "provider_name": UNSET,
    "secondary_provider_ehr_id": UNSET,
    "secondary_insurance": UNSET,
    "secondary_insurance_number": UNSET,
    "progress_note": UNSET,
    "note": UNSET,
    "failure_reason": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class Appointment:
    """One appointment. Fields the reference shows in only one of its examples are optional.
    Status, mode and visit type are read as open strings so that a value added by the API later
    does not break a client; their known values are documented.

        Attributes:
            id (str): Cobalt's id of the appointment.
            datetime_ (datetime.datetime): Start of the visit (ISO 8601 with offset).
            status (AppointmentStatus | str): Life cycle status; known values are those of `AppointmentStatus`.
            duration (int | Unset): Length of the visit in minutes (a number here; a string in create requests).
            ehr_appointment_id (None | str | Unset): The appointment's id in the EHR; null until the EHR has it.
            appointment_mode (AppointmentMode | str | Unset): How the visit takes place; known values are those of
                `AppointmentMode`.
            appointment_type (EcwVisitType | str | Unset | WebptVisitType): The EHR's visit type code: one of the eCW or
                WebPT tables, or another code that the
                practice's EHR defines (the reference's own example sends `FollowUp`).
            location (str | Unset): The location of the visit, as the EHR names it.
            patient_name (str | Unset): First and last name of the patient.
            patient_mrn (str | Unset): Medical record number of the patient.
            patient_dob (datetime.date | None | Unset): Date of birth of the patient.
            patient_phone (None | str | Unset): Phone number of the patient, as the EHR stores it.
            patient_gender (None | str | Unset): Gender of the patient (returned by the list endpoint in the reference).
            patient_sex (None | str | Unset): Sex of the patient (returned by the single-appointment endpoint in the
                reference).
            insurance (None | str | Unset): Name of the insurer; null for self-pay.
            insurance_subscriber (None | str | Unset): Name of the insurance subscriber.
            insurance_number (None | str | Unset): Insurance member number.
            insurance_group_number (None | str | Unset): Insurance group number.
            provider_ehr_id (None | str | Unset): The provider's id in the EHR.
            provider_npi (None | str | Unset): The provider's National Provider Identifier.
            reason (None | str | Unset): Reason for the visit (current reference).
            complaint_type (None | str | Unset): Kind of complaint (current reference).
            patient_first_name (None | str | Unset): First name of the patient (current reference).
            patient_last_name (None | str | Unset): Last name of the patient (current reference).
            patient_ehr_id (None | str | Unset): The patient's id in the EHR (current reference).
            provider_name (None | str | Unset): Name of the provider (current reference).
            secondary_provider_ehr_id (None | str | Unset): The second provider's id in the EHR (current reference).
            secondary_insurance (None | str | Unset): Name of the secondary insurer (current reference).
            secondary_insurance_number (None | str | Unset): Secondary insurance member number (current reference).
            insurances (list[AppointmentInsurancesType0Item] | None | Unset): The patient's insurances (current reference;
                fields not yet documented by any source).
            diagnoses (list[AppointmentDiagnosesType0Item] | None | Unset): Diagnoses of the visit (current reference;
                fields not yet documented by any source).
            medications (list[AppointmentMedicationsType0Item] | None | Unset): Medications of the patient (current
                reference; fields not yet documented by any source).
            progress_note (None | str | Unset): The progress note (current reference), like `note` only with
                `include_note=true`.
            created_at (datetime.datetime | None | Unset): When the appointment was created (current reference).
            object_metadata (ObjectMetadata | Unset): Where a record came from (current reference).
            note (None | str | Unset): The progress note; only present when requested with `include_note=true`.
            failure_reason (None | str | Unset): Why the EHR refused the appointment, when `status` is `failed`. Not in the
                vendor
                reference: the sandbox sends it, the real API may not.
    """

    id: str
    datetime_: datetime.datetime
    status: AppointmentStatus | str
    duration: int | Unset = UNSET
    ehr_appointment_id: None | str | Unset = UNSET
    appointment_mode: AppointmentMode | str | Unset = UNSET
    appointment_type: EcwVisitType | str | Unset | WebptVisitType = UNSET
    location: str | Unset = UNSET
    patient_name: str | Unset = UNSET
    patient_mrn: str | Unset = UNSET
    patient_dob: datetime.date | None | Unset = UNSET
    patient_phone: None | str | Unset = UNSET
    patient_gender: None | str | Unset = UNSET
    patient_sex: None | str | Unset = UNSET
    insurance: None | str | Unset = UNSET
    insurance_subscriber: None | str | Unset = UNSET
    insurance_number: None | str | Unset = UNSET
    insurance_group_number: None | str | Unset = UNSET
    provider_ehr_id: None | str | Unset = UNSET
    provider_npi: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    complaint_type: None | str | Unset = UNSET
    patient_first_name: None | str | Unset = UNSET
    patient_last_name: None | str | Unset = UNSET
    patient_ehr_id: None | str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    secondary_provider_ehr_id: None | str | Unset = UNSET
    secondary_insurance: None | str | Unset = UNSET
    secondary_insurance_number: None | str | Unset = UNSET
    insurances: list[AppointmentInsurancesType0Item] | None | Unset = UNSET
    diagnoses: list[AppointmentDiagnosesType0Item] | None | Unset = UNSET
    medications: list[AppointmentMedicationsType0Item] | None | Unset = UNSET
    progress_note: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    object_metadata: ObjectMetadata | Unset = UNSET
    note: None | str | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        datetime_ = self.datetime_.isoformat()

        status: str
        if isinstance(self.status, AppointmentStatus):
            status = self.status.value
        else:
            status = self.status

        duration = self.duration

        ehr_appointment_id: None | str | Unset
        if isinstance(self.ehr_appointment_id, Unset):
            ehr_appointment_id = UNSET
        else:
            ehr_appointment_id = self.ehr_appointment_id

        appointment_mode: str | Unset
        if isinstance(self.appointment_mode, Unset):
            appointment_mode = UNSET
        elif isinstance(self.appointment_mode, AppointmentMode):
            appointment_mode = self.appointment_mode.value
        else:
            appointment_mode = self.appointment_mode

        appointment_type: str | Unset
        if isinstance(self.appointment_type, Unset):
            appointment_type = UNSET
        elif isinstance(self.appointment_type, EcwVisitType):
            appointment_type = self.appointment_type.value
        elif isinstance(self.appointment_type, WebptVisitType):
            appointment_type = self.appointment_type.value
        else:
            appointment_type = self.appointment_type

        location = self.location

        patient_name = self.patient_name

        patient_mrn = self.patient_mrn

        patient_dob: None | str | Unset
        if isinstance(self.patient_dob, Unset):
            patient_dob = UNSET
        elif isinstance(self.patient_dob, datetime.date):
            patient_dob = self.patient_dob.isoformat()
        else:
            patient_dob = self.patient_dob

        patient_phone: None | str | Unset
        if isinstance(self.patient_phone, Unset):
            patient_phone = UNSET
        else:
            patient_phone = self.patient_phone

        patient_gender: None | str | Unset
        if isinstance(self.patient_gender, Unset):
            patient_gender = UNSET
        else:
            patient_gender = self.patient_gender

        patient_sex: None | str | Unset
        if isinstance(self.patient_sex, Unset):
            patient_sex = UNSET
        else:
            patient_sex = self.patient_sex

        insurance: None | str | Unset
        if isinstance(self.insurance, Unset):
            insurance = UNSET
        else:
            insurance = self.insurance

        insurance_subscriber: None | str | Unset
        if isinstance(self.insurance_subscriber, Unset):
            insurance_subscriber = UNSET
        else:
            insurance_subscriber = self.insurance_subscriber

        insurance_number: None | str | Unset
        if isinstance(self.insurance_number, Unset):
            insurance_number = UNSET
        else:
            insurance_number = self.insurance_number

        insurance_group_number: None | str | Unset
        if isinstance(self.insurance_group_number, Unset):
            insurance_group_number = UNSET
        else:
            insurance_group_number = self.insurance_group_number

        provider_ehr_id: None | str | Unset
        if isinstance(self.provider_ehr_id, Unset):
            provider_ehr_id = UNSET
        else:
            provider_ehr_id = self.provider_ehr_id

        provider_npi: None | str | Unset
        if isinstance(self.provider_npi, Unset):
            provider_npi = UNSET
        else:
            provider_npi = self.provider_npi

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        complaint_type: None | str | Unset
        if isinstance(self.complaint_type, Unset):
            complaint_type = UNSET
        else:
            complaint_type = self.complaint_type

        patient_first_name: None | str | Unset
        if isinstance(self.patient_first_name, Unset):
            patient_first_name = UNSET
        else:
            patient_first_name = self.patient_first_name

        patient_last_name: None | str | Unset
        if isinstance(self.patient_last_name, Unset):
            patient_last_name = UNSET
        else:
            patient_last_name = self.patient_last_name

        patient_ehr_id: None | str | Unset
        if isinstance(self.patient_ehr_id, Unset):
            patient_ehr_id = UNSET
        else:
            patient_ehr_id = self.patient_ehr_id

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        secondary_provider_ehr_id: None | str | Unset
        if isinstance(self.secondary_provider_ehr_id, Unset):
            secondary_provider_ehr_id = UNSET
        else:
            secondary_provider_ehr_id = self.secondary_provider_ehr_id

        secondary_insurance: None | str | Unset
        if isinstance(self.secondary_insurance, Unset):
            secondary_insurance = UNSET
        else:
            secondary_insurance = self.secondary_insurance

        secondary_insurance_number: None | str | Unset
        if isinstance(self.secondary_insurance_number, Unset):
            secondary_insurance_number = UNSET
        else:
            secondary_insurance_number = self.secondary_insurance_number

        insurances: list[dict[str, Any]] | None | Unset
        if isinstance(self.insurances, Unset):
            insurances = UNSET
        elif isinstance(self.insurances, list):
            insurances = []
            for insurances_type_0_item_data in self.insurances:
                insurances_type_0_item = insurances_type_0_item_data.to_dict()
                insurances.append(insurances_type_0_item)

        else:
            insurances = self.insurances

        diagnoses: list[dict[str, Any]] | None | Unset
        if isinstance(self.diagnoses, Unset):
            diagnoses = UNSET
        elif isinstance(self.diagnoses, list):
            diagnoses = []
            for diagnoses_type_0_item_data in self.diagnoses:
                diagnoses_type_0_item = diagnoses_type_0_item_data.to_dict()
                diagnoses.append(diagnoses_type_0_item)

        else:
            diagnoses = self.diagnoses

        medications: list[dict[str, Any]] | None | Unset
        if isinstance(self.medications, Unset):
            medications = UNSET
        elif isinstance(self.medications, list):
            medications = []
            for medications_type_0_item_data in self.medications:
                medications_type_0_item = medications_type_0_item_data.to_dict()
                medications.append(medications_type_0_item)

        else:
            medications = self.medications

        progress_note: None | str | Unset
        if isinstance(self.progress_note, Unset):
            progress_note = UNSET
        else:
            progress_note = self.progress_note

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        object_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_metadata, Unset):
            object_metadata = self.object_metadata.to_dict()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "datetime": datetime_,
                "status": status,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if ehr_appointment_id is not UNSET:
            field_dict["ehr_appointment_id"] = ehr_appointment_id
        if appointment_mode is not UNSET:
            field_dict["appointment_mode"] = appointment_mode
        if appointment_type is not UNSET:
            field_dict["appointment_type"] = appointment_type
        if location is not UNSET:
            field_dict["location"] = location
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if patient_mrn is not UNSET:
            field_dict["patient_mrn"] = patient_mrn
        if patient_dob is not UNSET:
            field_dict["patient_dob"] = patient_dob
        if patient_phone is not UNSET:
            field_dict["patient_phone"] = patient_phone
        if patient_gender is not UNSET:
            field_dict["patient_gender"] = patient_gender
        if patient_sex is not UNSET:
            field_dict["patient_sex"] = patient_sex
        if insurance is not UNSET:
            field_dict["insurance"] = insurance
        if insurance_subscriber is not UNSET:
            field_dict["insurance_subscriber"] = insurance_subscriber
        if insurance_number is not UNSET:
            field_dict["insurance_number"] = insurance_number
        if insurance_group_number is not UNSET:
            field_dict["insurance_group_number"] = insurance_group_number
        if provider_ehr_id is not UNSET:
            field_dict["provider_ehr_id"] = provider_ehr_id
        if provider_npi is not UNSET:
            field_dict["provider_npi"] = provider_npi
        if reason is not UNSET:
            field_dict["reason"] = reason
        if complaint_type is not UNSET:
            field_dict["complaint_type"] = complaint_type
        if patient_first_name is not UNSET:
            field_dict["patient_first_name"] = patient_first_name
        if patient_last_name is not UNSET:
            field_dict["patient_last_name"] = patient_last_name
        if patient_ehr_id is not UNSET:
            field_dict["patient_ehr_id"] = patient_ehr_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if secondary_provider_ehr_id is not UNSET:
            field_dict["secondary_provider_ehr_id"] = secondary_provider_ehr_id
        if secondary_insurance is not UNSET:
            field_dict["secondary_insurance"] = secondary_insurance
        if secondary_insurance_number is not UNSET:
            field_dict["secondary_insurance_number"] = secondary_insurance_number
        if insurances is not UNSET:
            field_dict["insurances"] = insurances
        if diagnoses is not UNSET:
            field_dict["diagnoses"] = diagnoses
        if medications is not UNSET:
            field_dict["medications"] = medications
        if progress_note is not UNSET:
            field_dict["progress_note"] = progress_note
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if object_metadata is not UNSET:
            field_dict["object_metadata"] = object_metadata
        if note is not UNSET:
            field_dict["note"] = note
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        datetime_ = datetime.datetime.fromisoformat(d.pop("datetime"))

        status: AppointmentStatus | str = d.pop("status")
        if isinstance(status, str):
            status = cast("AppointmentStatus | str", AppointmentStatus._value2member_map_.get(status, status))

        appointment_mode: AppointmentMode | str | Unset = d.pop("appointment_mode", UNSET)
        if isinstance(appointment_mode, str):
            appointment_mode = cast(
                "AppointmentMode | str | Unset",
                AppointmentMode._value2member_map_.get(appointment_mode, appointment_mode),
            )

        appointment_type: EcwVisitType | str | Unset | WebptVisitType = d.pop("appointment_type", UNSET)
        if isinstance(appointment_type, str):
            appointment_type = cast(
                "EcwVisitType | str | Unset | WebptVisitType",
                EcwVisitType._value2member_map_.get(
                    appointment_type, WebptVisitType._value2member_map_.get(appointment_type, appointment_type)
                ),
            )

        patient_dob_data = d.pop("patient_dob", UNSET)
        patient_dob: datetime.date | None | Unset
        if isinstance(patient_dob_data, str):
            patient_dob_type_0 = datetime.date.fromisoformat(patient_dob_data)

            patient_dob = patient_dob_type_0
        else:
            patient_dob = patient_dob_data

        insurances_data = d.pop("insurances", UNSET)
        insurances: list[AppointmentInsurancesType0Item] | None | Unset
        if isinstance(insurances_data, list):
            insurances_type_0 = []
            _insurances_type_0 = insurances_data
            for insurances_type_0_item_data in _insurances_type_0:
                insurances_type_0_item = AppointmentInsurancesType0Item.from_dict(insurances_type_0_item_data)

                insurances_type_0.append(insurances_type_0_item)

            insurances = insurances_type_0
        else:
            insurances = insurances_data

        diagnoses_data = d.pop("diagnoses", UNSET)
        diagnoses: list[AppointmentDiagnosesType0Item] | None | Unset
        if isinstance(diagnoses_data, list):
            diagnoses_type_0 = []
            _diagnoses_type_0 = diagnoses_data
            for diagnoses_type_0_item_data in _diagnoses_type_0:
                diagnoses_type_0_item = AppointmentDiagnosesType0Item.from_dict(diagnoses_type_0_item_data)

                diagnoses_type_0.append(diagnoses_type_0_item)

            diagnoses = diagnoses_type_0
        else:
            diagnoses = diagnoses_data

        medications_data = d.pop("medications", UNSET)
        medications: list[AppointmentMedicationsType0Item] | None | Unset
        if isinstance(medications_data, list):
            medications_type_0 = []
            _medications_type_0 = medications_data
            for medications_type_0_item_data in _medications_type_0:
                medications_type_0_item = AppointmentMedicationsType0Item.from_dict(medications_type_0_item_data)

                medications_type_0.append(medications_type_0_item)

            medications = medications_type_0
        else:
            medications = medications_data

        created_at_data = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if isinstance(created_at_data, str):
            created_at_type_0 = datetime.datetime.fromisoformat(created_at_data)

            created_at = created_at_type_0
        else:
            created_at = created_at_data

        _object_metadata = d.pop("object_metadata", UNSET)
        object_metadata: ObjectMetadata | Unset
        if isinstance(_object_metadata, Unset):
            object_metadata = UNSET
        else:
            object_metadata = ObjectMetadata.from_dict(_object_metadata)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        appointment = cls.__new__(cls)
        appointment.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "id": id,
            "datetime_": datetime_,
            "status": status,
            "appointment_mode": appointment_mode,
            "appointment_type": appointment_type,
            "patient_dob": patient_dob,
            "insurances": insurances,
            "diagnoses": diagnoses,
            "medications": medications,
            "created_at": created_at,
            "object_metadata": object_metadata,
        }

        appointment.additional_properties = additional
        return appointment

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
from ..models.appointment_diagnoses_type_0_item import AppointmentDiagnosesType0Item  # noqa: E402
from ..models.appointment_insurances_type_0_item import AppointmentInsurancesType0Item  # noqa: E402
from ..models.appointment_medications_type_0_item import AppointmentMedicationsType0Item  # noqa: E402
from ..models.object_metadata import ObjectMetadata  # noqa: E402
