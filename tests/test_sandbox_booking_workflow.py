"""The booking workflow's families in the running sandbox (`cobalt_sandbox`), over raw HTTP:
availability served from the providers' hours and the bookings and blocks, patients searched and
created (asynchronously, with their events), and the live fetches with their completion events, the
clinic's unsynced change in the EHR among them."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cobalt_kit.pytest_plugin import SandboxPractice

# A Monday well ahead: the demo practice's Good Doctor (6644) works 08:00-12:00 and 13:00-17:00 at
# Good Clinic (54252), Sample Doctor (7755) 09:00-15:00 at Happy Clinic (2452), Los Angeles time.
MONDAY = "2031-03-03"
TUESDAY = "2031-03-04"


@pytest.fixture
def http(cobalt_sandbox: SandboxPractice) -> httpx.Client:
    with httpx.Client(base_url=cobalt_sandbox.base_url, headers=cobalt_sandbox.headers, timeout=10) as client:
        yield client


def events_of(http: httpx.Client, job_id: str, timeout: float = 10.0) -> list[dict[str, Any]]:
    """The job's events, once there are any (polled, as the vendor's awaiting-results page does)."""
    deadline = time.monotonic() + timeout
    while True:
        found = http.get("/webhook-events", params={"job_id": job_id}).json()["webhook_events"]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def windows(http: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    answer = http.get("/availability", params={"start_date": MONDAY, "end_date": MONDAY, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]["availability"]


def book(http: httpx.Client, provider: str, start: str, mrn: str = "414421", minutes: int = 30) -> dict[str, Any]:
    created = http.post("/appointments", json={
        "mrn": mrn, "location": "54252", "provider": provider, "type": "f/u", "datetime": start,
        "duration": str(minutes),
    })  # fmt: skip
    assert created.status_code == 200, created.text
    return created.json()


def job_of(body: dict[str, Any]) -> str:
    return str(body.get("job_id") or body.get("job_execution_id") or body["data"]["job_id"])


def provider_id(http: httpx.Client, ehr_id: str) -> str:
    """The provider's Cobalt id (PATCH /providers/{id} takes it), found by its EHR id."""
    return next(p["id"] for p in http.get("/providers").json()["providers"] if p["ehr_id"] == ehr_id)


def test_availability_comes_from_the_providers_hours_without_the_hidden_or_inactive(http: httpx.Client) -> None:
    found = windows(http)
    assert {w["provider_id"] for w in found} == {"6644", "7755"}
    good = [w for w in found if w["provider_id"] == "6644"]
    assert [(w["range_start"], w["range_end"]) for w in good] == [
        (f"{MONDAY}T08:00:00.000-08:00", f"{MONDAY}T12:00:00.000-08:00"),
        (f"{MONDAY}T13:00:00.000-08:00", f"{MONDAY}T17:00:00.000-08:00"),
    ]
    assert good[0]["facility_id"] == "54252" and good[0]["day_of_week"] == 1 and good[0]["duration_string"] == "4h"
    assert windows(http, provider_ids="6644", location_ids="2452") == []
    assert {w["facility_name"] for w in windows(http, location_ids="2452")} == {"Happy Clinic"}
    hide = http.patch(f"/providers/{provider_id(http, '7755')}", json={"hide_in_availability": "true"})
    assert hide.status_code == 200, hide.text
    assert {w["provider_id"] for w in windows(http)} == {"6644"}
    assert http.patch(f"/providers/{provider_id(http, '6644')}", json={"status": "Inactive"}).status_code == 200
    assert windows(http) == []


def test_a_booked_slot_is_gone_at_once_and_a_block_takes_its_time(http: httpx.Client) -> None:
    first = windows(http, provider_ids="6644")[0]
    book(http, "6644", first["range_start"])
    after = windows(http, provider_ids="6644")
    assert after[0]["range_start"] == f"{MONDAY}T08:30:00.000-08:00"
    blocked = http.post("/_sandbox/ehr/blocks", json={"provider": "6644", "datetime": f"{MONDAY}T13:00:00-08:00",
                                                       "duration": "60"})  # fmt: skip
    assert blocked.status_code == 200, blocked.text
    starts = [w["range_start"] for w in windows(http, provider_ids="6644", buffer=15)]
    assert starts == [f"{MONDAY}T08:45:00.000-08:00", f"{MONDAY}T14:00:00.000-08:00"]


