"""The availability family's behaviour: GET /availability computed (rules.availability) from the
providers' hours and the practice's cached bookings and blocks, read through the appointments
family's indexed tables."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from cobalt_kit.document import spec_path
from cobalt_kit.sandbox.families.appointments import rules as appointment_rules
from cobalt_kit.sandbox.families.appointments.events import PRACTICE_TIMEZONE
from cobalt_kit.sandbox.families.appointments.model import Appointments
from cobalt_kit.sandbox.families.availability import rules
from cobalt_kit.sandbox.families.availability.seed import DEMO_PROVIDERS
from cobalt_kit.sandbox.family import Model

# The document's visit-type tables, the codes a practice knows when no settings family says.
VISIT_TYPE_SCHEMAS = ("EcwVisitType", "WebptVisitType")


@functools.cache
def document_visit_types() -> frozenset[str]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    schemas = yaml.load(spec_path().read_text(), Loader=loader)["components"]["schemas"]
    return frozenset(code for name in VISIT_TYPE_SCHEMAS for code in schemas[name]["enum"])


class Availability(Model):
    name = "availability"

    def providers(self, practice: str) -> list[dict[str, Any]]:
        """The practice's providers in GET /providers' shape: the providers family's, when it
        serves them (`availability_providers`), the demo hours otherwise."""
        source = getattr(self.core.families.get("providers"), "availability_providers", None)
        return list(source(practice)) if callable(source) else [dict(p) for p in DEMO_PROVIDERS]

    def visit_types(self, practice: str) -> frozenset[str]:
        source = getattr(self.core.families.get("settings"), "visit_type_codes", None)
        return frozenset(source(practice)) if callable(source) else document_visit_types()

    def windows(self, practice: str, query: rules.Query) -> list[dict[str, Any]]:
        """The open windows (inside the caller's transaction, or in one of its own)."""
        query.check(self.visit_types(practice))
        with self.core.transaction():
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
        # A day either side: the offsets that put the same moment on another stored date.
        first, last = query.start_date - dt.timedelta(days=1), query.end_date + dt.timedelta(days=1)
        bookings = [
            b for doc in tables.between(practice, first.isoformat(), last.isoformat()) for b in _booking(doc, names)
        ]
        starts = dt.datetime.combine(first, dt.time(), zone).timestamp()
        ends = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone).timestamp()
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
