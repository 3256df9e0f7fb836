"""The appointment events of the vendor's webhook documentation, as pure functions of the stored
appointment: what each event's `data` holds (sandbox/events.py wraps it). No I/O here."""

from __future__ import annotations

from typing import Any

from cobalt_kit.sandbox.events import timestamp
from cobalt_kit.sandbox.families.appointments.rules import provider_id

# The sandbox's practices keep their EHR's clock in one zone (the `timezone` of appointment.created).
PRACTICE_TIMEZONE = "America/Los_Angeles"
# What the EHR says when it refuses a booking for a magic value's reason (rules.MAGIC_FAILURES).
FAILURE_DESCRIPTIONS = {
    "provider_unavailable": "The provider is not available at the requested time.",
    "location_closed": "The location is closed at the requested time.",
    "patient_not_found": "No patient with this MRN was found in the EHR.",
}
# What the EHR says when a booking names what the practice does not know, or no longer uses
# (providers.rules.refusal): found, not chosen, so not settle controls' reasons either.
DIRECTORY_DESCRIPTIONS = {
    "provider_not_found": "The provider is not a provider of this practice (use an ehr_id from GET /providers).",
    "provider_inactive": "The provider is inactive in this practice.",
    "location_not_found": "The location is not a location of this practice (use an ehr_id from GET /locations).",
    "location_inactive": "The location is inactive in this practice.",
    "secondary_provider_not_found": "The secondary provider is not a provider of this practice.",
    "secondary_provider_inactive": "The secondary provider is inactive in this practice.",
    "visit_type_not_found": "The visit type is not one of this practice's EHR (GET /settings lists them).",
}
# What Cobalt says when `prevent_double_booking` found the provider busy (rules.double_booking), by
# `conflict_type`: not settle controls' reasons, since a conflict is found, not chosen.
CONFLICT_DESCRIPTIONS = {
    "existing_visit": "The requested time overlaps an existing visit on the provider's schedule.",
    "schedule_block": "The requested time overlaps a block on the provider's schedule.",
}


def _provider(doc: dict[str, Any]) -> tuple[str | None, str | None]:
    name = doc.get("provider_name") or doc.get("_provider")
    return provider_id(doc), name


def created(doc: dict[str, Any]) -> dict[str, Any]:
    provider_id, provider_name = _provider(doc)
    return {
        "appointment_id": doc["id"],
        "mrn": doc.get("patient_mrn"),
        "date_time": doc["datetime"],
        "timezone": PRACTICE_TIMEZONE,
        "provider_id": provider_id,
        "provider_name": provider_name,
        "secondary_provider_id": doc.get("secondary_provider_ehr_id"),
    }


def failed(doc: dict[str, Any]) -> dict[str, Any]:
    code = doc.get("failure_reason") or "ehr_error"
    conflict = doc.get("_conflict")
    if conflict is not None:
        description = CONFLICT_DESCRIPTIONS[conflict["conflict_type"]]
    else:
        description = {**FAILURE_DESCRIPTIONS, **DIRECTORY_DESCRIPTIONS}.get(code, "The EHR refused the booking.")
    data = {
        "appointment_id": doc["id"],
        "mrn": doc.get("patient_mrn"),
        "failure_reason": description,
        "reasons": [{"code": code.upper(), "description": description}],
    }
    # The double-booking check's finding (rules.double_booking): `conflict_type`, `conflict_details`.
    return {**data, **(conflict or {})}


def updated(doc: dict[str, Any]) -> dict[str, Any]:
    _, provider_name = _provider(doc)
    shown = ("ehr_appointment_id", "patient_mrn", "patient_name", "datetime", "duration", "location", "status")
    return {
        "id": doc["id"],
        **{name: doc.get(name) for name in shown},
        "provider_name": provider_name,
        "appointment_type": doc.get("appointment_type"),
        "appointment_mode": doc.get("appointment_mode"),
    }


def cancelled(doc: dict[str, Any], when: float) -> dict[str, Any]:
    provider_id, provider_name = _provider(doc)
    return {
        "id": doc["id"],
        "date_time": doc["datetime"],
        "duration": doc.get("duration"),
        "provider_id": provider_id,
        "provider_name": provider_name,
        "mrn": doc.get("patient_mrn"),
        "cancelled_at": timestamp(when),
    }


def status_updated(doc: dict[str, Any], previous: str) -> dict[str, Any]:
    return {"id": doc["id"], "status": doc["status"], "previous_status": previous}