def test_a_daily_limit_and_max_slot_duration_hold(http: httpx.Client) -> None:
    book(http, "6644", f"{MONDAY}T09:00:00-08:00")
    assert windows(http, provider_ids="6644", daily_appointment_limit=1, daily_limit_type="F/U") == []
    parts = windows(http, provider_ids="7755", max_slot_duration=90)
    assert len(parts) == 4 and {p["duration_string"] for p in parts} == {"1h 30m"}


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"calculation_method": "slots"}, "slot_type is required"),
        ({"daily_appointment_limit": 1}, "given together"),
        ({"visit_type": "nonsense", "buffer": 5}, "visit type code"),
        ({"end_date": "2031-03-01"}, "before start_date"),
        ({"end_date": "2099-03-01"}, "at most 366 days"),
        ({"start_date": "9999-12-31", "end_date": "9999-12-31"}, "up to 9999-12-28"),
    ],
)
def test_availability_refuses_what_the_page_refuses(http: httpx.Client, params: dict[str, Any], words: str) -> None:
    answer = http.get("/availability", params={"start_date": MONDAY, "end_date": MONDAY, **params})
    assert answer.status_code == 400
    assert words in answer.json()["message"]


def test_patients_are_searched_by_name_part_phone_and_dob_a_page_at_a_time(http: httpx.Client) -> None:
    jane = http.get("/patients", params={"last_name": "OE"}).json()
    assert [p["mrn"] for p in jane["patients"]] == ["414421"]
    assert jane["pagination"] == {"current_page": 1, "total_pages": 1, "total_count": 1, "page_size": 50}
    assert [p["mrn"] for p in http.get("/patients", params={"phone": "5550100142"}).json()["patients"]] == [
        "9988776655443322"
    ]
    assert http.get("/patients", params={"dob": "1975-11-02"}).json()["patients"][0]["first_name"] == "Alex"
    paged = http.get("/patients", params={"page": 2, "page_size": 2}).json()
    assert len(paged["patients"]) == 1 and paged["pagination"]["total_pages"] == 2
    # Counted on a full page, on the last one (from its own rows) and past it, all the same.
    pages = [http.get("/patients", params={"page": n, "page_size": 2}).json() for n in (1, 2, 5)]
    assert [(len(p["patients"]), p["pagination"]["total_count"]) for p in pages] == [(2, 3), (1, 3), (0, 3)]


def test_a_created_patient_gets_an_mrn_that_can_be_booked(http: httpx.Client) -> None:
    created = http.post("/patients", json={"first_name": "Robin", "last_name": "Synthetic", "dob": "1990-02-03",
                                           "sex": "female", "phone": "555-010-0199"}).json()  # fmt: skip
    assert created["message"].startswith("Patient processing")
    (event,) = events_of(http, created["job_id"])
    assert (event["type"], event["data"]["patient_id"]) == ("patient.created", created["patient_id"])
    mrn = event["data"]["mrn"]
    assert [p["mrn"] for p in http.get("/patients", params={"first_name": "robin"}).json()["patients"]] == [mrn]
    booking = book(http, "6644", f"{MONDAY}T10:00:00-08:00", mrn=mrn)
    (booked,) = events_of(http, job_of(booking))
    assert (booked["type"], booked["data"]["mrn"]) == ("appointment.created", mrn)


