"""The EHR's rules as pure functions: what a create becomes, how a booking settles, which changes a
status allows, how request fields map onto stored ones, what a list filter matches. No I/O here."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# Like a payment sandbox's test cards: these values make a booking fail, with this reason.
# Keyed by the stored field: the request's `provider` is kept as `_provider`, `mrn` as `patient_mrn`.
MAGIC_FAILURES = {
    ("_provider", "Dr. Unavailable"): "provider_unavailable",
    ("location", "Closed Clinic"): "location_closed",
    ("patient_mrn", "000000"): "patient_not_found",
}
# What a scheduled (or finished) appointment still accepts.
ALWAYS_EDITABLE = {"status", "note"}
# The one status a client may set, and from which statuses.
CANCELLABLE = {"pending", "failed", "scheduled"}
TELEMEDICINE_TYPES = {"telephone", "televisit", "televisit1", "televisit2", "televisit3", "te", "tf"}
DEFAULT_DURATION = 15
# The EHRs whose schedules Cobalt checks for `prevent_double_booking` (the create page names these
# two; it says the field is accepted and ignored for every other EHR).
DOUBLE_BOOKING_EHRS = frozenset({"eClinicalWorks", "Practice Fusion"})
# The visits a provider's schedule holds in the EHR: a pending booking is not in it yet, a
# cancelled or failed one no longer is.
ON_SCHEDULE = {"scheduled", "completed"}
# The longest visit the create request allows (`duration` has at most four digits): how far back a
# visit overlapping a new booking may begin.
LONGEST_VISIT = dt.timedelta(minutes=9999)


class Conflict(Exception):
    """The change is not allowed in the appointment's current status."""


class Unstorable(ValueError):
    """A value the document allows but the sandbox cannot hold (named by its field, never shown)."""

    def __init__(self, field: str) -> None:
        super().__init__(f"{field}: is a value the sandbox cannot store")


@dataclass(frozen=True)
class Filters:
    start: dt.date
    end: dt.date
    patient_mrn: str | None = None
    patient_name: str | None = None
    patient_phone: str | None = None
    appointment_mode: str | None = None
    include_note: bool = False


def digits(phone: str | None) -> str:
    found = re.sub(r"\D", "", phone or "")
    # A leading country code 1 does not make it another number.
    return found[1:] if len(found) == 11 and found.startswith("1") else found


def matches(doc: dict[str, Any], filters: Filters) -> bool:
    if filters.patient_mrn is not None and doc.get("patient_mrn") != filters.patient_mrn:
        return False
    if filters.patient_name is not None and filters.patient_name.lower() not in (doc.get("patient_name") or "").lower():
        return False
    if filters.patient_phone is not None and (
        not digits(filters.patient_phone) or digits(filters.patient_phone) != digits(doc.get("patient_phone"))
    ):
        return False
    return filters.appointment_mode is None or doc.get("appointment_mode") == filters.appointment_mode


def indexed_values(doc: dict[str, Any]) -> tuple[str | None, str | None, str | None, str]:
    """What the list filters compare, as the store indexes it: MRN, phone digits, mode, patient name."""
    name = doc.get("patient_name") or ""
    return doc.get("patient_mrn"), digits(doc.get("patient_phone")) or None, doc.get("appointment_mode"), name


def public(doc: dict[str, Any], include_note: bool = True) -> dict[str, Any]:
    """The appointment as the API shows it: no internal fields, no null-only sandbox extras."""
    shown = {k: v for k, v in doc.items() if not k.startswith("_")}
    if not include_note:
        shown.pop("note", None)
    if shown.get("failure_reason") is None:
        shown.pop("failure_reason", None)
    return shown


def settled(
    id_: str, doc: dict[str, Any], failure: str | None = None, conflict: dict[str, Any] | None = None
) -> dict[str, Any]:
    """What the EHR makes of a pending booking: scheduled, or failed for a magic value's reason (or
    for `failure`, a test's choice, or for the `conflict` the double-booking check found)."""
    reason = failure or magic_failure(doc)
    if reason:
        return {**doc, "status": "failed", "failure_reason": reason}
    if conflict is not None:
        return {**doc, "status": "failed", "failure_reason": "double_booking", "_conflict": conflict}
    return {**doc, "status": "scheduled", "failure_reason": None, "ehr_appointment_id": f"E{id_}"}


def magic_failure(doc: dict[str, Any]) -> str | None:
    """The reason a magic value of the booking makes it fail with (MAGIC_FAILURES), if any."""
    return next((r for (field, value), r in MAGIC_FAILURES.items() if doc.get(field) == value), None)


