"""The availability rules (sandbox/availability.py) as properties of the pure function: whatever
the hours, bookings and blocks, an offered window never overlaps a booking (with its buffer) or a
block, lies within a shift, keeps the daily limit and the longest slot, and never belongs to a
hidden or inactive provider; booking an offered window takes it away."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cobalt_kit.sandbox.families.availability.rules import (
    DAY_NAMES,
    Block,
    Booking,
    InvalidQuery,
    Provider,
    Query,
    Window,
    availability,
    check_fetch,
    clock,
    duration_string,
    ids,
    recurs_on,
)

ZONE = ZoneInfo("America/Los_Angeles")
MONDAY = dt.date(2026, 7, 6)
WEEK = [MONDAY + dt.timedelta(days=n) for n in range(7)]
TYPES = ["f/u", "np", "televisit"]


def at(day: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), ZONE) + dt.timedelta(minutes=minutes)


shifts = st.builds(
    lambda start, length, facility: {
        "start": f"T{start // 60:02d}:{start % 60:02d}:00",
        "end": f"T{(start + length) // 60:02d}:{(start + length) % 60:02d}:00",
        "facility_id": facility,
    },
    st.integers(6 * 60, 12 * 60).map(lambda m: m - m % 15),
    st.integers(4, 40).map(lambda n: n * 15),
    st.sampled_from([None, "54252", "1"]),
)
hours = st.lists(
    st.builds(lambda day, s: {"day": day, "shifts": s}, st.sampled_from(DAY_NAMES), st.lists(shifts, max_size=2)),
    max_size=5,
)
providers = st.lists(
    st.builds(
        Provider,
        ehr_id=st.sampled_from(["6644", "prov_789", "prov_790"]),
        name=st.just("Good Doctor"),
        hours=hours.map(tuple),
        status=st.sampled_from(["active", "Active", "inactive"]),
        hide_in_availability=st.booleans(),
    ),
    max_size=3,
    unique_by=lambda p: p.ehr_id,
)
bookings = st.lists(
    st.builds(
        lambda provider, day, minute, length, status, type_, location: Booking(
            provider, at(day, minute), length, status, type_, location
        ),
        st.sampled_from(["6644", "prov_789", "prov_790"]),
        st.sampled_from(WEEK),
        st.integers(5 * 60, 20 * 60),
        st.integers(5, 120),
        st.sampled_from(["pending", "scheduled", "completed", "cancelled", "failed"]),
        st.sampled_from(TYPES),
        st.sampled_from([None, "54252", "1"]),
    ),
    max_size=12,
)
blocks = st.lists(
    st.builds(
        lambda provider, day, minute, length: Block(provider, at(day, minute), at(day, minute + length)),
        st.sampled_from(["6644", "prov_789", "prov_790"]),
        st.sampled_from(WEEK),
        st.integers(5 * 60, 20 * 60),
        st.integers(5, 180),
    ),
    max_size=4,
)
queries = st.builds(
    Query,
    start_date=st.just(MONDAY),
    end_date=st.sampled_from(WEEK),
    buffer=st.integers(0, 59),
    visit_type=st.sampled_from(["all", *TYPES]),
    max_slot_duration=st.one_of(st.none(), st.integers(5, 240)),
)


def held(booking: Booking, query: Query) -> tuple[dt.datetime, dt.datetime]:
    end = booking.interval.end
    if query.visit_type == "all" or booking.visit_type == query.visit_type:
        end += dt.timedelta(minutes=query.buffer)
    return booking.start, end


@settings(max_examples=100, deadline=None)
@given(providers, bookings, blocks, queries)
def test_an_offered_window_never_overlaps_a_booking_with_its_buffer_or_a_block(
    found: list[Provider], booked: list[Booking], closed: list[Block], query: Query
) -> None:
    for window in availability(found, ZONE, booked, closed, query):
        for booking in booked:
            if booking.provider == window.provider_id and booking.status not in ("cancelled", "failed"):
                start, end = held(booking, query)
                assert not (window.interval.start < end and start < window.interval.end)
        for block in closed:
            if block.provider == window.provider_id:
                assert not (window.interval.start < block.end and block.start < window.interval.end)


@settings(max_examples=60, deadline=None)
@given(providers, bookings, blocks, queries)
def test_windows_lie_in_shifts_keep_the_longest_slot_and_do_not_overlap_each_other(
    found: list[Provider], booked: list[Booking], closed: list[Block], query: Query
) -> None:
    windows = availability(found, ZONE, booked, closed, query)
    for window in windows:
        assert window.interval.start < window.interval.end
        assert query.start_date <= window.interval.start.date() <= query.end_date
        if query.max_slot_duration:
            assert window.interval.end - window.interval.start <= dt.timedelta(minutes=query.max_slot_duration)
        provider = next(p for p in found if p.ehr_id == window.provider_id)
        day = window.interval.start.date()
        spans = [
            (at(day, clock(s["start"]).hour * 60 + clock(s["start"]).minute),
             at(day, clock(s["end"]).hour * 60 + clock(s["end"]).minute))
            for entry in provider.hours if entry["day"] == DAY_NAMES[day.weekday()] for s in entry["shifts"]
        ]  # fmt: skip
        # Within the provider's shifts of that day (adjoining shifts make one window): every minute of it.
        minute = window.interval.start
        while minute < window.interval.end:
            assert any(start <= minute < end for start, end in spans)
            minute += dt.timedelta(minutes=1)
    for n, first in enumerate(windows):
        for second in windows[n + 1 :]:
            if (first.provider_id, first.facility_id) == (second.provider_id, second.facility_id):
                assert not first.interval.overlaps(second.interval)


@settings(max_examples=100, deadline=None)
@given(providers, bookings, st.integers(1, 3), st.sampled_from(TYPES))
def test_a_day_at_its_daily_limit_offers_nothing(
    found: list[Provider], booked: list[Booking], limit: int, kind: str
) -> None:
    query = Query(MONDAY, WEEK[-1], daily_appointment_limit=limit, daily_limit_type=kind)
    for window in availability(found, ZONE, booked, [], query):
        day = window.interval.start.date()
        counted = [
            b for b in booked
            if b.provider == window.provider_id and b.start.date() == day and b.visit_type == kind
            and b.status in ("pending", "scheduled", "completed")
        ]  # fmt: skip
        assert len(counted) < limit


@settings(max_examples=100, deadline=None)
@given(providers, bookings, queries)
def test_a_hidden_or_inactive_provider_is_never_offered(
    found: list[Provider], booked: list[Booking], query: Query
) -> None:
    offered = {w.provider_id for w in availability(found, ZONE, booked, [], query)}
    for provider in found:
        if provider.status.lower() != "active" or provider.hide_in_availability:
            assert provider.ehr_id not in offered


@settings(max_examples=100, deadline=None)
@given(providers, bookings, queries, st.integers(5, 60))
def test_booking_an_offered_window_takes_it_away(
    found: list[Provider], booked: list[Booking], query: Query, minutes: int
) -> None:
    before = availability(found, ZONE, booked, [], query)
    if not before:
        return
    first: Window = before[0]
    length = min(minutes, int((first.interval.end - first.interval.start).total_seconds() // 60))
    booking = Booking(first.provider_id, first.interval.start, length, "pending", "f/u", first.facility_id)
    after = availability(found, ZONE, [*booked, booking], [], query)
    taken = booking.interval
    assert not any(w.provider_id == first.provider_id and w.interval.overlaps(taken) for w in after)


def test_the_pages_friday_example_reads_back() -> None:
    shift = {"start": "T08:00:00", "end": "T17:00:00", "facility_id": "1", "facility_name": "Main St Clinic"}
    provider = Provider("3498234", "John Doe", ({"day": "Friday", "shifts": [shift]},))
    day = dt.date(2024, 4, 5)
    (window,) = availability([provider], ZONE, [], [], Query(day, day))
    assert window.to_json(ZONE) == {
        "day_of_week": 5, "date": "2024-04-05", "duration_string": "9h",
        "range_start": "2024-04-05T08:00:00.000-07:00", "range_end": "2024-04-05T17:00:00.000-07:00",
        "provider_id": "3498234", "provider_name": "John Doe", "facility_id": "1",
        "facility_name": "Main St Clinic", "timezone_abbr": "PDT",
    }  # fmt: skip


def test_days_are_numbered_as_the_live_fetch_page_numbers_them() -> None:
    shift = {"start": "T08:00:00", "end": "T09:00:00"}
    week = tuple({"day": name, "shifts": [shift]} for name in ("Monday", "Saturday", "Sunday"))
    monday = dt.date(2024, 4, 1)
    found = availability([Provider("1", "A", week)], ZONE, [], [], Query(monday, monday + dt.timedelta(days=6)))
    assert [(w.to_json(ZONE)["date"], w.to_json(ZONE)["day_of_week"]) for w in found] == [
        ("2024-04-01", 1), ("2024-04-06", 6), ("2024-04-07", 7),
    ]  # fmt: skip


def test_location_ids_leave_out_windows_without_a_facility() -> None:
    provider = Provider("1", "A", ({"day": "Friday", "shifts": [{"start": "T08:00:00", "end": "T09:00:00"},
                                    {"start": "T10:00:00", "end": "T11:00:00", "facility_id": "9"}]},))  # fmt: skip
    day = dt.date(2024, 4, 5)
    found = availability([provider], ZONE, [], [], Query(day, day, location_ids=frozenset({"9"})))
    assert [w.facility_id for w in found] == ["9"]


def test_slots_are_the_visit_type_rules_of_the_slot_type_until_their_total_is_booked() -> None:
    rule = {"start_time": "T09:00:00", "end_time": "T10:00:00", "total_visits": 1, "visit_type_id": "np",
            "visit_type_desc": "Open"}  # fmt: skip
    provider = Provider("1", "A", ({"day": "Friday", "shifts": [
        {"start": "T08:00:00", "end": "T17:00:00", "visit_type_rules": [rule]}]},))  # fmt: skip
    day = dt.date(2024, 4, 5)
    query = Query(day, day, calculation_method="slots", slot_type="OPEN")
    (window,) = availability([provider], ZONE, [], [], query)
    assert (window.interval.start.hour, window.interval.end.hour) == (9, 10)
    full = [Booking("1", at(day, 9 * 60 + 30), 15, "scheduled", "np")]
    assert availability([provider], ZONE, full, [], query) == []


def test_recurrence_every_two_weeks_skips_the_week_between() -> None:
    recurrence = {"rec_start_date": "2026-07-06T00:00:00", "recur_interval_type": "weeks", "recur_interval_amount": "2"}
    assert [recurs_on(recurrence, MONDAY + dt.timedelta(weeks=n)) for n in range(4)] == [True, False, True, False]
    assert recurs_on(recurrence, MONDAY - dt.timedelta(weeks=2)) is False


def test_fallback_to_default_hours_gives_an_hourless_provider_a_weekday() -> None:
    provider = Provider("1", "A")
    assert availability([provider], ZONE, [], [], Query(MONDAY, MONDAY)) == []
    (window,) = availability([provider], ZONE, [], [], Query(MONDAY, MONDAY, fallback_to_default_hours=True))
    assert duration_string(window.interval.end - window.interval.start) == "9h"


def test_the_secondary_provider_type_counts_the_bookings_a_provider_is_secondary_on() -> None:
    provider = Provider("2", "B", ({"day": "Monday", "shifts": [{"start": "T08:00:00", "end": "T09:00:00"}]},))
    booking = Booking("1", at(MONDAY, 8 * 60), 60, secondary_provider="2")
    assert availability([provider], ZONE, [booking], [], Query(MONDAY, MONDAY)) != []
    assert availability([provider], ZONE, [booking], [], Query(MONDAY, MONDAY, provider_type="secondary")) == []


@pytest.mark.parametrize(
    ("start", "end", "providers", "words"),
    [
        (MONDAY, MONDAY, [], "between 1 and 10"),
        (MONDAY, MONDAY, [str(n) for n in range(11)], "between 1 and 10"),
        (MONDAY, WEEK[1], ["1", "2"], "start_date must equal end_date"),
        (MONDAY, WEEK[5], ["1"], "at most 4 days after"),
        (WEEK[1], MONDAY, ["1"], "after start_date"),
    ],
)
def test_the_fetch_limits_are_the_pages(start: dt.date, end: dt.date, providers: list[str], words: str) -> None:
    with pytest.raises(InvalidQuery, match=words):
        check_fetch(start, end, providers)
    check_fetch(MONDAY, WEEK[4], ["1"])  # one provider, five days
    check_fetch(MONDAY, MONDAY, [str(n) for n in range(10)])


@pytest.mark.parametrize(
    ("query", "words"),
    [
        (Query(MONDAY, MONDAY, calculation_method="slots"), "slot_type is required"),
        (Query(MONDAY, MONDAY, daily_appointment_limit=2), "given together"),
        (Query(MONDAY, MONDAY, daily_appointment_limit=2, daily_limit_type="xx"), "visit type code"),
        (Query(MONDAY, MONDAY, visit_type="xx"), "visit type code"),
        (Query(WEEK[1], MONDAY), "before start_date"),
    ],
)
def test_the_query_rules_between_parameters(query: Query, words: str) -> None:
    with pytest.raises(InvalidQuery, match=words):
        query.check(["f/u", "NP"])
    Query(MONDAY, MONDAY, visit_type="np", daily_appointment_limit=1, daily_limit_type="F/U").check(["f/u", "NP"])


def test_comma_separated_ids() -> None:
    assert ids("prov1, prov2,,") == frozenset({"prov1", "prov2"})
    assert ids(None) is None and ids(" , ") is None
