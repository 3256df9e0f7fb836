"""The providers family's rules, pure: what an update of a provider becomes, how a shift of an
update is stored (the form `list_providers` answers in), and which provider or location a booking
names that the EHR would refuse. No I/O here."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from cobalt_kit.sandbox.family import NotAccepted

# The failure a booking settles with when the EHR does not know (or no longer uses) what it names:
# reasons (as `failure_reason`, upper-cased as the event's `reasons[].code`) by field and finding.
NOT_FOUND = "not_found"
INACTIVE = "inactive"
BOOKING_FIELDS = {"_provider": "provider", "location": "location", "secondary_provider_ehr_id": "secondary_provider"}


def new_id() -> str:
    """Cobalt's id of a provider or location: 32 hexadecimal characters (a UUID without hyphens)."""
    return uuid.uuid4().hex


def same_id(given: str) -> str:
    """An id as stored: the vendor's pages write the same ids with hyphens and without."""
    return given.replace("-", "").lower()


def provider(fields: Mapping[str, Any], id_: str, default_timezone: str) -> dict[str, Any]:
    """A provider as `list_providers` shows it, from a seed's fields (hours already stored)."""
    return {
        "id": id_,
        "ehr_id": str(fields["ehr_id"]),
        "name": fields["name"],
        "npi": fields.get("npi"),
        "timezone": fields.get("timezone", default_timezone),
        "status": str(fields.get("status", "active")).lower(),
        "hide_in_availability": bool(fields.get("hide_in_availability", False)),
        "hours": list(fields.get("hours", [])),
    }


def location(fields: Mapping[str, Any], id_: str) -> dict[str, Any]:
    return {
        "id": id_,
        "ehr_id": str(fields["ehr_id"]),
        "name": fields["name"],
        "status": str(fields.get("status", "active")).lower(),
        "address": fields.get("address"),
        "phone": fields.get("phone"),
        "fax": fields.get("fax"),
    }


def stored_hours(
    days: list[dict[str, Any]], location_of: Callable[[str], dict[str, Any] | None], where: str = "hours"
) -> list[dict[str, Any]]:
    """An update's hours as the EHR stores them: each shift at a location of the practice
    (`location_of` its id, NotAccepted naming the field when none), its name filled in."""
    stored = []
    for d, day in enumerate(days):
        shifts = []
        for s, shift in enumerate(day["shifts"]):
            found = location_of(same_id(shift["facility_id"]))
            if found is None:
                field = f"{where}.{d}.shifts.{s}.facility_id"
                raise NotAccepted(f"{field}: is not a location of this practice (list_locations)")
            recur = shift.get("set_recur")
            shifts.append({
                "start": shift["start"],
                "end": shift["end"],
                "facility_id": found["id"],
                "facility_name": found["name"],
                "set_start_date": shift.get("set_start_date"),
                "set_end_date": shift.get("set_end_date"),
                "set_description": None,
                "recurrence": dict(recur) if recur else None,
                "visit_type_rules": [],
            })  # fmt: skip
        stored.append({"day": day["day"], "shifts": shifts})
    return stored


def updated(doc: dict[str, Any], fields: Mapping[str, Any], hours: list[dict[str, Any]] | None) -> dict[str, Any]:
    """The provider after an update (status in any case, hide_in_availability as "true"/"false")."""
    changed = dict(doc)
    if "status" in fields:
        changed["status"] = str(fields["status"]).lower()
    if "hide_in_availability" in fields:
        changed["hide_in_availability"] = fields["hide_in_availability"] == "true"
    if hours is not None:
        changed["hours"] = hours
    return changed


def update_message(fields: Mapping[str, Any]) -> str:
    """The vendor's answers: the older page's (status only) and the current one's (status and hours)."""
    if "hours" in fields:
        return "Provider status and hours updated successfully."
    if set(fields) == {"status"}:
        return "Provider status updated successfully."
    return "Provider updated successfully."


def refusal(field: str, found: dict[str, Any] | None) -> str | None:
    """The failure reason of a booking whose `field` names `found` (None: nothing of the practice's)."""
    if found is None:
        return f"{BOOKING_FIELDS[field]}_{NOT_FOUND}"
    if found.get("status") != "active":
        return f"{BOOKING_FIELDS[field]}_{INACTIVE}"
    return None