def test_a_create_without_a_required_field_or_of_a_known_patient_fails(http: httpx.Client) -> None:
    missing = http.post("/patients", json={"first_name": "No", "last_name": "Birthday"}).json()
    (event,) = events_of(http, missing["job_id"])
    assert event["type"] == "patient.failed" and "dob, sex" in event["data"]["failure_reason"]
    again = http.post("/patients", json={"first_name": "jane", "last_name": "DOE", "dob": "1994-08-12",
                                         "sex": "female"}).json()  # fmt: skip
    (duplicate,) = events_of(http, again["job_id"])
    assert duplicate["data"]["reasons"][0]["code"] == "DUPLICATE_PATIENT"


def test_a_live_patient_search_completes_with_its_event(http: httpx.Client) -> None:
    answer = http.post("/patients/fetch", json={"search_by": "name", "last_name": "Doe", "include": "insurances"})
    assert answer.status_code == 202, answer.text
    (event,) = events_of(http, job_of(answer.json()))
    assert (event["type"], event["action"], event["data"]["patient_count"]) == (
        "patient.live_fetch_completed",
        "sync",
        1,
    )
    assert event["data"]["patients"][0]["date_of_birth"] == "1994-08-12"
    assert event["data"]["patients"][0]["insurances"] == []
    # The document states it (at least one value; the one search_by names): the check refuses it.
    refused = http.post("/patients/fetch", json={"search_by": "dob", "first_name": "Jane"})
    assert refused.status_code == 400 and "'dob' is a required property" in refused.json()["message"]


def test_a_live_fetch_shows_the_clinics_change_the_cached_list_did_not(http: httpx.Client) -> None:
    week = {"start_date": "2024-03-14", "end_date": "2024-03-20"}
    listed = http.get("/appointments", params={"start_date": "2024-03-14", "end_date": "2024-03-20"}).json()
    visit = next(a for a in listed["results"]["appointments"] if a["status"] == "scheduled")
    moved = "2024-03-15T11:30:00-07:00"
    changed = http.post(f"/_sandbox/ehr/appointments/{visit['id']}/unsynced", json={"datetime": moved})
    assert changed.status_code == 200, changed.text
    cached = http.get(f"/appointments/{visit['id']}").json()["appointments"]
    assert cached["datetime"] == visit["datetime"]  # the cached list has not seen it
    fetched = http.post("/appointments/fetch", json=week)
    assert fetched.status_code == 202
    (event,) = [e for e in events_of(http, job_of(fetched.json())) if e["type"] == "appointment.live_fetch_completed"]
    assert "timestamp" in event and "created" not in event and event["action"] == "sync"
    seen = {a["id"]: a for a in event["data"]["appointments"]}
    assert seen[visit["id"]]["datetime"] == moved
    assert http.get(f"/appointments/{visit['id']}").json()["appointments"]["datetime"] == moved


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"start_date": "2025-01-01", "end_date": "2025-01-08"}, "Date range cannot exceed 7 days."),
        ({"search_by": "provider", "start_date": "2025-01-01", "end_date": "2025-01-05",
          "provider_ids": ["prov_789", "prov_790"]}, "start_date must equal end_date"),
        ({"search_by": "mrn"}, "'mrn' is a required property"),
    ],
)  # fmt: skip
def test_a_live_appointment_fetch_refuses_in_the_pages_words(
    http: httpx.Client, body: dict[str, Any], words: str
) -> None:
    answer = http.post("/appointments/fetch", json=body)
    assert answer.status_code == 400 and words in answer.json()["message"]


def test_a_practice_whose_ehr_has_no_live_fetch_is_told_so(cobalt_sandbox: SandboxPractice) -> None:
    other = cobalt_sandbox.practice("other")
    with httpx.Client(base_url=other.base_url, headers=other.headers, timeout=10) as http:
        answer = http.post("/appointments/fetch", json={"start_date": "2025-01-01", "end_date": "2025-01-07"})
    assert answer.status_code == 400
    assert answer.json()["message"] == (
        "Live fetch for appointments is not supported for WebPT. Currently supported: eClinicalWorks."
    )


