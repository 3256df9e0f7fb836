from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.appointment_status import AppointmentStatus
from ..models.ecw_visit_type import EcwVisitType
from ..models.webpt_visit_type import WebptVisitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAppointmentRequest")


@_attrs_define
class UpdateAppointmentRequest:
    """The attributes to change. A `pending` or `failed` appointment accepts all of them; a
    `scheduled` one only `status` and `note`.

        Attributes:
            appointment_datetime (datetime.datetime | Unset): New start of the visit, ISO 8601 with offset (named `datetime`
                in create).
            datetime_ (datetime.datetime | Unset): The same as `appointment_datetime`, as the current reference's schema
                names it.
            location (str | Unset): New location of the visit.
            type_ (EcwVisitType | str | Unset | WebptVisitType): The EHR's visit type code: one of the eCW or WebPT tables,
                or another code that the
                practice's EHR defines (the reference's own example sends `FollowUp`).
            status (AppointmentStatus | str | Unset): The new status: `cancelled` (see the operation), or another status the
                practice's EHR
                defines (the current reference: "one of the available statuses of the linked account").
            note (str | Unset): New free-text note.
            mrn (str | Unset): Medical record number of the patient.
            patient_name (str | Unset): First and last name of the patient.
            provider (str | Unset): The provider for the visit.
            duration (str | Unset): Length in minutes, as a string.
            reason (str | Unset): Free text describing the reason for the appointment.
    """

    appointment_datetime: datetime.datetime | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    location: str | Unset = UNSET
    type_: EcwVisitType | str | Unset | WebptVisitType = UNSET
    status: AppointmentStatus | str | Unset = UNSET
    note: str | Unset = UNSET
    mrn: str | Unset = UNSET
    patient_name: str | Unset = UNSET
    provider: str | Unset = UNSET
    duration: str | Unset = UNSET
    reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        appointment_datetime: str | Unset = UNSET
        if not isinstance(self.appointment_datetime, Unset):
            appointment_datetime = self.appointment_datetime.isoformat()

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        location = self.location

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, EcwVisitType):
            type_ = self.type_.value
        elif isinstance(self.type_, WebptVisitType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AppointmentStatus):
            status = self.status.value
        else:
            status = self.status

        note = self.note

        mrn = self.mrn

        patient_name = self.patient_name

        provider = self.provider

        duration = self.duration

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if appointment_datetime is not UNSET:
            field_dict["appointment_datetime"] = appointment_datetime
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if location is not UNSET:
            field_dict["location"] = location
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note
        if mrn is not UNSET:
            field_dict["mrn"] = mrn
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if duration is not UNSET:
            field_dict["duration"] = duration
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _appointment_datetime = d.pop("appointment_datetime", UNSET)
        appointment_datetime: datetime.datetime | Unset
        if isinstance(_appointment_datetime, Unset):
            appointment_datetime = UNSET
        else:
            appointment_datetime = datetime.datetime.fromisoformat(_appointment_datetime)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = datetime.datetime.fromisoformat(_datetime_)

        location = d.pop("location", UNSET)

        type_: EcwVisitType | str | Unset | WebptVisitType = d.pop("type", UNSET)
        if isinstance(type_, str):
            type_ = cast(
                "EcwVisitType | str | Unset | WebptVisitType",
                EcwVisitType._value2member_map_.get(type_, WebptVisitType._value2member_map_.get(type_, type_)),
            )

        status: AppointmentStatus | str | Unset = d.pop("status", UNSET)
        if isinstance(status, str):
            status = cast("AppointmentStatus | str | Unset", AppointmentStatus._value2member_map_.get(status, status))

        note = d.pop("note", UNSET)

        mrn = d.pop("mrn", UNSET)

        patient_name = d.pop("patient_name", UNSET)

        provider = d.pop("provider", UNSET)

        duration = d.pop("duration", UNSET)

        reason = d.pop("reason", UNSET)

        update_appointment_request = cls(
            appointment_datetime=appointment_datetime,
            datetime_=datetime_,
            location=location,
            type_=type_,
            status=status,
            note=note,
            mrn=mrn,
            patient_name=patient_name,
            provider=provider,
            duration=duration,
            reason=reason,
        )

        return update_appointment_request
