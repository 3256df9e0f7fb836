"""Synthetic demo appointments every practice starts with. No real patient: names, numbers and
insurers are made up (phone numbers are in the fictional 555-01xx range)."""

from __future__ import annotations

from typing import Any

JANE = {
    "patient_name": "Jane Doe",
    "patient_mrn": "414421",
    "patient_dob": "1994-08-12",
    "patient_phone": "222-333-4444",
    "insurance": "Blue Shield",
    "insurance_subscriber": "John Doe",
    "insurance_number": "19228934",
    "insurance_group_number": "FDL992829qe",
}
SAM = {
    "patient_name": "Sam Example",
    "patient_mrn": "9988776655443322",
    "patient_dob": "1988-01-30",
    "patient_phone": "(555) 010-0142",
    "insurance": None,
    "insurance_subscriber": None,
    "insurance_number": None,
    "insurance_group_number": None,
}
ALEX = {
    "patient_name": "Alex Sample",
    "patient_mrn": "500100",
    "patient_dob": "1975-11-02",
    "patient_phone": "+1 555 010 0177",
    "insurance": "Example Health",
    "insurance_subscriber": "Alex Sample",
    "insurance_number": "EH-0042",
    "insurance_group_number": "G-100",
}
PATIENTS = (JANE, SAM, ALEX)
PROVIDER = {"provider_ehr_id": "6644", "provider_npi": "2453453453", "_provider": "Good Doctor"}


def _visit(id_: str | None, datetime: str, status: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": id_,
        "datetime": datetime,
        "duration": 15,
        "ehr_appointment_id": None if status in ("pending", "failed") else f"5{(id_ or '0')[-5:]}",
        "appointment_mode": "office",
        "appointment_type": "f/u",
        "location": "54252",
        "status": status,
        "note": None,
        "failure_reason": None,
        **PROVIDER,
        **fields,
    }


def demo_appointments(with_reference_ids: bool) -> list[dict[str, Any]]:
    """The demo schedule; the first practice keeps the ids of the reference's examples, so that its
    curl examples answer here too (other practices get fresh ids, since ids are unique)."""

    def ref(id_: str) -> str | None:
        return id_ if with_reference_ids else None

    return [
        _visit(
            ref("2109607"),
            "2024-03-14T00:00:00-07:00",
            "completed",
            ehr_appointment_id="536444",
            patient_gender="female",
            **JANE,
        ),
        _visit(ref("1276397812"), "2024-03-14T00:00:00-07:00", "completed", patient_sex="female", **JANE),
        _visit(
            ref("23456789"),
            "2024-01-15T13:30:00-07:00",
            "failed",
            location="Good Clinic",
            appointment_type="FollowUp",
            failure_reason="provider_unavailable",
            **SAM,
        ),
        _visit(
            None,
            "2024-03-18T09:30:00-07:00",
            "scheduled",
            appointment_mode="telemedicine",
            appointment_type="televisit",
            duration=30,
            note="Synthetic note: review sleep study results.",
            **ALEX,
        ),
        _visit(None, "2024-03-21T14:00:00-07:00", "scheduled", appointment_type="np", duration=45, **SAM),
        _visit(None, "2024-03-28T08:15:00-07:00", "cancelled", appointment_type="pft", **ALEX),
        _visit(
            None,
            "2024-04-02T10:00:00-07:00",
            "scheduled",
            appointment_mode="telemedicine",
            appointment_type="telephone",
            note="Synthetic note: discuss medications.",
            **JANE,
        ),
        _visit(None, "2024-04-14T16:45:00-07:00", "pending", appointment_type="hss", **SAM),
        _visit(None, "2024-04-15T11:00:00-07:00", "scheduled", appointment_type="mask", **ALEX),
    ]
