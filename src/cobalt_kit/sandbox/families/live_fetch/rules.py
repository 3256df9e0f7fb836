"""The live fetches' rules as pure functions: what POST /appointments/fetch requires in each mode,
in the page's words, and the answer every live fetch gives. No I/O here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cobalt_kit.sandbox.families.availability.rules import APPOINTMENT_FETCH_DAYS_AFTER, InvalidQuery, check_fetch

# appointments/fetch: the longest date range, in days (the page: "cannot exceed 7 days").
LONGEST_FETCHED_RANGE = 7
# The EHRs whose appointments a live fetch reaches (the page's error names eClinicalWorks only).
LIVE_FETCH_EHRS = frozenset({"eClinicalWorks"})
SUPPORTED_EHRS = "Currently supported: eClinicalWorks."
# The pages' answer to a live fetch request.
ACCEPTED = "Live fetch request accepted. Results will be sent via webhook when ready."


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
