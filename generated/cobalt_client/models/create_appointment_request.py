from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_appointment_request_new_patient import CreateAppointmentRequestNewPatient
from ..models.create_appointment_request_prevent_double_booking import CreateAppointmentRequestPreventDoubleBooking
from ..models.ecw_visit_type import EcwVisitType
from ..models.webpt_visit_type import WebptVisitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAppointmentRequest")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "mrn": UNSET,
    "patient_name": UNSET,
    "time": UNSET,
    "duration": UNSET,
    "secondary_provider": UNSET,
    "note": UNSET,
    "reason": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class CreateAppointmentRequest:
    """A new appointment. Carries `mrn` or `patient_name` (or both), and `datetime` or the
    deprecated pair `date` + `time`.

        Attributes:
            location (str): The location of the visit.
            provider (str): The provider for the visit: the `ehr_id` from GET /providers, not Cobalt's `id`
                (the newest page).
            type_ (EcwVisitType | str | WebptVisitType): The EHR's visit type code: one of the eCW or WebPT tables, or
                another code that the
                practice's EHR defines (the reference's own example sends `FollowUp`).
            mrn (str | Unset): Medical record number of the patient. Required when `patient_name` is absent.
            patient_name (str | Unset): First and last name of the patient (e.g. "Jane Doe"). Required when `mrn` is absent.
            datetime_ (datetime.datetime | Unset): Start of the visit, ISO 8601 with offset. Required unless `date` and
                `time` are sent.
            date (datetime.date | Unset): Deprecated; send `datetime`. Day of the visit (ISO 8601), together with `time`.
            time (str | Unset): Deprecated; send `datetime`. Time of the visit, together with `date`, in 12-hour
                form with am or pm: `h:mm am/pm` or `hh:mm am/pm` (the newest page; `AM`/`PM` in the
                first reference). The newest page: `"10:00"` without am or pm "will result in an
                error" (the current page's own example sends it; refused, see `info.description`).
                `x-refusal` is the message a refusal carries.
            duration (str | Unset): Length in minutes, as a string. Without it the EHR's default for the visit type applies.
            secondary_provider (str | Unset): A second provider for the visit (the `ehr_id` from GET /providers). From the
                current reference.
            new_patient (CreateAppointmentRequestNewPatient | Unset): `"true"` when the patient is new to the practice (the
                newest page).
            prevent_double_booking (CreateAppointmentRequestPreventDoubleBooking | Unset): `"true"` asks Cobalt to check the
                provider's schedule for a conflict before booking;
                the booking then fails at once on one. From the current reference.
            note (str | Unset): Free text added to the appointment (e.g. symptoms discussed by phone).
            reason (str | Unset): Free text describing the reason for the appointment.
    """

    location: str
    provider: str
    type_: EcwVisitType | str | WebptVisitType
    mrn: str | Unset = UNSET
    patient_name: str | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    date: datetime.date | Unset = UNSET
    time: str | Unset = UNSET
    duration: str | Unset = UNSET
    secondary_provider: str | Unset = UNSET
    new_patient: CreateAppointmentRequestNewPatient | Unset = UNSET
    prevent_double_booking: CreateAppointmentRequestPreventDoubleBooking | Unset = UNSET
    note: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        provider = self.provider

        type_: str
        if isinstance(self.type_, EcwVisitType):
            type_ = self.type_.value
        elif isinstance(self.type_, WebptVisitType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        mrn = self.mrn

        patient_name = self.patient_name

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        time = self.time

        duration = self.duration

        secondary_provider = self.secondary_provider

        new_patient: str | Unset = UNSET
        if not isinstance(self.new_patient, Unset):
            new_patient = self.new_patient.value

        prevent_double_booking: str | Unset = UNSET
        if not isinstance(self.prevent_double_booking, Unset):
            prevent_double_booking = self.prevent_double_booking.value

        note = self.note

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
                "provider": provider,
                "type": type_,
            }
        )
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if secondary_provider is not UNSET:
            field_dict["secondary_provider"] = secondary_provider
        if new_patient is not UNSET:
            field_dict["new_patient"] = new_patient
        if prevent_double_booking is not UNSET:
            field_dict["prevent_double_booking"] = prevent_double_booking
        if note is not UNSET:
            field_dict["note"] = note
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        location = d.pop("location")

        provider = d.pop("provider")

        type_: EcwVisitType | str | WebptVisitType = d.pop("type")
        if isinstance(type_, str):
            type_ = cast(
                "EcwVisitType | str | WebptVisitType",
                EcwVisitType._value2member_map_.get(type_, WebptVisitType._value2member_map_.get(type_, type_)),
            )

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = datetime.datetime.fromisoformat(_datetime_)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _new_patient = d.pop("new_patient", UNSET)
        new_patient: CreateAppointmentRequestNewPatient | Unset
        if isinstance(_new_patient, Unset):
            new_patient = UNSET
        else:
            new_patient = CreateAppointmentRequestNewPatient(_new_patient)

        _prevent_double_booking = d.pop("prevent_double_booking", UNSET)
        prevent_double_booking: CreateAppointmentRequestPreventDoubleBooking | Unset
        if isinstance(_prevent_double_booking, Unset):
            prevent_double_booking = UNSET
        else:
            prevent_double_booking = CreateAppointmentRequestPreventDoubleBooking(_prevent_double_booking)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        create_appointment_request = cls.__new__(cls)
        create_appointment_request.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "location": location,
            "provider": provider,
            "type_": type_,
            "datetime_": datetime_,
            "date": date,
            "new_patient": new_patient,
            "prevent_double_booking": prevent_double_booking,
        }

        create_appointment_request.additional_properties = additional
        return create_appointment_request

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
