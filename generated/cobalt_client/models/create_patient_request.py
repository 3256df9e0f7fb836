from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_patient_request_check_eligibility import CreatePatientRequestCheckEligibility
from ..models.create_patient_request_insurance_sequence import CreatePatientRequestInsuranceSequence
from ..models.create_patient_request_sex import CreatePatientRequestSex
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePatientRequest")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "phone": UNSET,
    "cell_phone": UNSET,
    "email": UNSET,
    "no_email_reason": UNSET,
    "referring_provider": UNSET,
    "referring_provider_first_name": UNSET,
    "referring_provider_last_name": UNSET,
    "referring_provider_id": UNSET,
    "referred_to_provider_id": UNSET,
    "address_street": UNSET,
    "address_city": UNSET,
    "address_state": UNSET,
    "address_zip": UNSET,
    "insurance_name": UNSET,
    "insurance_provider_id": UNSET,
    "insurance_subscriber_number": UNSET,
    "responsible_party": UNSET,
    "pcp_first_name": UNSET,
    "pcp_last_name": UNSET,
    "pcp_id": UNSET,
    "secondary_insurance_name": UNSET,
    "secondary_insurance_subscriber_number": UNSET,
    "emergency_contact_first_name": UNSET,
    "emergency_contact_last_name": UNSET,
    "emergency_contact_relation": UNSET,
    "emergency_contact_phone": UNSET,
    "pharmacy_id": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class CreatePatientRequest:
    """A new patient. Which fields a practice requires beyond the names is its
    `required_patient_fields` (GET /settings); a missing one fails the patient asynchronously.

        Attributes:
            last_name (str): Last name.
            first_name (str): First name.
            phone (str | Unset): Phone number.
            cell_phone (str | Unset): Cell phone number.
            dob (datetime.date | Unset): Date of birth (YYYY-MM-DD).
            sex (CreatePatientRequestSex | Unset): Sex.
            email (str | Unset): Email address.
            no_email_reason (str | Unset): Why there is no email address.
            referring_provider (str | Unset): The referring provider's name (older page).
            referring_provider_first_name (str | Unset): The referring provider's first name.
            referring_provider_last_name (str | Unset): The referring provider's last name.
            referring_provider_id (str | Unset): A referring provider's id from GET /referring-providers (eClinicalWorks).
            referred_to_provider_id (str | Unset): The rendering provider's `ehr_id` from GET /providers (not its `id`).
            address_street (str | Unset): Street address.
            address_city (str | Unset): City.
            address_state (str | Unset): State.
            address_zip (str | Unset): ZIP code.
            insurance_name (str | Unset): Primary insurance carrier.
            insurance_provider_id (str | Unset): The carrier's id from GET /insurance-providers.
            insurance_subscriber_number (str | Unset): Subscriber (member) number.
            insurance_sequence (CreatePatientRequestInsuranceSequence | Unset): Which insurance this is.
            responsible_party (str | Unset): Who is responsible for billing (`self` by default; others on eClinicalWorks).
            check_eligibility (CreatePatientRequestCheckEligibility | Unset): Whether to check insurance eligibility.
            pcp_first_name (str | Unset): Primary care provider's first name.
            pcp_last_name (str | Unset): Primary care provider's last name.
            pcp_id (str | Unset): Primary care provider's id from GET /referring-providers.
            secondary_insurance_name (str | Unset): Secondary insurance carrier.
            secondary_insurance_subscriber_number (str | Unset): Secondary subscriber number.
            emergency_contact_first_name (str | Unset): Emergency contact's first name.
            emergency_contact_last_name (str | Unset): Emergency contact's last name.
            emergency_contact_relation (str | Unset): Emergency contact's relation.
            emergency_contact_phone (str | Unset): Emergency contact's phone.
            pharmacy_id (str | Unset): The patient's pharmacy id.
    """

    last_name: str
    first_name: str
    phone: str | Unset = UNSET
    cell_phone: str | Unset = UNSET
    dob: datetime.date | Unset = UNSET
    sex: CreatePatientRequestSex | Unset = UNSET
    email: str | Unset = UNSET
    no_email_reason: str | Unset = UNSET
    referring_provider: str | Unset = UNSET
    referring_provider_first_name: str | Unset = UNSET
    referring_provider_last_name: str | Unset = UNSET
    referring_provider_id: str | Unset = UNSET
    referred_to_provider_id: str | Unset = UNSET
    address_street: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    insurance_name: str | Unset = UNSET
    insurance_provider_id: str | Unset = UNSET
    insurance_subscriber_number: str | Unset = UNSET
    insurance_sequence: CreatePatientRequestInsuranceSequence | Unset = UNSET
    responsible_party: str | Unset = UNSET
    check_eligibility: CreatePatientRequestCheckEligibility | Unset = UNSET
    pcp_first_name: str | Unset = UNSET
    pcp_last_name: str | Unset = UNSET
    pcp_id: str | Unset = UNSET
    secondary_insurance_name: str | Unset = UNSET
    secondary_insurance_subscriber_number: str | Unset = UNSET
    emergency_contact_first_name: str | Unset = UNSET
    emergency_contact_last_name: str | Unset = UNSET
    emergency_contact_relation: str | Unset = UNSET
    emergency_contact_phone: str | Unset = UNSET
    pharmacy_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_name = self.last_name

        first_name = self.first_name

        phone = self.phone

        cell_phone = self.cell_phone

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.isoformat()

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        email = self.email

        no_email_reason = self.no_email_reason

        referring_provider = self.referring_provider

        referring_provider_first_name = self.referring_provider_first_name

        referring_provider_last_name = self.referring_provider_last_name

        referring_provider_id = self.referring_provider_id

        referred_to_provider_id = self.referred_to_provider_id

        address_street = self.address_street

        address_city = self.address_city

        address_state = self.address_state

        address_zip = self.address_zip

        insurance_name = self.insurance_name

        insurance_provider_id = self.insurance_provider_id

        insurance_subscriber_number = self.insurance_subscriber_number

        insurance_sequence: str | Unset = UNSET
        if not isinstance(self.insurance_sequence, Unset):
            insurance_sequence = self.insurance_sequence.value

        responsible_party = self.responsible_party

        check_eligibility: str | Unset = UNSET
        if not isinstance(self.check_eligibility, Unset):
            check_eligibility = self.check_eligibility.value

        pcp_first_name = self.pcp_first_name

        pcp_last_name = self.pcp_last_name

        pcp_id = self.pcp_id

        secondary_insurance_name = self.secondary_insurance_name

        secondary_insurance_subscriber_number = self.secondary_insurance_subscriber_number

        emergency_contact_first_name = self.emergency_contact_first_name

        emergency_contact_last_name = self.emergency_contact_last_name

        emergency_contact_relation = self.emergency_contact_relation

        emergency_contact_phone = self.emergency_contact_phone

        pharmacy_id = self.pharmacy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "last_name": last_name,
                "first_name": first_name,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cell_phone is not UNSET:
            field_dict["cell_phone"] = cell_phone
        if dob is not UNSET:
            field_dict["dob"] = dob
        if sex is not UNSET:
            field_dict["sex"] = sex
        if email is not UNSET:
            field_dict["email"] = email
        if no_email_reason is not UNSET:
            field_dict["no_email_reason"] = no_email_reason
        if referring_provider is not UNSET:
            field_dict["referring_provider"] = referring_provider
        if referring_provider_first_name is not UNSET:
            field_dict["referring_provider_first_name"] = referring_provider_first_name
        if referring_provider_last_name is not UNSET:
            field_dict["referring_provider_last_name"] = referring_provider_last_name
        if referring_provider_id is not UNSET:
            field_dict["referring_provider_id"] = referring_provider_id
        if referred_to_provider_id is not UNSET:
            field_dict["referred_to_provider_id"] = referred_to_provider_id
        if address_street is not UNSET:
            field_dict["address_street"] = address_street
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_zip is not UNSET:
            field_dict["address_zip"] = address_zip
        if insurance_name is not UNSET:
            field_dict["insurance_name"] = insurance_name
        if insurance_provider_id is not UNSET:
            field_dict["insurance_provider_id"] = insurance_provider_id
        if insurance_subscriber_number is not UNSET:
            field_dict["insurance_subscriber_number"] = insurance_subscriber_number
        if insurance_sequence is not UNSET:
            field_dict["insurance_sequence"] = insurance_sequence
        if responsible_party is not UNSET:
            field_dict["responsible_party"] = responsible_party
        if check_eligibility is not UNSET:
            field_dict["check_eligibility"] = check_eligibility
        if pcp_first_name is not UNSET:
            field_dict["pcp_first_name"] = pcp_first_name
        if pcp_last_name is not UNSET:
            field_dict["pcp_last_name"] = pcp_last_name
        if pcp_id is not UNSET:
            field_dict["pcp_id"] = pcp_id
        if secondary_insurance_name is not UNSET:
            field_dict["secondary_insurance_name"] = secondary_insurance_name
        if secondary_insurance_subscriber_number is not UNSET:
            field_dict["secondary_insurance_subscriber_number"] = secondary_insurance_subscriber_number
        if emergency_contact_first_name is not UNSET:
            field_dict["emergency_contact_first_name"] = emergency_contact_first_name
        if emergency_contact_last_name is not UNSET:
            field_dict["emergency_contact_last_name"] = emergency_contact_last_name
        if emergency_contact_relation is not UNSET:
            field_dict["emergency_contact_relation"] = emergency_contact_relation
        if emergency_contact_phone is not UNSET:
            field_dict["emergency_contact_phone"] = emergency_contact_phone
        if pharmacy_id is not UNSET:
            field_dict["pharmacy_id"] = pharmacy_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_name = d.pop("last_name")

        first_name = d.pop("first_name")

        _dob = d.pop("dob", UNSET)
        dob: datetime.date | Unset
        if isinstance(_dob, Unset):
            dob = UNSET
        else:
            dob = datetime.date.fromisoformat(_dob)

        _sex = d.pop("sex", UNSET)
        sex: CreatePatientRequestSex | Unset
        if isinstance(_sex, Unset):
            sex = UNSET
        else:
            sex = CreatePatientRequestSex(_sex)

        _insurance_sequence = d.pop("insurance_sequence", UNSET)
        insurance_sequence: CreatePatientRequestInsuranceSequence | Unset
        if isinstance(_insurance_sequence, Unset):
            insurance_sequence = UNSET
        else:
            insurance_sequence = CreatePatientRequestInsuranceSequence(_insurance_sequence)

        _check_eligibility = d.pop("check_eligibility", UNSET)
        check_eligibility: CreatePatientRequestCheckEligibility | Unset
        if isinstance(_check_eligibility, Unset):
            check_eligibility = UNSET
        else:
            check_eligibility = CreatePatientRequestCheckEligibility(_check_eligibility)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        create_patient_request = cls.__new__(cls)
        create_patient_request.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "last_name": last_name,
            "first_name": first_name,
            "dob": dob,
            "sex": sex,
            "insurance_sequence": insurance_sequence,
            "check_eligibility": check_eligibility,
        }

        create_patient_request.additional_properties = additional
        return create_patient_request

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
