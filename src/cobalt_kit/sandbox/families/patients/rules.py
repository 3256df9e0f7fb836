"""The patient pages' rules as pure functions: what a cached search matches, what a live search
requires, and what a create lacks. No I/O here: the store answers
searches from its indexes, and these functions say what those indexes must agree with.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cobalt_kit.sandbox.families.appointments.rules import digits
from cobalt_kit.sandbox.families.availability.rules import InvalidQuery

# patients/fetch: which values each `search_by` searches with (`mrn` on the newest page).
SEARCH_VALUES = {"dob": ("dob",), "name": ("first_name", "last_name"), "phone": ("phone",), "mrn": ("mrn",)}
SEARCHABLE = ("dob", "first_name", "last_name", "phone", "mrn")
CREATED = "Patient processing. A webhook event will be sent upon completion."
NO_SEARCH_VALUE = "At least one of the following parameters must be provided: dob, first_name, last_name, phone."


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


# What the cached list shows of a patient (GET /patients).
SHOWN = ("mrn", "ehr_id", "first_name", "last_name", "dob", "sex", "phone")
DUPLICATE = "Duplicate patient found. Please use the existing patient or update the patient information."


def public(record: Mapping[str, Any]) -> dict[str, Any]:
    return {name: record.get(name) for name in SHOWN}


def live(record: Mapping[str, Any], patient_id: str, include: Iterable[str]) -> dict[str, Any]:
    """A patient as a live fetch sends it (the page's `date_of_birth`; `insurances` when asked)."""
    found = {
        "id": patient_id,
        "mrn": record.get("mrn"),
        "first_name": record.get("first_name"),
        "last_name": record.get("last_name"),
        "date_of_birth": record.get("dob"),
        "phone": record.get("phone"),
        "sex": record.get("sex"),
    }
    if "insurances" in include:
        found["insurances"] = []
    return found


def includes(value: Any) -> list[str]:
    """`include` as the page allows it: a comma-separated string or an array."""
    if value is None:
        return []
    parts = value.split(",") if isinstance(value, str) else value
    return [str(part).strip() for part in parts if str(part).strip()]


def new_record(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The EHR's record a create asks for (no MRN yet: the EHR gives it)."""
    return {**{k: v for k, v in fields.items() if v is not None}, "mrn": None, "ehr_id": None}


def same_person(record: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """The EHR's duplicate check: the same names (any case) and date of birth."""
    return all(
        str(record.get(name) or "").lower() == str(other.get(name) or "").lower()
        for name in ("first_name", "last_name", "dob")
    )
