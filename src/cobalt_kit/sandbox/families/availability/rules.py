"""Availability as a pure function: a provider's hours (shifts with their set dates, recurrence
and visit-type rules, in the shape of the vendor's GET /providers), the practice's bookings and
blocks, and a query in; the open windows out. No I/O here: the backend reads the rows, this
module decides. The vendor's pages (availability/get, availability/fetch, providers/get) are the
source of every rule; where a page leaves a rule open, the comment says what the sandbox chose.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

# The statuses of a booking that hold its time: a pending one is on its way to the EHR, and
# offering its time again would invite the double booking it is about to meet.
HOLDING = frozenset({"pending", "scheduled", "completed"})
# The hours a provider without any gets when `fallback_to_default_hours` is true: the page names
# the option, not the hours; a clinic's weekday is the sandbox's choice.
DEFAULT_HOURS: tuple[dict[str, Any], ...] = tuple(
    {"day": day, "shifts": [{"start": "T08:00:00", "end": "T17:00:00"}]}
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
)
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The page's limits (availability/get): 0 <= buffer < 60; a daily limit of at least 1.
BUFFER_LIMIT = 60
# availability/fetch: 1 to 10 providers; one provider up to a 5-day window (its example: the 1st
# to the 5th), more a single day. appointments/fetch's provider mode: "up to 5 days after".
MOST_FETCHED_PROVIDERS = 10
FETCH_DAYS_AFTER = 4
APPOINTMENT_FETCH_DAYS_AFTER = 5
ALL = "all"
# The longest range the sandbox computes at once (the page names none; its example spans a month):
# a range of centuries would be a hang, not an answer.
LONGEST_RANGE = 366


class InvalidQuery(ValueError):
    """A query the page's rules refuse; the message names the parameter, never a value."""


@dataclass(frozen=True)
class Interval:
    start: dt.datetime
    end: dt.datetime

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Booking:
    """A visit on a provider's schedule: its provider (and secondary), time, type and location."""

    provider: str
    start: dt.datetime
    minutes: int
    status: str = "scheduled"
    visit_type: str | None = None
    location: str | None = None
    secondary_provider: str | None = None

    @functools.cached_property
    def interval(self) -> Interval:
        return Interval(self.start, self.start + dt.timedelta(minutes=self.minutes))

    @functools.cached_property
    def span(self) -> tuple[float, float]:
        """Its interval as instants (seconds since the epoch)."""
        return self.interval.start.timestamp(), self.interval.end.timestamp()


@dataclass(frozen=True)
class Block:
    """Time the EHR's schedule holds closed for a provider (a meeting, a day off)."""

    provider: str
    start: dt.datetime
    end: dt.datetime

    @functools.cached_property
    def span(self) -> tuple[float, float]:
        """Its interval as instants (seconds since the epoch)."""
        return self.start.timestamp(), self.end.timestamp()


@dataclass(frozen=True)
class Query:
    """GET /availability's parameters, typed (the fetch's body maps onto the same)."""

    start_date: dt.date
    end_date: dt.date
    calculation_method: str = "gaps"
    slot_type: str | None = None
    buffer: int = 0
    visit_type: str = ALL
    daily_appointment_limit: int | None = None
    daily_limit_type: str | None = None
    provider_type: str = "primary"
    fallback_to_default_hours: bool = False
    max_slot_duration: int | None = None
    facility_scoped_scheduling: bool = False
    provider_ids: frozenset[str] | None = None
    location_ids: frozenset[str] | None = None

    def check(self, visit_types: Iterable[str]) -> None:
        """The page's rules between parameters (each one's own range is the document's)."""
        known = {code.lower() for code in visit_types}
        if self.end_date < self.start_date:
            raise InvalidQuery("end_date must not be before start_date.")
        if (self.end_date - self.start_date).days >= LONGEST_RANGE:
            raise InvalidQuery("The sandbox computes availability for at most 366 days at once.")
        last = dt.date.max - dt.timedelta(days=3)  # the days either side of a window must be dates too
        if self.end_date > last:
            raise InvalidQuery(f"The sandbox computes availability up to {last.isoformat()}.")
        if self.calculation_method == "slots" and not self.slot_type:
            raise InvalidQuery("slot_type is required when calculation_method is slots.")
        if not 0 <= self.buffer < BUFFER_LIMIT:
            raise InvalidQuery("buffer must be a non-negative integer less than 60.")
        if self.visit_type.lower() != ALL and self.visit_type.lower() not in known:
            raise InvalidQuery("visit_type must be 'all' or a visit type code of the practice.")
        if (self.daily_appointment_limit is None) != (self.daily_limit_type is None):
            raise InvalidQuery("daily_appointment_limit and daily_limit_type must be given together.")
        if self.daily_appointment_limit is not None and self.daily_appointment_limit < 1:
            raise InvalidQuery("daily_appointment_limit must be a positive integer.")
        if self.daily_limit_type is not None and self.daily_limit_type.lower() not in known:
            raise InvalidQuery("daily_limit_type must be a visit type code of the practice.")


