"""The availability family's operation: a validated call in, a status and a JSON body out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cobalt_kit.sandbox.families.availability import rules
from cobalt_kit.sandbox.families.availability.model import Availability
from cobalt_kit.sandbox.handlers import Answer, Call, Refusal


def day(value: Any) -> dt.date:
    """A query's day: a date, or a date-time's date (the page's own example sends one)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _flag(values: dict[str, Any], name: str) -> bool:
    return values.get(name) in (True, "true")  # a query's "true", a body's true


def query_of(values: dict[str, Any], listed: Any = rules.ids) -> rules.Query:
    """GET /availability's parameters (or the fetch's body: `listed` reads its arrays)."""
    try:
        return rules.Query(
            start_date=day(values["start_date"]),
            end_date=day(values["end_date"]),
            calculation_method=values.get("calculation_method", "gaps"),
            slot_type=values.get("slot_type"),
            buffer=int(values.get("buffer", 0)),
            visit_type=values.get("visit_type", rules.ALL),
            daily_appointment_limit=values.get("daily_appointment_limit"),
            daily_limit_type=values.get("daily_limit_type"),
            provider_type=values.get("provider_type", "primary"),
            fallback_to_default_hours=_flag(values, "fallback_to_default_hours"),
            max_slot_duration=values.get("max_slot_duration"),
            facility_scoped_scheduling=_flag(values, "facility_scoped_scheduling"),
            provider_ids=listed(values.get("provider_ids")),
            location_ids=listed(values.get("location_ids")),
        )
    except ValueError:
        raise Refusal(400, "invalid_request", "start_date and end_date must be dates (YYYY-MM-DD).") from None


def get_availability(availability: Availability, call: Call) -> Answer:
    query = query_of(call.query)
    try:
        return 200, availability.answer(call.practice, query)
    except rules.InvalidQuery as refused:
        raise Refusal(400, "invalid_request", str(refused)) from None
