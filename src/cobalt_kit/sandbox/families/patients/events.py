"""The patients family's events: what `patient.created` and `patient.failed` hold (pure)."""

from __future__ import annotations

from typing import Any


def created(patient_id: str, mrn: str) -> dict[str, Any]:
    return {"patient_id": patient_id, "mrn": mrn}


def failed(patient_id: str, code: str, description: str) -> dict[str, Any]:
    return {
        "patient_id": patient_id,
        "failure_reason": description,
        "reasons": [{"code": code, "description": description}],
    }