def check_fetch(start: dt.date, end: dt.date, provider_ids: Sequence[str], days_after: int = FETCH_DAYS_AFTER) -> None:
    """POST /availability/fetch's rules (and, with its own `days_after`, those of the provider mode
    of POST /appointments/fetch): 1 to 10 providers; one may span `days_after` days after the
    start, more share a single date."""
    if not 1 <= len(provider_ids) <= MOST_FETCHED_PROVIDERS:
        raise InvalidQuery("provider_ids must contain between 1 and 10 entries.")
    if end < start:
        raise InvalidQuery("end_date must be after start_date.")
    if len(provider_ids) > 1 and end != start:
        raise InvalidQuery("When more than one provider is given, start_date must equal end_date.")
    if (end - start).days > days_after:
        raise InvalidQuery(f"For a single provider, end_date may be at most {days_after} days after start_date.")


@dataclass(frozen=True)
class Day:
    """What the computation and the answer need of one calendar day in the practice's zone."""

    date: dt.date
    zone: ZoneInfo
    midnight: float  # its first instant, in seconds since the epoch
    following: float  # the next day's first instant
    # Whether the zone's offset holds all day (no clock change): then a local time is midnight
    # plus its seconds, and a moment's local time the seconds since midnight.
    plain: bool
    offset: str  # `-08:00`, as ISO 8601 writes it
    abbreviation: str
    # The day's moments as `stamp` writes them: the same few (the hours' and the bookings') are
    # written for every query of the day.
    stamps: dict[float, str] = field(default_factory=dict, compare=False, hash=False)

    @functools.cached_property
    def iso(self) -> str:
        return self.date.isoformat()

    def at(self, time: dt.time) -> float:
        """The instant of a local time of the day (the earlier one, where the clocks go back)."""
        if self.plain:
            return self.midnight + time.hour * 3600 + time.minute * 60 + time.second + time.microsecond / 1e6
        return dt.datetime.combine(self.date, time, self.zone).timestamp()

    def stamp(self, moment: float) -> str:
        """A moment of the day as `stamp` writes it."""
        found = self.stamps.get(moment)
        if found is not None:
            return found
        if self.plain:
            seconds, micros = divmod(round((moment - self.midnight) * 1_000_000), 1_000_000)
            minutes, second = divmod(seconds, 60)
            hour, minute = divmod(minutes, 60)
            found = f"{self.iso}T{hour:02d}:{minute:02d}:{second:02d}.{micros // 1000:03d}{self.offset}"
        else:
            found = stamp(dt.datetime.fromtimestamp(moment, self.zone))
        if len(self.stamps) < STAMPS_KEPT:
            self.stamps[moment] = found
        return found


STAMPS_KEPT = 2048  # of one day: a minute's worth would be 1440