def test_a_live_availability_fetch_completes_with_the_windows(http: httpx.Client) -> None:
    answer = http.post("/availability/fetch", json={"start_date": MONDAY, "end_date": TUESDAY,
                                                    "provider_ids": ["7755"], "max_slot_duration": 60})  # fmt: skip
    assert answer.status_code == 202, answer.text
    (event,) = events_of(http, job_of(answer.json()))
    assert event["type"] == "availability.live_fetch_completed"
    assert len(event["data"]["availability"]) == 12 and event["data"]["provider_ids"] == ["7755"]
    several_days = http.post("/availability/fetch", json={"start_date": MONDAY, "end_date": TUESDAY,
                                                          "provider_ids": ["7755", "6644"]})  # fmt: skip
    assert several_days.status_code == 400
    assert "start_date must equal end_date" in several_days.json()["message"]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_a_fetch_on_the_calendars_first_or_last_day_settles_and_breaks_nothing(http: httpx.Client, day: str) -> None:
    """Its day either side runs off the calendar; its settle (which every later request runs first)
    must not fail, or the sandbox answers 500 to everything after it."""
    answer = http.post("/availability/fetch", json={"start_date": day, "end_date": day, "provider_ids": ["7755"]})
    if answer.status_code == 202:
        (event,) = events_of(http, job_of(answer.json()))
        assert event["type"] == "availability.live_fetch_completed"
    else:  # the calendar's last days are refused up front
        assert "up to 9999-12-28" in answer.json()["message"], answer.text
    assert http.get("/availability", params={"start_date": day, "end_date": day}).status_code in (200, 400)
    assert http.get("/appointments", params={"start_date": MONDAY, "end_date": MONDAY}).status_code == 200


# --- properties, against the running sandbox ------------------------------------------------------

bookings = st.lists(
    st.tuples(st.sampled_from(["6644", "7755"]), st.integers(7 * 4, 17 * 4), st.integers(1, 8)), max_size=5
)
blocks = st.lists(st.tuples(st.sampled_from(["6644", "7755"]), st.integers(7 * 4, 17 * 4), st.integers(1, 8)),
                  max_size=3)  # fmt: skip


def moment(quarter: int) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{MONDAY}T00:00:00-08:00") + dt.timedelta(minutes=15 * quarter)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(booked=bookings, closed=blocks, buffer=st.integers(0, 59))
def test_no_offered_slot_overlaps_a_booking_with_its_buffer_or_a_block_and_an_offered_slot_can_be_booked(
    cobalt_sandbox: SandboxPractice, http: httpx.Client, booked: list[Any], closed: list[Any], buffer: int
) -> None:
    cobalt_sandbox.reset()
    held: list[tuple[str, dt.datetime, dt.datetime]] = []
    for provider, quarter, length in booked:
        book(http, provider, moment(quarter).isoformat(), minutes=15 * length)
        held.append((provider, moment(quarter), moment(quarter + length) + dt.timedelta(minutes=buffer)))
    for provider, quarter, length in closed:
        blocked = http.post("/_sandbox/ehr/blocks", json={"provider": provider, "datetime": moment(quarter).isoformat(),
                                                          "duration": str(15 * length)})  # fmt: skip
        assert blocked.status_code == 200, blocked.text
        held.append((provider, moment(quarter), moment(quarter + length)))
    offered = windows(http, provider_ids="6644,7755", buffer=buffer)
    for window in offered:
        start, end = dt.datetime.fromisoformat(window["range_start"]), dt.datetime.fromisoformat(window["range_end"])
        for provider, held_start, held_end in held:
            if provider == window["provider_id"]:
                assert not (start < held_end and held_start < end)
    if offered:
        first = offered[0]
        book(http, first["provider_id"], first["range_start"], minutes=15)
        start = dt.datetime.fromisoformat(first["range_start"])
        after = windows(http, provider_ids=first["provider_id"], buffer=buffer)
        assert all(dt.datetime.fromisoformat(w["range_start"]) >= start + dt.timedelta(minutes=15)
                   or dt.datetime.fromisoformat(w["range_end"]) <= start for w in after)  # fmt: skip