def provider_id(doc: dict[str, Any]) -> str | None:
    """The provider's EHR id: as the EHR holds it, or as the create request named it."""
    found = doc.get("provider_ehr_id") or doc.get("_provider")
    return str(found) if found is not None else None


def provider_names(doc: dict[str, Any]) -> set[str]:
    """Every name the provider goes by on a visit: the EHR's id, and the request's `provider`."""
    return {str(doc[name]) for name in ("provider_ehr_id", "_provider") if doc.get(name) is not None}


def block(fields: dict[str, Any]) -> dict[str, Any]:
    """A schedule block staff add (`datetime`, `duration` in minutes), as `span` reads it."""
    return {
        "datetime": canonical_datetime(fields["datetime"]),
        "duration": int(fields.get("duration", DEFAULT_DURATION)),
    }


def checks_double_booking(doc: dict[str, Any], ehr: str) -> bool:
    """Whether Cobalt checks the provider's schedule before submitting this booking."""
    return doc.get("_prevent_double_booking") == "true" and ehr in DOUBLE_BOOKING_EHRS


def span(doc: dict[str, Any]) -> tuple[dt.datetime, dt.datetime]:
    """The visit's [start, end) on the provider's schedule."""
    start = dt.datetime.fromisoformat(doc["datetime"])
    if start.tzinfo is None:  # a moment without an offset is read in UTC, as the sandbox reads `time`
        start = start.replace(tzinfo=dt.UTC)
    return start, start + dt.timedelta(minutes=int(doc.get("duration") or DEFAULT_DURATION))


def search_days(doc: dict[str, Any]) -> tuple[dt.date, dt.date]:
    """The stored days (each visit's own calendar day) a visit overlapping `doc` can be on; a day
    either side for the offsets that put the same moment on another date."""
    start, end = span(doc)
    return (start - LONGEST_VISIT).date() - dt.timedelta(days=1), end.date() + dt.timedelta(days=1)


def double_booking(
    doc: dict[str, Any], schedule: Iterable[dict[str, Any]], blocks: Iterable[dict[str, Any]] = ()
) -> dict[str, Any] | None:
    """The conflict a booking meets on its provider's schedule, as `conflict_type` and
    `conflict_details`: the first visit of the same provider whose [start, end) overlaps its own,
    else the first such block (`id`, `datetime`, `duration` each); None when the time is free."""
    start, end = span(doc)
    provider = provider_names(doc)
    visits = (
        visit
        for visit in schedule
        if visit["id"] != doc["id"] and visit["status"] in ON_SCHEDULE and provider & provider_names(visit)
    )
    # conflict_type, the id's name, the details' `kind` (the document: "its start, end and kind").
    found = (("existing_visit", "appointment_id", "visit", visits), ("schedule_block", "block_id", "block", blocks))
    for conflict_type, key, kind, busy in found:
        for other in busy:
            begins, ends = span(other)
            if begins < end and start < ends:
                details = {key: other["id"], "start": begins.isoformat(), "end": ends.isoformat(), "kind": kind}
                return {"conflict_type": conflict_type, "conflict_details": details}
    return None


