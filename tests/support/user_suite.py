"""An integrator's suite against the kit's sandbox, shaped like the one the third outside audit ran:
each test books and changes appointments of its own with `cobalt_sandbox`, hears their events with
`cobalt_webhooks`, checks that it sees exactly those, and ends with a write the slow API makes its
client give up on (a delayed create or PATCH), which must never reach the next test.

Not collected here (it is no test_ module): tests/test_plugin.py runs it in a pytest of its own.
USER_SUITE_ROUNDS (default 8) says how many times each of the five tests runs: 8 make the audit's
40 tests, meant for `pytest -n 2`.
"""

from __future__ import annotations

import os
import time

import pytest

from cobalt_kit.errors import APITimeoutError

ROUNDS = int(os.environ.get("USER_SUITE_ROUNDS", "8"))
# The slow API holds the given-up write back this long, far longer than the client waits.
DELAY_MS = 1000
GIVE_UP_AFTER = 0.3
# Each test runs at least this long, as an integrator's longer tests do, and looks at what it sees
# only then: a write the previous test gave up on, were it still carried out, would have landed,
# settled and been delivered by now.
RUNS_FOR = DELAY_MS / 1000 + 0.6
DAY = "2031-05-06"
BOOKING = {"location": "Good Clinic", "provider": "Good Doctor", "type": "f/u", "mrn": "414421"}


@pytest.fixture
def tag(request: pytest.FixtureRequest) -> str:
    """This test's mark on what it writes (in each appointment's note)."""
    return request.node.name


@pytest.fixture
def started() -> float:
    return time.monotonic()


def book(cobalt, tag: str, hour: int, **fields: str) -> str:
    return cobalt.appointments.create(datetime=f"{DAY}T{hour:02d}:00:00-07:00", **{**BOOKING, "note": tag, **fields})


def about(event) -> tuple[str, str]:
    data = event.data
    return event.type, data.get("appointment_id") or data["id"]


def sees_only(cobalt_sandbox, cobalt_webhooks, started: float, appointments: dict, events: list) -> None:
    """What the test sees, once it has run for RUNS_FOR: exactly its appointments on DAY (id:
    (status, note)) and exactly its events ((type, appointment id), in order)."""
    time.sleep(max(0.0, started + RUNS_FOR - time.monotonic()))
    listed = cobalt_sandbox.client().appointments.list(DAY, DAY, include_note=True)
    assert {a.id: (a.status, a.note) for a in listed} == appointments
    assert [about(event) for event in cobalt_webhooks.events] == events


def give_up_on(cobalt_sandbox, operation: str, write) -> None:
    """The slow API: the write is held back, and the client stops waiting for it."""
    cobalt_sandbox.delay_next(operation, ms=DELAY_MS)
    impatient = cobalt_sandbox.client(timeout=GIVE_UP_AFTER, max_retries=0)
    with pytest.raises(APITimeoutError):
        write(impatient)


@pytest.fixture(params=range(ROUNDS), ids=lambda n: f"round{n}")
def repeat(request: pytest.FixtureRequest) -> int:
    return int(request.param)


def test_a_booking_then_a_slow_create(cobalt_sandbox, cobalt_webhooks, tag, started, repeat) -> None:
    cobalt = cobalt_sandbox.client()
    created = book(cobalt, tag, 9)
    cobalt_webhooks.wait_for("appointment.created")
    sees_only(cobalt_sandbox, cobalt_webhooks, started, {created.appointment_id: ("scheduled", tag)},
              [("appointment.created", created.appointment_id)])  # fmt: skip
    give_up_on(cobalt_sandbox, "create_appointment", lambda slow: book(slow, f"given up by {tag}", 10))


def test_a_note_then_a_slow_note(cobalt_sandbox, cobalt_webhooks, tag, started, repeat) -> None:
    cobalt = cobalt_sandbox.client()
    booked = book(cobalt, tag, 9).appointment_id
    cobalt_webhooks.wait_for("appointment.created")
    cobalt.appointments.update(booked, note=f"{tag}, edited")
    cobalt_webhooks.wait_for("appointment.updated")
    sees_only(cobalt_sandbox, cobalt_webhooks, started, {booked: ("scheduled", f"{tag}, edited")},
              [("appointment.created", booked), ("appointment.updated", booked)])  # fmt: skip
    give_up_on(cobalt_sandbox, "update_appointment", lambda slow: slow.appointments.update(booked, note=f"by {tag}"))


def test_two_bookings_then_a_slow_cancel(cobalt_sandbox, cobalt_webhooks, tag, started, repeat) -> None:
    cobalt = cobalt_sandbox.client()
    first, second = (book(cobalt, tag, hour).appointment_id for hour in (9, 11))
    created = [cobalt_webhooks.wait_for("appointment.created") for _ in range(2)]
    assert {event.data["appointment_id"] for event in created} == {first, second}
    sees_only(cobalt_sandbox, cobalt_webhooks, started, {first: ("scheduled", tag), second: ("scheduled", tag)},
              [about(event) for event in created])  # fmt: skip
    give_up_on(cobalt_sandbox, "update_appointment", lambda slow: slow.appointments.update(first, status="cancelled"))


def test_the_clinic_books_and_cancels_then_a_slow_create(cobalt_sandbox, cobalt_webhooks, tag, started, repeat) -> None:
    booked = cobalt_sandbox.ehr.book(datetime=f"{DAY}T14:00:00-07:00", **{**BOOKING, "note": tag})
    assert cobalt_webhooks.wait_for("appointment.created").job_id is None
    cobalt_sandbox.ehr.cancel(booked)
    cobalt_webhooks.wait_for("appointment.cancelled")
    sees_only(cobalt_sandbox, cobalt_webhooks, started, {booked: ("cancelled", tag)},
              [("appointment.created", booked), ("appointment.cancelled", booked)])  # fmt: skip
    give_up_on(cobalt_sandbox, "create_appointment", lambda slow: book(slow, f"given up by {tag}", 15))


def test_a_failed_booking_fixed_then_a_slow_refused_one(cobalt_sandbox, cobalt_webhooks, tag, started, repeat) -> None:
    cobalt = cobalt_sandbox.client()
    refused = book(cobalt, tag, 9, location="Closed Clinic").appointment_id
    cobalt_webhooks.wait_for("appointment.failed")
    cobalt.appointments.update(refused, location="Good Clinic")
    cobalt_webhooks.wait_for("appointment.created")
    sees_only(cobalt_sandbox, cobalt_webhooks, started, {refused: ("scheduled", tag)},
              [("appointment.failed", refused), ("appointment.created", refused)])  # fmt: skip
    give_up_on(cobalt_sandbox, "create_appointment",
               lambda slow: book(slow, f"given up by {tag}", 16, location="Closed Clinic"))  # fmt: skip
