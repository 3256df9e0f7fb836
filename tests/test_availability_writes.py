"""Availability keeps what it made of the stored documents and of each provider's day between
queries (keyed by what each was made from): every kind of write is seen by the next query all the
same, each asked right after the same query warmed what it keeps. And on the days the clocks
change, a window's length is the time that passes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from cobalt_kit.sandbox.families.availability.rules import Booking, Provider, Query, availability
from cobalt_kit.testing import SandboxPractice

MONDAY = "2031-03-03"  # Good Doctor (6644): 08:00-12:00 and 13:00-17:00 at Good Clinic, Los Angeles time
GOOD_CLINIC = "abc123def4567890abcdef1234567890"  # its Cobalt id
NEW_CLINIC = "5eed0c11a1c5eed0c11a1c5eed0c11a1"  # in no provider's hours


@pytest.fixture
def http(cobalt_sandbox: SandboxPractice) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=cobalt_sandbox.base_url, headers=cobalt_sandbox.headers, timeout=10) as client:
        yield client


def starts(http: httpx.Client) -> list[str]:
    answer = http.get("/availability", params={"start_date": MONDAY, "end_date": MONDAY, "provider_ids": "6644"})
    assert answer.status_code == 200, answer.text
    return [w["range_start"][11:16] for w in answer.json()["results"]["availability"]]


def ok(answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def booking(http: httpx.Client, location: str = "54252") -> str:
    """A pending booking at 08:00 (its appointment id)."""
    fields = {"mrn": "414421", "location": location, "provider": "6644", "type": "f/u", "duration": "30",
              "datetime": f"{MONDAY}T08:00:00-08:00"}  # fmt: skip
    ok(http.post("/appointments", json=fields))
    listed = ok(http.get("/appointments", params={"start_date": MONDAY, "end_date": MONDAY}))
    return next(str(a["id"]) for a in listed["results"]["appointments"] if a["status"] == "pending")


def provider(http: httpx.Client) -> str:
    return next(p["id"] for p in ok(http.get("/providers"))["providers"] if p["ehr_id"] == "6644")


def _book(http: httpx.Client) -> None:
    booking(http)


def _settle_failed(http: httpx.Client) -> None:
    appointment = booking(http)
    assert starts(http)[0] == "08:30"
    ok(http.post(f"/_sandbox/appointments/{appointment}/settle", json={"outcome": "failed"}))


def _clock_settles_failed(http: httpx.Client) -> None:
    booking(http, location="54253")
    assert starts(http)[0] == "08:30"
    # New Clinic closes before the EHR answers: when the clock brings the answer, the booking has
    # failed, and its time is free again.
    ok(http.patch(f"/locations/{NEW_CLINIC}", json={"status": "Inactive"}))
    assert starts(http)[0] == "08:30"
    ok(http.post("/_sandbox/clock/advance", json={"seconds": 3600}))


def _cancel(http: httpx.Client) -> None:
    appointment = booking(http)
    ok(http.post(f"/_sandbox/appointments/{appointment}/settle", json={}))
    assert starts(http)[0] == "08:30"
    ok(http.post(f"/_sandbox/ehr/appointments/{appointment}/cancel", json={}))


def _block(http: httpx.Client) -> None:
    ok(http.post("/_sandbox/ehr/blocks", json={"provider": "6644", "datetime": f"{MONDAY}T08:00:00-08:00",
                                               "duration": "30"}))  # fmt: skip


def _hours(http: httpx.Client) -> None:
    shift = {"start": "T10:00:00", "end": "T11:00:00", "facility_id": GOOD_CLINIC}
    ok(http.patch(f"/providers/{provider(http)}", json={"hours": [{"day": "Monday", "shifts": [shift]}]}))


def _hidden(http: httpx.Client) -> None:
    ok(http.patch(f"/providers/{provider(http)}", json={"hide_in_availability": "true"}))


def _closed(http: httpx.Client) -> None:
    ok(http.patch(f"/locations/{GOOD_CLINIC}", json={"status": "Inactive"}))


def _reset(http: httpx.Client) -> None:
    _hidden(http)
    assert starts(http) == []
    ok(http.post("/_sandbox/reset", json={"seed": "demo"}))


WRITES: dict[str, tuple[Callable[[httpx.Client], None], list[str]]] = {
    "a booking": (_book, ["08:30", "13:00"]),
    "a settle that fails it": (_settle_failed, ["08:00", "13:00"]),
    "the clock, bringing the EHR's failure": (_clock_settles_failed, ["08:00", "13:00"]),
    "the staff's cancel": (_cancel, ["08:00", "13:00"]),
    "a block": (_block, ["08:30", "13:00"]),
    "new hours": (_hours, ["10:00"]),
    "hidden from availability": (_hidden, []),
    "the location closed": (_closed, []),
    "a reset": (_reset, ["08:00", "13:00"]),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_the_next_query_sees_every_kind_of_write(http: httpx.Client, write: str) -> None:
    assert starts(http) == starts(http) == ["08:00", "13:00"]  # asked twice: the second from what was kept
    change, expected = WRITES[write]
    change(http)
    assert starts(http) == expected


ZONE = ZoneInfo("America/Los_Angeles")


def test_on_the_day_the_clocks_go_back_a_window_lasts_the_time_that_passes() -> None:
    day = dt.date(2031, 11, 2)  # 02:00 PDT is 01:00 PST
    night = Provider(
        "6644", "Good Doctor", ({"day": "Sunday", "shifts": [{"start": "T00:00:00", "end": "T04:00:00"}]},)
    )
    visit = Booking("6644", dt.datetime.fromisoformat(f"{day}T01:30:00-08:00"), 30)
    found = [w.to_json(ZONE) for w in availability([night], ZONE, [visit], [], Query(day, day))]
    # 00:00 PDT to 01:30 PST is two and a half hours (the clock shows one and a half).
    assert [(w["range_start"], w["range_end"], w["duration_string"]) for w in found] == [
        (f"{day}T00:00:00.000-07:00", f"{day}T01:30:00.000-08:00", "2h 30m"),
        (f"{day}T02:00:00.000-08:00", f"{day}T04:00:00.000-08:00", "2h"),
    ]
    slots = availability([night], ZONE, [visit], [], Query(day, day, max_slot_duration=60))
    assert all(w.interval.end - w.interval.start <= dt.timedelta(minutes=60) for w in slots)
    assert [w.to_json(ZONE)["duration_string"] for w in slots] == ["1h", "1h", "30m", "1h", "1h"]


def test_an_answer_polled_again_while_nothing_was_written_is_held_to_the_document_once(
    cobalt_sandbox: SandboxPractice, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cobalt_sandbox._running is not None
    checks = cobalt_sandbox._running.sandbox.checks
    checked: list[str] = []
    real = checks.response

    def counted(path: str, *args: Any) -> str | None:
        checked.append(path)
        return real(path, *args)

    monkeypatch.setattr(checks, "response", counted)
    params = {"start_date": MONDAY, "end_date": MONDAY}
    first, again = (http.get("/availability", params=params) for _ in range(2))
    assert first.status_code == again.status_code == 200
    assert first.content == again.content
    assert checked.count("/availability") == 1
    _block(http)  # a write: the next answer is made, and held to the document, again
    after = http.get("/availability", params=params)
    assert after.status_code == 200
    assert after.content != first.content
    assert checked.count("/availability") == 2
    # An answer that broke the document would be refused each time it is asked for, not once.
    _hidden(http)
    monkeypatch.setattr(checks, "response", lambda *args: "a field is missing")
    refused = [http.get("/availability", params=params) for _ in range(2)]
    assert [(r.status_code, r.json()["code"]) for r in refused] == [(500, "internal_error")] * 2
