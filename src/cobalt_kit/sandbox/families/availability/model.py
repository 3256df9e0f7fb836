"""The availability family's behaviour: GET /availability computed (rules.availability) from the
providers' hours and the practice's cached bookings and blocks, read through the appointments
family's indexed tables."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from cobalt_kit.sandbox.families.appointments import rules as appointment_rules
from cobalt_kit.sandbox.families.appointments.events import PRACTICE_TIMEZONE
from cobalt_kit.sandbox.families.appointments.model import Appointments
from cobalt_kit.sandbox.families.availability import rules
from cobalt_kit.sandbox.families.providers.model import Providers
from cobalt_kit.sandbox.families.settings.model import Settings
from cobalt_kit.sandbox.family import Model
from cobalt_kit.sandbox.handlers import Kept

if TYPE_CHECKING:
    from cobalt_kit.sandbox.core import Core


class Availability(Model):
    name = "availability"

    def __init__(self, core: Core) -> None:
        super().__init__(core)
        # GET /availability's answers by practice and query, each with the store's count of changes
        # when it was made: an answer polled again while nothing was written is served as it is.
        self._answers: dict[tuple[str, rules.Query], tuple[int, Kept]] = {}

    def providers(self, practice: str) -> tuple[tuple[str, rules.Provider], ...]:
        """The practice's providers as availability reads them (`directory`), each with the name
        a booking may give it."""
        return directory(*self._directory_texts(practice))

    def _directory_texts(self, practice: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        tables = self.core.family(Providers).tables
        return tables.texts("providers", practice), tables.texts("locations", practice)

    def visit_types(self, practice: str) -> list[str]:
        """The practice's visit type codes (its settings')."""
        return [code for code, _ in self.core.family(Settings).tables.visit_types(practice)]

    def answer(self, practice: str, query: rules.Query) -> Kept:
        """GET /availability's answer: the open windows, in the practice's time zone."""
        with self.core.transaction() as store:
            changes = store.changes  # after what was due has settled
            kept = self._answers.get((practice, query))
            if kept is not None and kept[0] == changes:
                return kept[1]
            query.check(self.visit_types(practice))
            windows = self.compute(practice, query)
            answer = Kept({"success": True, "results": {"availability": windows}, "timezone": PRACTICE_TIMEZONE})
            if len(windows) <= WINDOWS_KEPT:  # a long range's answer is not kept
                if len(self._answers) >= ANSWERS_KEPT:
                    self._answers.clear()
                self._answers[(practice, query)] = (changes, answer)
            return answer

    def compute(self, practice: str, query: rules.Query) -> list[dict[str, Any]]:
        """The windows as JSON, read in the transaction the caller holds."""
        zone = ZoneInfo(PRACTICE_TIMEZONE)
        texts = self._directory_texts(practice)
        items = directory(*texts)
        if query.provider_ids is not None:
            items = tuple((name, p) for name, p in items if p.ehr_id in query.provider_ids)
        providers = [p for _, p in items]
        tables = self.core.family(Appointments).tables
        # A day either side: the offsets that put the same moment on another stored date (none past
        # the calendar's first or last day, where nothing is stored: a settle must never fail).
        first, last = _day_before(query.start_date), _day_after(query.end_date)
        visits = tables.texts_between(practice, first.isoformat(), last.isoformat())
        starts = dt.datetime.combine(first, dt.time(), zone).timestamp()
        # The midnight after the last day (its last moment on the calendar's last day).
        end_of_last = dt.datetime.combine(last, dt.time.max, zone) if last == dt.date.max else None
        ends = (end_of_last or dt.datetime.combine(_day_after(last), dt.time(), zone)).timestamp()
        # One query for every provider's blocks (a block names a provider by EHR id or by name).
        names_given = {n for p in providers for n in (p.ehr_id, p.name)}
        held = tables.providers_blocks(practice, names_given, starts, ends) if providers else []
        # The answer is made of nothing else: kept by all of it (a long range's answer is not kept).
        blocks = tuple((who, block["id"], block["datetime"], block["duration"]) for who, block in held)
        key = (query, zone.key, texts, tuple(visits), blocks) if len(visits) <= VISITS_KEPT else None
        kept = _ANSWERS.get(key) if key else None
        if kept is None:
            kept = tuple(window.to_json(zone) for window in self._windows(zone, query, items, visits, held))
            if key:
                if len(_ANSWERS) >= ANSWERS_KEPT:
                    _ANSWERS.clear()
                _ANSWERS[key] = kept
        return [dict(window) for window in kept]

    @staticmethod
    def _windows(
        zone: ZoneInfo,
        query: rules.Query,
        items: tuple[tuple[str, rules.Provider], ...],
        visits: list[str],
        held: list[tuple[str, dict[str, Any]]],
    ) -> list[rules.Window]:
        providers = [p for _, p in items]
        names = {name: p.ehr_id for name, p in items} | {p.ehr_id: p.ehr_id for p in providers}
        bookings = []
        for text in visits:
            visit = _visit(text)
            booking = visit.booking(names) if visit is not None else None
            if booking is not None:
                bookings.append(booking)
        blocks = [
            rules.Block(p.ehr_id, *appointment_rules.span(block))
            for p in providers
            for who, block in held
            if who in (p.ehr_id, p.name)
        ]
        return rules.availability(providers, zone, bookings, blocks, query)


# Answers by everything they were made of (the documents' texts among it): a write to any of it
# is another key, so an answer kept is never stale. An integration polls the same days again and
# again.
_ANSWERS: dict[tuple[Any, ...], tuple[dict[str, Any], ...]] = {}
ANSWERS_KEPT = 256
VISITS_KEPT = 2000  # the stored appointments of a range whose answer is kept, at most
WINDOWS_KEPT = 2000  # the windows of an answer kept as served, at most


# What is made of the stored documents is kept by their text: a document that changes is a new
# text (and a new entry), so an entry never goes stale, whatever wrote the store.
@functools.lru_cache(maxsize=256)
def directory(providers: tuple[str, ...], locations: tuple[str, ...]) -> tuple[tuple[str, rules.Provider], ...]:
    """The providers (stored documents) with the name a booking may give each, each shift's
    `facility_id` the EHR id of its location, as `location_ids` and a booking's `location` name it
    (the hours hold the location's Cobalt id). A shift at an inactive location takes no booking:
    it is left out."""
    places = {place["id"]: place for place in map(json.loads, locations)}
    found = []
    for text in providers:
        provider = json.loads(text)
        hours = []
        for day in provider.get("hours") or ():
            shifts = []
            for shift in day.get("shifts") or ():
                where = places.get(shift.get("facility_id"))
                if where is not None and where.get("status") != "active":
                    continue
                facility = where["ehr_id"] if where else shift.get("facility_id")
                shifts.append({**shift, "facility_id": facility, "facility_name": where["name"] if where else None})
            hours.append({**day, "shifts": shifts})
        found.append((str(provider.get("name")), rules.Provider.from_json({**provider, "hours": hours})))
    return tuple(found)


@dataclass(frozen=True)
class Visit:
    """What availability reads of a stored appointment that holds its time."""

    names: frozenset[str]  # every name its provider goes by
    status: str
    start: dt.datetime
    minutes: int
    visit_type: str | None
    location: str | None
    secondary: str | None
    # Its booking for each way the practice's providers resolve its names (made once each).
    made: dict[tuple[str, str | None], rules.Booking] = field(default_factory=dict, compare=False, hash=False)

    def booking(self, names: dict[str, str]) -> rules.Booking | None:
        """The booking of the provider it names (by EHR id or by name); None when it names none of them."""
        provider = next((names[n] for n in self.names if n in names), None)
        if provider is None:
            return None
        secondary = names.get(self.secondary) if self.secondary else None
        found = self.made.get((provider, secondary))
        if found is None:
            found = rules.Booking(
                provider, self.start, self.minutes, self.status, self.visit_type, self.location, secondary
            )
            self.made[(provider, secondary)] = found
        return found


@functools.lru_cache(maxsize=8192)
def _visit(text: str) -> Visit | None:
    """A stored appointment (its document's text) as a visit; None when it holds no time."""
    doc = json.loads(text)
    if doc.get("status") not in rules.HOLDING:
        return None
    try:
        start, end = appointment_rules.span(doc)
    except (OverflowError, ValueError):
        return None
    secondary = doc.get("secondary_provider_ehr_id") or doc.get("_secondary_provider")
    return Visit(
        frozenset(appointment_rules.provider_names(doc)), str(doc["status"]), start,
        int((end - start).total_seconds() // 60), doc.get("appointment_type"), doc.get("location"),
        str(secondary) if secondary else None,
    )  # fmt: skip


def forget_kept() -> None:
    """Drops what availability keeps between queries (for a benchmark of a first query)."""
    _ANSWERS.clear()
    directory.cache_clear()
    _visit.cache_clear()
    rules.forget_kept()


def _day_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=1) if day > dt.date.min else day


def _day_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=1) if day < dt.date.max else day