@functools.lru_cache(maxsize=4096)
def day_in(date: dt.date, zone: ZoneInfo) -> Day:
    """The day's facts (computed once per day and zone)."""
    begin = dt.datetime.combine(date, dt.time(), zone)
    hourly = [begin + dt.timedelta(hours=hour) for hour in range(24)]
    following = dt.datetime.combine(date + dt.timedelta(days=1), dt.time(), zone)
    offsets = {moment.utcoffset() for moment in [*hourly, following]}
    midnight, after = begin.timestamp(), following.timestamp()
    plain = len(offsets) == 1 and after - midnight == 86400
    return Day(date, zone, midnight, after, plain, begin.isoformat()[19:], begin.tzname() or "")


@dataclass(frozen=True)
class Window:
    """One open window of a day, in the provider's zone: [start, end) in seconds since the epoch."""

    provider_id: str
    provider_name: str
    start: float
    end: float
    day: Day
    facility_id: str | None = None
    facility_name: str | None = None

    @functools.cached_property
    def interval(self) -> Interval:
        zone = self.day.zone
        return Interval(dt.datetime.fromtimestamp(self.start, zone), dt.datetime.fromtimestamp(self.end, zone))

    def to_json(self, zone: ZoneInfo) -> dict[str, Any]:
        """The window as the page's availability item (a copy: the caller may change it)."""
        return dict(self._answer if self.day.zone == zone else self._json(day_in(self.day.date, zone)))

    @functools.cached_property
    def _answer(self) -> dict[str, Any]:
        return self._json(self.day)

    def _json(self, day: Day) -> dict[str, Any]:
        # The time that passes (on the days the clocks change too: not the clock's difference).
        length = dt.timedelta(seconds=self.end - self.start)
        abbreviation = day.abbreviation if day.plain else dt.datetime.fromtimestamp(self.start, day.zone).tzname()
        return {
            "day_of_week": day.date.isoweekday(),  # the live fetch page's count: Monday 1, Sunday 7
            "date": day.iso,
            "duration_string": duration_string(length),
            "range_start": day.stamp(self.start),
            "range_end": day.stamp(self.end),
            "provider_id": self.provider_id,
            "provider_name": self.provider_name,
            "facility_id": self.facility_id,
            "facility_name": self.facility_name,
            "timezone_abbr": abbreviation or "",
        }


def stamp(moment: dt.datetime) -> str:
    """ISO 8601 with milliseconds and the offset, as the page writes `range_start`."""
    return moment.isoformat(timespec="milliseconds")


