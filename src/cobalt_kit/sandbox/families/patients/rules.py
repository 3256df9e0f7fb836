"""The patient pages' rules as pure functions: what a cached search matches, what a live search
and a live appointment fetch require, and what a create lacks. No I/O here: the store answers
searches from its indexes, and these functions say what those indexes must agree with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cobalt_kit.sandbox.availability import APPOINTMENT_FETCH_DAYS_AFTER, InvalidQuery, check_fetch
from cobalt_kit.sandbox.rules import digits

# patients/fetch: which values each `search_by` searches with (`mrn` on the newest page).
SEARCH_VALUES = {"dob": ("dob",), "name": ("first_name", "last_name"), "phone": ("phone",), "mrn": ("mrn",)}
SEARCHABLE = ("dob", "first_name", "last_name", "phone", "mrn")
# appointments/fetch: the longest date range, in days (the page: "cannot exceed 7 days").
LONGEST_FETCHED_RANGE = 7
# The EHRs whose appointments a live fetch reaches (the page's error names eClinicalWorks only).
LIVE_FETCH_EHRS = frozenset({"eClinicalWorks"})
# The page's answers to a live fetch request.
ACCEPTED = "Live fetch request accepted. Results will be sent via webhook when ready."
CREATED = "Patient processing. A webhook event will be sent upon completion."
NO_SEARCH_VALUE = "At least one of the following parameters must be provided: dob, first_name, last_name, phone."
SUPPORTED_EHRS = "Currently supported: eClinicalWorks."


@dataclass(frozen=True)
class PatientFilters:
    """GET /patients' filters: names partial and case-insensitive, the rest exact (phones by digits)."""

    dob: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    mrn: str | None = None
    ehr_id: str | None = None
    phone: str | None = None


def _contains(value: Any, part: str | None) -> bool:
    return part is None or part.lower() in str(value or "").lower()


def matches(patient: Mapping[str, Any], filters: PatientFilters) -> bool:
    if filters.dob is not None and patient.get("dob") != filters.dob:
        return False
    if filters.mrn is not None and patient.get("mrn") != filters.mrn:
        return False
    if filters.ehr_id is not None and patient.get("ehr_id") != filters.ehr_id:
        return False
    if filters.phone is not None and (
        not digits(filters.phone) or digits(filters.phone) != digits(patient.get("phone"))
    ):
        return False
    return _contains(patient.get("first_name"), filters.first_name) and _contains(
        patient.get("last_name"), filters.last_name
    )


def fetch_search(body: Mapping[str, Any]) -> dict[str, str]:
    """A live patient search's values, as the page requires them (its messages, word for word)."""
    given = {name: str(body[name]) for name in SEARCHABLE if body.get(name) not in (None, "")}
    search_by = body.get("search_by")
    if search_by is None and not given:
        raise InvalidQuery("Missing required parameters: search_by.")
    if not given:
        raise InvalidQuery(
            "At least one of the following parameters must be provided: dob, first_name, last_name, phone."
        )
    if search_by is not None:
        needed = [name for name in SEARCH_VALUES[str(search_by)] if name not in given]
        # `name` searches with either name; the others need their one value.
        if needed and (search_by != "name" or len(needed) == len(SEARCH_VALUES["name"])):
            raise InvalidQuery(f"Missing required parameters: {', '.join(needed)}.")
        return {name: given[name] for name in SEARCH_VALUES[str(search_by)] if name in given}
    return given


def missing_fields(body: Mapping[str, Any], required: Iterable[str]) -> list[str]:
    """The practice's `required_patient_fields` that a create leaves out or empty."""
    return [name for name in required if body.get(name) in (None, "")]


@dataclass(frozen=True)
class AppointmentFetch:
    """A live appointment fetch, checked: its mode and what it selects."""

    mode: str
    start: dt.date | None = None
    end: dt.date | None = None
    mrn: str | None = None
    provider_ids: tuple[str, ...] = ()


def _day(value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InvalidQuery("Invalid date format. Use ISO format (YYYY-MM-DD).") from None


def appointment_fetch(body: Mapping[str, Any], ehr: str) -> AppointmentFetch:
    """POST /appointments/fetch's rules, with the page's messages."""
    if ehr not in LIVE_FETCH_EHRS:
        raise InvalidQuery(
            f"Live fetch for appointments is not supported for {ehr}. Currently supported: eClinicalWorks."
        )
    mode = str(body.get("search_by") or "date_range")
    if mode == "mrn":
        if not body.get("mrn"):
            raise InvalidQuery("Missing required parameters: mrn.")
        return AppointmentFetch(mode, mrn=str(body["mrn"]))
    missing = [name for name in ("start_date", "end_date") if not body.get(name)]
    if missing:
        raise InvalidQuery(f"Missing required parameters: {', '.join(missing)}.")
    start, end = _day(body["start_date"]), _day(body["end_date"])
    if mode == "provider":
        providers = tuple(str(p) for p in body.get("provider_ids") or ())
        check_fetch(start, end, providers, APPOINTMENT_FETCH_DAYS_AFTER)
        return AppointmentFetch(mode, start, end, provider_ids=providers)
    if end < start:
        raise InvalidQuery("end_date must be after start_date.")
    if (end - start).days >= LONGEST_FETCHED_RANGE:
        raise InvalidQuery("Date range cannot exceed 7 days.")
    return AppointmentFetch(mode, start, end)
