"""The availability family's behaviour: GET /availability computed (rules.availability) from the
providers' hours and the practice's cached bookings and blocks, read through the appointments
family's indexed tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from cobalt_kit.sandbox.families.appointments import rules as appointment_rules
from cobalt_kit.sandbox.families.appointments.events import PRACTICE_TIMEZONE
from cobalt_kit.sandbox.families.appointments.model import Appointments
from cobalt_kit.sandbox.families.availability import rules
from cobalt_kit.sandbox.families.providers.model import Providers
from cobalt_kit.sandbox.families.settings.model import Settings
from cobalt_kit.sandbox.family import Model


class Availability(Model):
    name = "availability"

    def providers(self, practice: str) -> list[dict[str, Any]]:
        """The practice's providers (the providers family's), each shift's `facility_id` the EHR id
        of its location, as `location_ids` and a booking's `location` name it (the hours hold the
        location's Cobalt id). A shift at an inactive location takes no booking: it is left out."""
        directory = self.core.family(Providers)
        locations = {loc["id"]: loc for loc in directory.tables.all("locations", practice)}
        found = []
        for provider in directory.providers(practice):
            hours = []
            for day in provider.get("hours") or ():
                shifts = []
                for shift in day.get("shifts") or ():
                    where = locations.get(shift.get("facility_id"))
                    if where is not None and where.get("status") != "active":
                        continue
                    facility = where["ehr_id"] if where else shift.get("facility_id")
                    shifts.append({**shift, "facility_id": facility, "facility_name": where["name"] if where else None})
                hours.append({**day, "shifts": shifts})
            found.append({**provider, "hours": hours})
        return found

    def visit_types(self, practice: str) -> list[str]:
        """The practice's visit type codes (its settings')."""
        return [code for code, _ in self.core.family(Settings).tables.visit_types(practice)]

    def windows(self, practice: str, query: rules.Query) -> list[dict[str, Any]]:
        """The open windows (inside the caller's transaction, or in one of its own)."""
        with self.core.transaction():
            query.check(self.visit_types(practice))
            return self.compute(practice, query)

    def compute(self, practice: str, query: rules.Query) -> list[dict[str, Any]]:
        """The windows as JSON, read in the transaction the caller holds."""
        zone = ZoneInfo(PRACTICE_TIMEZONE)
        items = self.providers(practice)
        if query.provider_ids is not None:
            items = [p for p in items if str(p["ehr_id"]) in query.provider_ids]
        providers = [rules.Provider.from_json(p) for p in items]
        names = {str(p.get("name")): str(p["ehr_id"]) for p in items} | {
            str(p["ehr_id"]): str(p["ehr_id"]) for p in items
        }
        tables = self.core.family(Appointments).tables
        # A day either side: the offsets that put the same moment on another stored date (none past
        # the calendar's first or last day, where nothing is stored: a settle must never fail).
        first, last = _day_before(query.start_date), _day_after(query.end_date)
        bookings = [
            b for doc in tables.between(practice, first.isoformat(), last.isoformat()) for b in _booking(doc, names)
        ]
        starts = dt.datetime.combine(first, dt.time(), zone).timestamp()
        # The midnight after the last day (its last moment on the calendar's last day).
        end_of_last = dt.datetime.combine(last, dt.time.max, zone) if last == dt.date.max else None
        ends = (end_of_last or dt.datetime.combine(_day_after(last), dt.time(), zone)).timestamp()
        blocks = [
            rules.Block(p.ehr_id, *appointment_rules.span(block))
            for p in providers
            for block in tables.blocks(practice, {p.ehr_id, p.name}, starts, ends)
        ]
        found = rules.availability(providers, zone, bookings, blocks, query)
        return [window.to_json(zone) for window in found]


def _booking(doc: dict[str, Any], names: dict[str, str]) -> Sequence[rules.Booking]:
    """A stored appointment as a booking of the provider it names (by EHR id or by name)."""
    provider = next((names[n] for n in appointment_rules.provider_names(doc) if n in names), None)
    if provider is None or doc.get("status") not in rules.HOLDING:
        return ()
    try:
        start, end = appointment_rules.span(doc)
    except (OverflowError, ValueError):
        return ()
    secondary = doc.get("secondary_provider_ehr_id") or doc.get("_secondary_provider")
    return (
        rules.Booking(
            provider, start, int((end - start).total_seconds() // 60), str(doc["status"]),
            doc.get("appointment_type"), doc.get("location"), names.get(str(secondary)) if secondary else None,
        ),
    )  # fmt: skip


def _day_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=1) if day > dt.date.min else day


def _day_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=1) if day < dt.date.max else day