def duration_string(length: dt.timedelta) -> str:
    """`9h`, `30m`, `1h 30m`: the page's `duration_string`."""
    return _minutes_string(int(length.total_seconds() // 60))


@functools.lru_cache(maxsize=2048)
def _minutes_string(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return " ".join(part for part in (f"{hours}h" if hours else "", f"{rest}m" if rest else "") if part) or "0m"


@dataclass(frozen=True)
class Provider:
    """What availability reads of a GET /providers item."""

    ehr_id: str
    name: str
    hours: tuple[Mapping[str, Any], ...] = ()
    status: str = "active"
    hide_in_availability: bool = False

    @classmethod
    def from_json(cls, item: Mapping[str, Any]) -> Provider:
        return cls(
            ehr_id=str(item["ehr_id"]),
            name=str(item.get("name") or item["ehr_id"]),
            hours=tuple(item.get("hours") or ()),
            status=str(item.get("status") or "active"),
            hide_in_availability=bool(item.get("hide_in_availability")),
        )

    @functools.cached_property
    def fingerprint(self) -> str:
        """All that it is, as text (a key of the windows computed for it)."""
        fields = [self.ehr_id, self.name, self.hours, self.status, self.hide_in_availability]
        return json.dumps(fields, sort_keys=True, default=str)

    @functools.cached_property
    def week(self) -> tuple[tuple[Mapping[str, Any], ...], ...]:
        """Its hours' shifts by weekday (read once for every day a query asks about)."""
        return by_weekday(self.hours)

    @property
    def offered(self) -> bool:
        """The page: only `active=true` AND `hide_in_availability=false` providers appear."""
        return self.status.lower() == "active" and not self.hide_in_availability


_TIME = re.compile(r"^T?(\d{1,2}):(\d{2})(?::(\d{2}))?")


@functools.lru_cache(maxsize=4096)
def clock(value: str) -> dt.time:
    """A shift's `THH:MM:SS` (the providers page writes times with a leading T)."""
    found = _TIME.match(value.strip())
    if found is None:
        raise ValueError("a shift time must be THH:MM:SS")
    hour, minute, second = int(found[1]), int(found[2]), int(found[3] or 0)
    return dt.time(min(hour, 23), minute, second) if hour < 24 else dt.time(23, 59, 59)


def day_of(value: Any) -> dt.date | None:
    """A set or recurrence date (`2025-11-13T00:00:00` on the update page, or a plain date)."""
    if not value:
        return None
    return _date(str(value)[:10])


# The same few hours are read for every day of every query: each text is parsed once.
_date = functools.lru_cache(maxsize=4096)(dt.date.fromisoformat)


def recurs_on(recurrence: Mapping[str, Any] | None, day: dt.date) -> bool:
    """Whether a shift's recurrence (`recur_interval_type` days / weeks / months, every
    `recur_interval_amount` from `rec_start_date`) includes this day; none means every week."""
    if not recurrence:
        return True
    begin, until = day_of(recurrence.get("rec_start_date")), day_of(recurrence.get("rec_end_date"))
    if (begin and day < begin) or (until and day > until):
        return False
    if begin is None:
        return True
    amount = max(int(str(recurrence.get("recur_interval_amount") or 1) or 1), 1)
    kind = str(recurrence.get("recur_interval_type") or "weeks").lower()
    elapsed = (day - begin).days
    if kind.startswith("day"):
        return elapsed % amount == 0
    if kind.startswith("month"):
        return ((day.year - begin.year) * 12 + day.month - begin.month) % amount == 0
    return (elapsed // 7) % amount == 0


def by_weekday(hours: Iterable[Mapping[str, Any]]) -> tuple[tuple[Mapping[str, Any], ...], ...]:
    """The shifts of each weekday (Monday first), in the order the hours list them."""
    days: list[list[Mapping[str, Any]]] = [[] for _ in DAY_NAMES]
    for entry in hours:
        name = str(entry.get("day", "")).capitalize()
        if name in DAY_NAMES:
            days[DAY_NAMES.index(name)].extend(entry.get("shifts") or ())
    return tuple(tuple(shifts) for shifts in days)


DEFAULT_WEEK = by_weekday(DEFAULT_HOURS)


def shifts_on(provider: Provider, day: dt.date, fallback: bool) -> Iterator[Mapping[str, Any]]:
    """The provider's shifts that apply on this day: its weekday's, within their set dates, on
    their recurrence."""
    week = provider.week if provider.hours else (DEFAULT_WEEK if fallback else ())
    for shift in week[day.weekday()] if week else ():
        begin, until = day_of(shift.get("set_start_date")), day_of(shift.get("set_end_date"))
        if (begin and day < begin) or (until and day > until):
            continue
        if recurs_on(shift.get("recurrence") or shift.get("set_recur"), day):
            yield shift


# The computation below works on instants, in seconds since the epoch: (start, end) pairs. A
# local time of a shift is read as the zone puts it on that day (the earlier of two, where the
# clocks go back).
Span = tuple[float, float]


def subtract(window: Span, busy: Sequence[Span]) -> list[Span]:
    """The window without the busy spans (sorted by start), in order."""
    free, cursor, end = [], window[0], window[1]
    for start, stop in busy:
        if stop <= cursor or start >= end:
            continue
        if start > cursor:
            free.append((cursor, start))
        cursor = max(cursor, stop)
    if cursor < end:
        free.append((cursor, end))
    return free


def split(span: Span, longest: int | None) -> list[Span]:
    """`max_slot_duration`: a longer window as consecutive windows of at most that many minutes."""
    if not longest:
        return [span]
    step, parts, (cursor, end) = longest * 60, [], span
    while cursor < end:
        parts.append((cursor, min(cursor + step, end)))
        cursor += step
    return parts


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.lower() == b.lower()


def busy_of(bookings: Sequence[Booking], blocks: Sequence[Block], query: Query, facility: str | None) -> list[Span]:
    """A provider's held time: each booking (with the buffer after those of `visit_type`) and each
    block. With `facility_scoped_scheduling`, only bookings at the shift's own facility count."""
    held = []
    pad = query.buffer * 60
    for booking in bookings:
        if query.facility_scoped_scheduling and facility is not None and booking.location != facility:
            continue
        start, end = booking.span
        if pad and (query.visit_type.lower() == ALL or _same(booking.visit_type, query.visit_type)):
            end += pad
        held.append((start, end))
    held.extend(block.span for block in blocks)
    held.sort(key=lambda span: span[0])
    return held


def _rule_windows(shift: Mapping[str, Any], query: Query) -> Iterator[tuple[dt.time, dt.time, Mapping[str, Any]]]:
    """`slots`: the shift's visit-type rules of `slot_type` (its id or description, any case)."""
    for rule in shift.get("visit_type_rules") or ():
        if (query.slot_type or "").lower() in _rule_kinds(rule):
            yield clock(str(rule["start_time"])), clock(str(rule["end_time"])), rule


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def provider_windows(
    provider: Provider,
    zone: ZoneInfo,
    bookings: Sequence[Booking],
    blocks: Sequence[Block],
    query: Query,
    facilities: Mapping[str, str] | None = None,
) -> list[Window]:
    """One provider's open windows over the query's days (its bookings and blocks given)."""
    if not provider.offered or (query.provider_ids is not None and provider.ehr_id not in query.provider_ids):
        return []
    mine = [
        b
        for b in bookings
        if b.status in HOLDING
        and (b.secondary_provider if query.provider_type == "secondary" else b.provider) == provider.ehr_id
    ]
    blocked = [b for b in blocks if b.provider == provider.ehr_id]
    found: list[Window] = []
    # What a day's windows depend on beside its own bookings and blocks: the same for every day.
    common = (provider.fingerprint, zone, _options(query), tuple(sorted((facilities or {}).items())))
    if common not in _DAYS and len(_DAYS) >= DAYS_KEPT:
        _DAYS.clear()
    known = _DAYS.setdefault(common, {})
    day = query.start_date
    while day <= query.end_date:
        facts = day_in(day, zone)
        today = (facts.midnight, facts.following)
        todays = [b for b in mine if _overlaps(b.span, today)]
        todays_blocks = [b for b in blocked if _overlaps(b.span, today)]
        key = (day, tuple((b.span, b.visit_type, b.location) for b in todays), tuple(b.span for b in todays_blocks))
        windows = known.get(key)
        if windows is None:
            windows = tuple(_day_windows(provider, facts, todays, todays_blocks, query, facilities or {}))
            if len(known) >= DAYS_KEPT:
                known.clear()
            known[key] = windows
        found.extend(windows)
        day += dt.timedelta(days=1)
    return found


# A provider's windows of a day, by everything they are computed from (so an entry is never
# stale: a booking, a block or a change of hours or of the query is another key): by the
# provider, zone and query options first, then by the day and its bookings and blocks.
# Availability is asked for the same days again and again (an integration polls the coming
# week), and each write changes few of them.
_DAYS: dict[tuple[Any, ...], dict[tuple[Any, ...], tuple[Window, ...]]] = {}
DAYS_KEPT = 4096  # providers with query options, and days of each


def forget_kept() -> None:
    """Drops the windows kept (and the days' facts)."""
    _DAYS.clear()
    day_in.cache_clear()


@functools.lru_cache(maxsize=256)
def _options(query: Query) -> Query:
    """The query without what only chooses the days and providers (the same for each of them)."""
    return dataclasses.replace(query, start_date=dt.date.min, end_date=dt.date.min, provider_ids=None)


def _day_windows(
    provider: Provider,
    facts: Day,
    todays: Sequence[Booking],
    todays_blocks: Sequence[Block],
    query: Query,
    facilities: Mapping[str, str],
) -> Iterator[Window]:
    """The provider's windows of the day, given the bookings and blocks that overlap it."""
    day = facts.date
    if query.daily_appointment_limit is not None:
        counted = sum(1 for b in todays if _same(b.visit_type, query.daily_limit_type))
        if counted >= query.daily_appointment_limit:
            return
    # Shifts (or rules) of one facility that overlap are one stretch of time: the EHR's hours may
    # list the same shift twice, and a window must not be offered twice.
    stretches: dict[str | None, list[Span]] = {}
    names: dict[str | None, str | None] = {}
    for shift in shifts_on(provider, day, query.fallback_to_default_hours):
        facility = shift.get("facility_id")
        facility = str(facility) if facility not in (None, "") else None
        if query.location_ids is not None and facility not in query.location_ids:
            continue  # the page: windows without a facility_id are left out when location_ids is given
        names[facility] = names.get(facility) or shift.get("facility_name") or facilities.get(facility or "")
        for start, end, rule in _windows_of(shift, query):
            window = (facts.at(start), facts.at(end))
            if window[0] < window[1] and not (rule is not None and _rule_full(rule, window, todays)):
                stretches.setdefault(facility, []).append(window)
    for facility, windows in stretches.items():
        busy = busy_of(todays, todays_blocks, query, facility)
        for stretch in merged(windows):
            for free in subtract(stretch, busy):
                for opens, closes in split(free, query.max_slot_duration):
                    yield Window(provider.ehr_id, provider.name, opens, closes, facts, facility, names.get(facility))


def merged(spans: Iterable[Span]) -> list[Span]:
    """Overlapping or touching spans as one, in order."""
    found: list[Span] = []
    for start, end in sorted(spans):
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], max(found[-1][1], end))
        else:
            found.append((start, end))
    return found


def _windows_of(shift: Mapping[str, Any], query: Query) -> Iterator[tuple[dt.time, dt.time, Mapping[str, Any] | None]]:
    if query.calculation_method == "slots":
        yield from _rule_windows(shift, query)
    else:
        yield clock(str(shift["start"])), clock(str(shift["end"])), None


def _rule_kinds(rule: Mapping[str, Any]) -> set[str]:
    """The names a visit-type rule goes by (its id and its description), in lower case."""
    return {str(k).lower() for k in (rule.get("visit_type_id"), rule.get("visit_type_desc")) if k is not None}


def _rule_full(rule: Mapping[str, Any], window: Span, bookings: Sequence[Booking]) -> bool:
    """A visit-type rule's `total_visits` reached by bookings of its type inside it."""
    total = rule.get("total_visits")
    if total is None:
        return False
    kinds = _rule_kinds(rule)
    inside = sum(1 for b in bookings if _overlaps(b.span, window) and (b.visit_type or "").lower() in kinds)
    return inside >= int(total)


def availability(
    providers: Iterable[Provider],
    zone: ZoneInfo,
    bookings: Sequence[Booking],
    blocks: Sequence[Block],
    query: Query,
    facilities: Mapping[str, str] | None = None,
) -> list[Window]:
    """Every offered provider's open windows, by provider and start."""
    by_provider: dict[str, list[Booking]] = {}
    for booking in bookings:
        for who in {booking.provider, booking.secondary_provider} - {None}:
            by_provider.setdefault(str(who), []).append(booking)
    blocks_of: dict[str, list[Block]] = {}
    for block in blocks:
        blocks_of.setdefault(block.provider, []).append(block)
    found: list[Window] = []
    for provider in providers:
        found.extend(
            provider_windows(
                provider,
                zone,
                by_provider.get(provider.ehr_id, []),
                blocks_of.get(provider.ehr_id, []),
                query,
                facilities,
            )
        )
    return sorted(found, key=lambda w: (w.provider_id, w.start))


def ids(value: str | None) -> frozenset[str] | None:
    """A comma-separated id list (`prov1,prov2`); none when absent or empty."""
    if value is None:
        return None
    found = frozenset(part.strip() for part in value.split(",") if part.strip())
    return found or None