def _patient(fields: dict[str, Any], known: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The patient the EHR would find for this MRN or name (one of `known`), else what was sent."""
    for patient in known:
        if fields.get("mrn") == patient["patient_mrn"] or (
            "mrn" not in fields and (fields.get("patient_name") or "").lower() == str(patient["patient_name"]).lower()
        ):
            return dict(patient)
    sent = {"patient_name": fields.get("patient_name"), "patient_mrn": fields.get("mrn")}
    return {k: v for k, v in sent.items() if v is not None}


def new_appointment(fields: dict[str, Any], known: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """The stored appointment a create request becomes (pending, id not yet given), with the EHR's
    record of the patient when it is one of the `known` patients."""
    doc: dict[str, Any] = {
        "id": None,
        "status": "pending",
        "ehr_appointment_id": None,
        "duration": DEFAULT_DURATION,
        "note": None,
        "failure_reason": None,
        "provider_ehr_id": None,
        "provider_npi": None,
        **_patient(fields, known),
    }
    if "datetime" in fields:
        doc["datetime"] = fields["datetime"]
    else:  # the deprecated pair; the sandbox reads the time in UTC
        clock = _clock(fields["time"])
        doc["datetime"] = dt.datetime.combine(_day(fields["date"]), clock, tzinfo=dt.UTC)
    return apply(doc, {k: v for k, v in fields.items() if k not in ("datetime", "date", "time")})


def _day(value: dt.date | str) -> dt.date:
    """The deprecated `date` as a date; the year 0000, which its format allows and a date cannot
    hold, is refused by name."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Unstorable("date") from None


def stored(fields: dict[str, Any], status: str, known: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """A create request's appointment as the EHR holds it in `status` (seeded, or booked by staff)."""
    doc = {**new_appointment(fields, known), "status": status}
    if status == "failed":
        doc["failure_reason"] = "ehr_error"
    else:  # the EHR has it, under an id of its own
        doc["ehr_appointment_id"] = f"E{uuid.uuid4().hex[:10]}"
    return doc


# What clinic staff may do in the EHR, and from which statuses.
EHR_ACTIONS = {
    "cancel": {"pending", "scheduled", "failed"},
    "complete": {"scheduled"},
    "change": {"pending", "scheduled"},
}


def ehr_changed(doc: dict[str, Any], action: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The appointment after staff cancel it, mark it completed, or change its time, location or
    length in the EHR; Conflict when its status does not allow that."""
    if doc["status"] not in EHR_ACTIONS[action]:
        raise Conflict(f"Staff cannot {action} a {doc['status']} appointment.")
    if action == "cancel":
        return {**doc, "status": "cancelled"}
    if action == "complete":
        return {**doc, "status": "completed"}
    return apply(doc, fields)


def _clock(time: str) -> dt.time:
    """`H:MM AM/PM` in either case (both references' prose) or 24-hour `HH:MM` (the current example)."""
    compact = time.replace(" ", "").upper()
    pattern = "%I:%M%p" if compact.endswith(("AM", "PM")) else "%H:%M"
    return dt.datetime.strptime(compact, pattern).time()


def apply(doc: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """The appointment with the request's fields, renamed as the EHR stores them."""
    changed = dict(doc)
    for name, value in fields.items():
        if name in ("datetime", "appointment_datetime"):
            changed["datetime"] = value
        elif name == "type":
            changed["appointment_type"] = value
            changed["appointment_mode"] = "telemedicine" if value in TELEMEDICINE_TYPES else "office"
        elif name == "duration":
            changed["duration"] = int(value)
        elif name == "mrn":
            changed["patient_mrn"] = value
        elif name in ("provider", "reason", "prevent_double_booking"):
            changed[f"_{name}"] = value
        elif name == "secondary_provider":
            changed["secondary_provider_ehr_id"] = value
        else:
            changed[name] = value
    if "datetime" in changed:
        changed["datetime"] = canonical_datetime(changed["datetime"])
    return changed


def canonical_datetime(value: dt.datetime | str) -> str:
    """One stored form for every RFC 3339 spelling of a moment (`t`/`z` in lower case, `Z` for
    +00:00), so that what the API returns always parses as the document's date-time."""
    if isinstance(value, str):
        # Python reads at most microseconds and no leap second: such a moment is refused, not mangled.
        try:
            value = dt.datetime.fromisoformat(value.upper())
        except ValueError:
            raise Unstorable("datetime") from None
    return value.isoformat()


def updated(
    doc: dict[str, Any], fields: dict[str, Any], statuses: frozenset[str] = frozenset()
) -> tuple[dict[str, Any], bool]:
    """The appointment after a client's PATCH, and whether it (again) waits for the EHR; Conflict
    when its status forbids the change. A scheduled appointment may be cancelled or set to one of
    `statuses`, the visit statuses of the practice's EHR (as the vendor's update page says)."""
    status = doc["status"]
    if status not in ("pending", "failed") and set(fields) - ALWAYS_EDITABLE:
        raise Conflict(f"A {status} appointment accepts changes to status and note only.")
    wanted = fields.get("status", status)
    allowed = (wanted == "cancelled" and status in CANCELLABLE) or (status == "scheduled" and wanted in statuses)
    if wanted != status and not allowed:
        raise Conflict(
            f"A {status} appointment cannot be set to {wanted}; only cancelling, or for a scheduled one a "
            "visit status of the practice's EHR (get_settings), is allowed."
        )
    changed = apply(doc, fields)
    if changed["status"] == "failed" and set(fields) - ALWAYS_EDITABLE:
        # A changed failed booking goes to the EHR again; one cancelled in the same request does not.
        changed.update(status="pending", failure_reason=None)
        changed.pop("_conflict", None)
    return changed, changed["status"] == "pending"
