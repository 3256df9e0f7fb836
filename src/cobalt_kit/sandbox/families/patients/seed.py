"""The demo patients every practice starts with: the appointments' demo patients (synthetic: no
real person), as the EHR's patient records."""

from __future__ import annotations

from typing import Any

from cobalt_kit.sandbox.families.appointments.seed import PATIENTS

# The EHR's side of each demo patient the appointments name: its EHR id and sex.
RECORDS = {"414421": ("88001", "female"), "9988776655443322": ("88002", "male"), "500100": ("88003", "unknown")}


def demo_patients() -> list[tuple[str, dict[str, Any]]]:
    """(patient_id, record) of each demo patient."""
    found = []
    for patient in PATIENTS:
        first, _, last = str(patient["patient_name"]).partition(" ")
        ehr_id, sex = RECORDS[str(patient["patient_mrn"])]
        record = {
            "mrn": patient["patient_mrn"],
            "ehr_id": ehr_id,
            "first_name": first,
            "last_name": last,
            "dob": patient["patient_dob"],
            "sex": sex,
            "phone": patient["patient_phone"],
        }
        found.append((f"P{ehr_id}", record))
    return found
