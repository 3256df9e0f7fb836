"""The sandbox as a test double: a test drives the EHR's side, the clock and the faults, and reads
back what was sent, through the plugin's fixtures only (the `/_sandbox/` controls underneath)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cobalt_client.models import AppointmentFailedEvent
from cobalt_kit.client import Cobalt
from cobalt_kit.document import load_yaml
from cobalt_kit.errors import APIConnectionError, APITimeoutError, RateLimitError, ServerError
from cobalt_kit.facts import SANDBOX_RESETS_HEADER
from cobalt_kit.pytest_plugin import OTHER_PRACTICE
from cobalt_kit.receiver import Receiver
from cobalt_kit.sandbox.app import create_app
from cobalt_kit.sandbox.backend import LAST_CLOCK, Backend, Origin, Voided
from cobalt_kit.sandbox.controls import JOURNAL_SIZE, Faults, Journal
from cobalt_kit.sandbox.families.appointments.events import FAILURE_DESCRIPTIONS
from cobalt_kit.sandbox.families.appointments.rules import Filters
from cobalt_kit.sandbox.settings import Settings
from cobalt_kit.sandbox.store import Store
from cobalt_kit.sandbox_controls import SETTLE_REASONS, SandboxControlError
from cobalt_kit.testing import SandboxPractice

from support.bookings import BOOKING
from support.document import SPEC_PATH, load


def test_an_integrators_day(cobalt_sandbox, cobalt_webhooks) -> None:
    """The issue's acceptance test, as an integrator would write it with the fixtures."""
    cobalt_sandbox.booking_delay = 3600  # nothing settles by itself in this test
    cobalt = cobalt_sandbox.client()

    # The EHR refuses a booking.
    refused = cobalt.appointments.create(mrn="414421", **BOOKING)
    cobalt_sandbox.settle(refused.appointment_id, failed_with="provider_unavailable")
    failed = cobalt_webhooks.wait_for("appointment.failed", timeout=5).model()
    assert isinstance(failed, AppointmentFailedEvent)
    assert [reason.code for reason in failed.data.reasons] == ["PROVIDER_UNAVAILABLE"]
    assert cobalt.appointments.get(refused.appointment_id).status == "failed"

    # Time passes on the practice's clock, not the test's: the booking settles without a sleep.
    booked = cobalt.appointments.create(mrn="414421", **BOOKING)
    assert cobalt.appointments.get(booked.appointment_id).status == "pending"
    cobalt_sandbox.advance_clock(3600)
    created = cobalt_webhooks.wait_for("appointment.created", timeout=5)
    assert (created.data["appointment_id"], created.job_id) == (booked.appointment_id, booked.job_id)
    assert cobalt.appointments.get(booked.appointment_id).status == "scheduled"

    # The clinic cancels it in the EHR: a sync event, no job.
    cobalt_sandbox.ehr.cancel(booked.appointment_id)
    cancelled = cobalt_webhooks.wait_for("appointment.cancelled", timeout=5)
    assert (cancelled.data["id"], cancelled.job_id) == (booked.appointment_id, None)

    # Rate limited twice: the kit's client waits out Retry-After and gets the answer.
    cobalt_sandbox.fail_next("get_appointment", status=429, times=2, retry_after=1)
    assert cobalt.appointments.get(booked.appointment_id).status == "cancelled"

    # A create answered 500 is not retried: a retry could book twice.
    cobalt_sandbox.fail_next("create_appointment", status=500)
    with pytest.raises(ServerError):
        cobalt.appointments.create(mrn="414421", **BOOKING)

    journal = cobalt_sandbox.journal()
    gets = [entry for entry in journal if entry.operation_id == "get_appointment"][-3:]
    assert [entry.status for entry in gets] == [429, 429, 200]
    waits = [dt.datetime.fromisoformat(b.time) - dt.datetime.fromisoformat(a.time) for a, b in itertools.pairwise(gets)]
    assert all(wait >= dt.timedelta(seconds=0.9) for wait in waits)  # Retry-After: 1 was honoured
    creates = [entry for entry in journal if entry.operation_id == "create_appointment"]
    assert [entry.status for entry in creates] == [200, 200, 500]
    assert creates[-1].body == {"mrn": "414421", **BOOKING}
    assert (creates[-1].method, creates[-1].path) == ("POST", "/appointments")


@pytest.mark.parametrize("status", [500, 503])
def test_a_get_is_retried_after_a_server_error(cobalt_sandbox, status: int) -> None:
    cobalt_sandbox.fail_next("list_appointments", status=status, times=2)
    assert cobalt_sandbox.client().appointments.list("2024-03-14", "2024-03-14")
    assert [e.status for e in cobalt_sandbox.journal()] == [status, status, 200]


def test_a_rate_limit_past_the_retries_reaches_the_caller_with_retry_after(cobalt_sandbox) -> None:
    cobalt_sandbox.fail_next("*", status=429, times=2, retry_after=0)
    with pytest.raises(RateLimitError) as raised:
        cobalt_sandbox.client(max_retries=1).appointments.get("2109607")
    assert raised.value.retry_after == 0
    assert len(cobalt_sandbox.journal()) == 2


def test_a_dropped_connection_is_a_connection_error(cobalt_sandbox) -> None:
    cobalt_sandbox.drop_next("create_appointment")
    with pytest.raises(APIConnectionError):
        cobalt_sandbox.client().appointments.create(mrn="414421", **BOOKING)
    # The request never reached the EHR: nothing was booked.
    assert cobalt_sandbox.client().appointments.list("2026-03-02", "2026-03-02") == []


def test_a_delay_holds_the_answer_back(cobalt_sandbox) -> None:
    # The client's 0.5 s is room to reach the sandbox on a loaded machine (with 0.05 s it could give
    # up before its request arrived, and the delay was never met), and well short of the delay.
    cobalt_sandbox.delay_next("get_appointment", ms=2000)
    with pytest.raises(APITimeoutError):  # a client that waits less than the delay times out
        cobalt_sandbox.client(timeout=0.5, max_retries=0).appointments.get("2109607")
    # The sandbox still answers it, late: the journal has it once the delay is over.
    deadline = time.monotonic() + 10
    while not cobalt_sandbox.journal() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert [(e.operation_id, e.status) for e in cobalt_sandbox.journal()] == [("get_appointment", 200)]


def test_a_delayed_request_does_not_leak_into_the_journal_after_a_reset(cobalt_sandbox) -> None:
    cobalt_sandbox.delay_next("get_appointment", ms=300)
    with pytest.raises(APITimeoutError):
        cobalt_sandbox.client(timeout=0.05, max_retries=0).appointments.get("2109607")
    cobalt_sandbox.reset()  # as the next test's fixture does, while the GET is still held back
    cobalt_sandbox.client().appointments.list("2024-03-14", "2024-03-14")
    time.sleep(0.5)  # the held-back GET has been answered by now
    assert [e.operation_id for e in cobalt_sandbox.journal()] == ["list_appointments"]


def test_a_request_of_an_ended_test_is_refused_however_late_it_arrives(cobalt_sandbox) -> None:
    # A request its client gave up on before the sandbox saw it, arriving after the next test's
    # reset: from its stamp, the count of resets its test began after.
    ended = {**cobalt_sandbox.headers, SANDBOX_RESETS_HEADER: str(cobalt_sandbox.resets())}
    cobalt_sandbox.reset()
    cobalt_sandbox.fail_next("*")  # the next test's fault, which the late requests must not use up
    url = cobalt_sandbox.base_url
    late = [
        httpx.get(f"{url}/appointments/2109607", headers=ended),
        httpx.post(f"{url}/appointments", headers=ended, json={**BOOKING, "mrn": "414421"}),
    ]
    assert [(r.status_code, r.json()["code"]) for r in late] == [(500, "sandbox_reset")] * 2
    assert cobalt_sandbox.journal() == []
    with pytest.raises(ServerError):
        cobalt_sandbox.client(max_retries=0).appointments.list("2024-03-14", "2024-03-14")
    day = BOOKING["datetime"][:10]
    assert cobalt_sandbox.client().appointments.list(day, day) == []
    assert [e.operation_id for e in cobalt_sandbox.journal()] == ["list_appointments"] * 2


def test_the_fixtures_clients_stamp_each_request_with_the_resets_when_it_is_sent(cobalt_sandbox) -> None:
    cobalt = cobalt_sandbox.client()
    cobalt.appointments.get("2109607")
    cobalt_sandbox.reset()  # the same client, in the next test (a session's client, say)
    assert cobalt.appointments.get("2109607").id == "2109607"
    assert [e.status for e in cobalt_sandbox.journal()] == [200]


def test_a_sandbox_of_another_process_answers_the_count_its_clients_stamp(cobalt_sandbox) -> None:
    remote = SandboxPractice(cobalt_sandbox.base_url, dict(cobalt_sandbox.headers))  # through HTTP only
    assert remote.resets() is None  # nothing to stamp with before its first reset
    stale = remote.client(max_retries=0)
    stale.appointments.get("2109607")
    assert remote.reset_practice() == remote.resets() == cobalt_sandbox.resets()
    with contextlib.closing(remote.client(max_retries=0)) as fresh:
        assert fresh.appointments.get("2109607").id == "2109607"
        cobalt_sandbox.reset()  # a reset this object did not make: its stamp is behind
        with pytest.raises(ServerError, match="reset"):
            fresh.appointments.get("2109607")
        # A scenario resets its practices too, through another object: every control's answer
        # carries the count, so the next request is stamped with the new one.
        remote.load_scenario("busy-day")
        day = ("2024-03-14", "2024-03-14")
        assert fresh.appointments.list(*day) == cobalt_sandbox.client().appointments.list(*day)
    stale.close()


@pytest.mark.parametrize("stamp", ["soon", "-1", "1.5", b"\xb2", "9" * 5000])
def test_a_stamp_that_is_no_count_is_refused_naming_the_header(cobalt_sandbox, stamp: str | bytes) -> None:
    headers = {**cobalt_sandbox.headers, SANDBOX_RESETS_HEADER: stamp}
    answer = httpx.get(f"{cobalt_sandbox.base_url}/appointments/2109607", headers=headers)
    assert answer.status_code == 400
    assert SANDBOX_RESETS_HEADER in answer.json()["message"]


def test_a_stamp_sent_twice_is_refused(cobalt_sandbox) -> None:
    resets = str(cobalt_sandbox.resets())
    headers = [*cobalt_sandbox.headers.items(), (SANDBOX_RESETS_HEADER, resets), (SANDBOX_RESETS_HEADER, resets)]
    answer = httpx.get(f"{cobalt_sandbox.base_url}/appointments/2109607", headers=headers)
    assert (answer.status_code, answer.json()["message"]) == (400, f"Send {SANDBOX_RESETS_HEADER} once.")


# The end of a test in the audit's user suite: a write held back by a delay, which the client gives up
# on; then the next test's reset, while the write still waits.
ABANDONED: dict[str, tuple[str, Callable[[Cobalt], Any]]] = {
    "a create": ("create_appointment", lambda cobalt: cobalt.appointments.create(mrn="414421", **BOOKING)),
    "a PATCH": ("update_appointment", lambda cobalt: cobalt.appointments.update("2109607", note="Synthetic note.")),
}


@pytest.mark.parametrize("abandoned", ABANDONED.values(), ids=ABANDONED)
def test_a_write_the_client_gave_up_on_never_lands_after_the_next_reset(
    cobalt_sandbox, abandoned: tuple[str, Callable[[Cobalt], Any]]
) -> None:
    operation, send = abandoned
    cobalt_sandbox.delay_next(operation, ms=300)
    with pytest.raises(APITimeoutError):
        send(cobalt_sandbox.client(timeout=0.05, max_retries=0))
    cobalt_sandbox.reset()
    # The next test, with its own receiver (the reset forgot every registration).
    cobalt = cobalt_sandbox.client()
    with contextlib.closing(Receiver(secret="")) as receiver:
        receiver.secret = cobalt.webhooks.register(receiver.url).secret
        time.sleep(0.5)  # the held-back write has been answered by now
        mine = cobalt.appointments.create(patient_name="Sam Example", **BOOKING)
        created = receiver.wait_for("appointment.created", timeout=5)
        assert created.data["appointment_id"] == mine.appointment_id
        assert [event.type for event in receiver.events] == ["appointment.created"]
    day = BOOKING["datetime"][:10]
    assert [a.id for a in cobalt.appointments.list(day, day)] == [mine.appointment_id]
    (demo,) = [a for a in cobalt.appointments.list("2024-03-14", "2024-03-14", include_note=True) if a.id == "2109607"]
    assert demo.note is None


def test_a_fraction_of_requests_fails_the_same_way_for_the_same_seed(cobalt_sandbox) -> None:
    statuses = []
    for _ in range(2):
        cobalt_sandbox.reset()
        cobalt_sandbox.fault(target="get_appointment", kind="status", status=500, fraction=0.5, seed=7)
        for _ in range(12):
            httpx.get(f"{cobalt_sandbox.base_url}/appointments/2109607", headers=cobalt_sandbox.headers)
        statuses.append([e.status for e in cobalt_sandbox.journal()])
    assert statuses[0] == statuses[1]
    assert {200, 500} == set(statuses[0])


def test_the_ehr_side_fires_the_documented_events(cobalt_sandbox, cobalt_webhooks) -> None:
    booked = cobalt_sandbox.ehr.book(mrn="414421", **BOOKING)
    created = cobalt_webhooks.wait_for("appointment.created", timeout=5)
    assert (created.data["appointment_id"], created.job_id) == (booked, None)
    moved = cobalt_sandbox.ehr.change(booked, location="North Clinic", duration=40)
    assert (moved["location"], moved["duration"]) == ("North Clinic", 40)
    assert cobalt_webhooks.wait_for("appointment.updated", timeout=5).data["location"] == "North Clinic"
    done = cobalt_sandbox.ehr.complete(booked)
    assert cobalt_sandbox.client().appointments.get(booked).status == done["status"] == "completed"
    status = cobalt_webhooks.wait_for("appointment.status_updated", timeout=5)
    assert (status.data["status"], status.data["previous_status"]) == ("completed", "scheduled")
    with pytest.raises(SandboxControlError, match="409"):
        cobalt_sandbox.ehr.cancel(booked)  # a completed visit cannot be cancelled


def test_webhook_deliveries_can_be_delayed_or_dropped(cobalt_sandbox, cobalt_webhooks) -> None:
    cobalt_sandbox.fault(target="webhooks", kind="drop", times=1)
    cobalt_sandbox.client().appointments.update("2109607", note="Synthetic note.")
    event = cobalt_webhooks.wait_for("appointment.updated", timeout=5)
    # The first attempt was lost on the way: the one that arrived is the retry.
    assert [d.attempt for d in cobalt_webhooks.deliveries] == [2] and cobalt_webhooks.deliveries[
        0
    ].webhook_id == event.id


def test_webhook_deliveries_can_be_delayed(cobalt_sandbox, cobalt_webhooks) -> None:
    cobalt_sandbox.fault(target="webhooks", kind="delay", delay_ms=400)
    cobalt_sandbox.client().appointments.update("2109607", note="Synthetic note.")
    with pytest.raises(TimeoutError):  # held back: not there within 0.2 s ...
        cobalt_webhooks.wait_for("appointment.updated", timeout=0.2)
    cobalt_webhooks.wait_for("appointment.updated", timeout=5)  # ... but delivered, once, on the first attempt
    assert [d.attempt for d in cobalt_webhooks.deliveries] == [1]


def test_faults_are_listed_used_up_and_cleared(cobalt_sandbox) -> None:
    cobalt_sandbox.fail_next("get_appointment", status=503, times=2)
    cobalt_sandbox.fault(target="*", kind="delay", delay_ms=1, fraction=0.5, seed=3)
    armed = cobalt_sandbox.faults()
    assert [(f["target"], f["kind"], f["remaining"]) for f in armed] == [
        ("get_appointment", "status", 2),
        ("*", "delay", None),
    ]
    httpx.get(f"{cobalt_sandbox.base_url}/appointments/2109607", headers=cobalt_sandbox.headers)
    assert cobalt_sandbox.faults()[0]["remaining"] == 1
    cobalt_sandbox.clear_faults()
    assert cobalt_sandbox.faults() == []
    cobalt_sandbox.clear_journal()
    assert cobalt_sandbox.client().appointments.get("2109607").status == "completed"
    assert [e.status for e in cobalt_sandbox.journal()] == [200]


def test_reset_and_seed_act_on_the_calling_practice_only(cobalt_sandbox) -> None:
    cobalt = cobalt_sandbox.client()
    other = cobalt_sandbox.practice(OTHER_PRACTICE)
    others_before = other.client().appointments.list("2024-01-01", "2024-12-31")
    cobalt_sandbox.reset_practice("empty")
    assert cobalt.appointments.list("2024-01-01", "2024-12-31") == []
    ids = cobalt_sandbox.seed([{"mrn": "414421", **BOOKING}, {"patient_name": "Sam Example", **BOOKING}], "completed")
    assert [cobalt.appointments.get(i).status for i in ids] == ["completed", "completed"]
    assert other.client().appointments.list("2024-01-01", "2024-12-31") == others_before
    with pytest.raises(SandboxControlError, match="404"):  # a practice controls its own data only
        other.settle(ids[0])
    cobalt_sandbox.reset_practice()
    assert cobalt.appointments.get("2109607").status == "completed"  # the reference's ids again


def test_a_settle_reason_is_one_the_controls_document_names(cobalt_sandbox) -> None:
    reason = load_yaml(SPEC_PATH.with_name("sandbox-controls.yaml"))["components"]["schemas"]["FailureReason"]
    assert tuple(reason["enum"]) == SETTLE_REASONS  # what `trigger --reason` offers
    assert set(FAILURE_DESCRIPTIONS) <= set(SETTLE_REASONS)
    cobalt_sandbox.booking_delay = 3600
    booked = cobalt_sandbox.client().appointments.create(mrn="414421", **BOOKING)
    with pytest.raises(SandboxControlError, match="400"):
        cobalt_sandbox.settle(booked.appointment_id, failed_with="nope")
    assert cobalt_sandbox.client().appointments.get(booked.appointment_id).status == "pending"  # nothing stored


def shape(value: Any) -> Any:
    """A JSON value's keys and types, recursively, without its values."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


@pytest.mark.parametrize(
    ("failed_with", "event"), [(None, "appointment.created"), ("location_closed", "appointment.failed")]
)
def test_book_and_settle_fires_a_real_bookings_event_whatever_the_booking_delay(
    cobalt_sandbox, cobalt_webhooks, failed_with: str | None, event: str
) -> None:
    cobalt = cobalt_sandbox.client()
    cobalt_sandbox.booking_delay = 3600  # a booking through the API, settled by the settle control
    booked = cobalt.appointments.create(mrn="414421", **BOOKING)
    cobalt_sandbox.settle(booked.appointment_id, failed_with=failed_with)
    real = cobalt_webhooks.wait_for(event, timeout=5)

    # A booking delay of 0: a booking settles (scheduled) in the first transaction after its own.
    cobalt_sandbox.booking_delay = 0
    appointment, job_id = cobalt_sandbox.book_and_settle(failed_with=failed_with, mrn="414421", **BOOKING)
    fired = cobalt_webhooks.wait_for(event, timeout=5)
    fired.model()  # as the document's event schema has it
    assert appointment["status"] == ("failed" if failed_with else "scheduled")
    assert cobalt.appointments.get(appointment["id"]).status == appointment["status"]
    assert (fired.job_id, real.job_id) == (job_id, booked.job_id)
    assert [polled.id for polled in cobalt.webhooks.events(job_id)] == [fired.id]
    assert shape(fired.body) == shape(real.body)
    assert {key for key in real.data if real.data[key] != fired.data[key]} == {"appointment_id"}


def test_settling_what_is_not_pending_is_a_conflict(cobalt_sandbox) -> None:
    with pytest.raises(SandboxControlError, match="409"):
        cobalt_sandbox.settle("2109607")


def test_the_clock_reports_how_far_it_was_advanced(cobalt_sandbox) -> None:
    cobalt_sandbox.advance_clock(90)
    clock = cobalt_sandbox.control("GET", "clock")
    assert clock["advanced_seconds"] == 90
    assert dt.datetime.fromisoformat(clock["now"]) > dt.datetime.now(dt.UTC) + dt.timedelta(seconds=80)
    assert cobalt_sandbox.practice(OTHER_PRACTICE).control("GET", "clock")["advanced_seconds"] == 0


# The deprecated date and time pair on a day of the year 0000, which `format: date` allows.
YEAR_ZERO = {"mrn": "414421", **{k: v for k, v in BOOKING.items() if k != "datetime"}, "date": "0000-01-01",
             "time": "9:00 AM"}  # fmt: skip


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [("clock/advance", {"seconds": -1}, "seconds"), ("faults", {"target": "x", "kind": "explode"}, "kind"),
     ("faults", {"target": "get_appointment", "kind": "status"}, "status"), ("reset", {"seed": "all"}, "seed"),
     ("appointments", {"appointments": [{"fields": YEAR_ZERO}]}, "date"), ("ehr/appointments", YEAR_ZERO, "date")],
)  # fmt: skip
def test_controls_are_validated_against_their_document(cobalt_sandbox, path: str, body: dict, field: str) -> None:
    answer = httpx.post(f"{cobalt_sandbox.base_url}/_sandbox/{path}", json=body, headers=cobalt_sandbox.headers)
    assert (answer.status_code, answer.json()["code"]) == (400, "invalid_request")
    assert answer.json()["message"].startswith(field)


def test_controls_take_the_same_credentials(cobalt_sandbox) -> None:
    answer = httpx.get(f"{cobalt_sandbox.base_url}/_sandbox/journal", headers={"client_id": "ci_demo"})
    assert (answer.status_code, answer.json()["code"]) == (401, "unauthorized")


def test_prefer_code_answers_the_documents_example_as_the_mock_does(cobalt_sandbox) -> None:
    url = f"{cobalt_sandbox.base_url}/appointments/2109607"
    answer = httpx.get(url, headers={**cobalt_sandbox.headers, "Prefer": "code=404"})
    assert (answer.status_code, answer.json()["code"]) == (404, "not_found")
    limited = httpx.get(url, headers={**cobalt_sandbox.headers, "Prefer": "code=429"})
    assert (limited.status_code, limited.headers["Retry-After"]) == (429, "30")
    undocumented = httpx.get(url, headers={**cobalt_sandbox.headers, "Prefer": "code=418"})
    assert undocumented.status_code == 400 and "418" in undocumented.json()["message"]


def test_the_journal_is_never_logged(cobalt_sandbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    cobalt_sandbox.client().appointments.create(mrn="414421", note="Synthetic journal note.", **BOOKING)
    assert cobalt_sandbox.journal()[-1].body["note"] == "Synthetic journal note."
    assert "Synthetic journal note." not in caplog.text and "414421" not in caplog.text


def test_the_journal_keeps_the_newest_entries_only() -> None:
    journal = Journal()
    for index in range(JOURNAL_SIZE + 5):
        journal.record("demo", {"index": index}, journal.since("demo"))
    kept = journal.entries("demo")
    assert (len(kept), kept[0]["index"], kept[-1]["index"]) == (JOURNAL_SIZE, 5, JOURNAL_SIZE + 4)
    assert journal.entries("other") == []


@pytest.mark.parametrize("cleared", ["demo", None], ids=["the practice's", "the whole journal"])
def test_a_request_in_flight_across_a_reset_stays_out_of_the_new_journal(cleared: str | None) -> None:
    journal = Journal()
    started = journal.since("demo")
    journal.clear(cleared)
    journal.record("demo", {"late": True}, started)
    journal.record("demo", {"late": False}, journal.since("demo"))
    assert journal.entries("demo") == [{"late": False}]


def fresh_backend() -> Backend:
    backend = Backend(Store(":memory:"), booking_delay=3600)
    backend.seed(["demo", "other"])
    return backend


def demo_with(backend: Backend, status: str) -> str:
    return next(a["id"] for a in backend.appointments.list("demo", Filters(dt.date(2000, 1, 1), dt.date(2100, 1, 1)))
                if a["status"] == status)  # fmt: skip


def state(backend: Backend) -> tuple[Any, ...]:
    """Everything a write could change: appointments, the outbox, webhook settings, clocks."""
    tables = ("appointments", "events", "deliveries", "webhooks", "webhook_secrets")
    rows = [backend.store._db.execute(f"SELECT * FROM {table}").fetchall() for table in tables]
    return (*rows, dict(backend.advanced))


FIELDS = {"mrn": "414421", **BOOKING}
Write = Callable[[Backend, Origin], Any]
# Every write a call can ask of the backend. A practice's writes are voided by a reset of the
# practice or of the whole sandbox; an integration's webhook settings only by the sandbox's, the one
# reset that forgets them.
PRACTICE_WRITES: dict[str, Write] = {
    "create": lambda b, o: b.appointments.create("demo", FIELDS, o),
    "PATCH": lambda b, o: b.appointments.update("demo", "2109607", {"note": "Synthetic late note."}, o),
    "seed": lambda b, o: b.appointments.seed_appointments("demo", [(FIELDS, "scheduled")], o),
    "settle": lambda b, o: b.appointments.settle_now("demo", demo_with(b, "pending"), None, o),
    "EHR booking": lambda b, o: b.appointments.ehr_book("demo", FIELDS, o),
    "EHR cancel": lambda b, o: b.appointments.ehr_action("demo", demo_with(b, "scheduled"), "cancel", {}, o),
    "clock advance": lambda b, o: b.advance("demo", 3600, o),
    "practice reset": lambda b, o: b.reset_practice("demo", o, demo=False, with_reference_ids=True),
}
INTEGRATION_WRITES: dict[str, Write] = {
    "webhook registration": lambda b, o: b.webhooks.register(o, "http://127.0.0.1:9/late"),
    "webhook removal": lambda b, o: b.webhooks.remove(o, "1"),
    "secret rotation": lambda b, o: b.webhooks.rotate_secret(o),
}
RESETS: dict[str, Callable[[Backend], None]] = {
    "practice": lambda b: b.reset_practice("demo", Origin("ci", "ref", b.resets), demo=True, with_reference_ids=True),
    "sandbox": lambda b: b.reset(["demo", "other"]),
}
VOIDING = [(w, r) for w in PRACTICE_WRITES for r in RESETS] + [(w, "sandbox") for w in INTEGRATION_WRITES]


@pytest.mark.parametrize(("write", "reset"), VOIDING, ids=[f"{w} across a {r} reset" for w, r in VOIDING])
def test_a_call_begun_before_a_reset_writes_nothing_after_it(write: str, reset: str) -> None:
    backend = fresh_backend()
    send = {**PRACTICE_WRITES, **INTEGRATION_WRITES}[write]
    backend.webhooks.register(Origin("ci", "ref"), "http://127.0.0.1:9/hook")
    began = Origin("ci", "ref", backend.resets)
    RESETS[reset](backend)
    backend.webhooks.register(Origin("ci", "ref", backend.resets), "http://127.0.0.1:9/hook")  # the next test's
    after_reset = state(backend)
    with pytest.raises(Voided):
        send(backend, began)
    assert state(backend) == after_reset
    send(backend, Origin("ci", "ref", backend.resets))  # a call begun after it writes
    assert state(backend) != after_reset


@pytest.mark.parametrize("write", PRACTICE_WRITES)
def test_a_reset_of_another_practice_voids_nothing(write: str) -> None:
    backend = fresh_backend()
    began = Origin("ci", "ref", backend.resets)
    backend.reset_practice("other", Origin("ci", "other-ref", backend.resets), demo=True, with_reference_ids=False)
    before = state(backend)
    PRACTICE_WRITES[write](backend, began)
    assert state(backend) != before


def serve_one(app: Any, method: str, path: str, body: Any = None) -> httpx.Response:
    """One request to a sandbox app in this process, with the demo practice's credentials."""

    async def send() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
            return await client.request(method, path, json=body, headers=Settings().credentials[0].headers())

    return asyncio.run(send())


def test_a_clock_is_never_advanced_past_the_last_year_it_can_tell() -> None:
    app = create_app(Settings(db_path=":memory:", booking_delay=0))
    # Where 7,972 advances of a year (the most one takes) leave a practice's clock from 2026.
    app.state.sandbox.backend.advanced["demo"] = LAST_CLOCK.timestamp() - time.time() - 3 * 86400
    for _ in range(2):  # a year on would be past 9999 the second time
        refused = serve_one(app, "POST", "/_sandbox/clock/advance", {"seconds": 31536000})
        assert refused.status_code == 400, refused.text
        assert refused.json()["code"] == "invalid_request" and refused.json()["message"].startswith("seconds: ")
    # The practice still answers, and still moves on by what it can.
    assert serve_one(app, "GET", "/_sandbox/clock").status_code == 200
    moved = serve_one(app, "POST", "/_sandbox/clock/advance", {"seconds": 86400})
    assert moved.status_code == 200 and moved.json()["now"].startswith("9998-12-")


def test_a_fault_for_all_operations_leaves_deliveries_alone() -> None:
    faults = Faults()
    faults.arm("demo", {"target": "*", "kind": "drop", "times": 1})
    assert faults.take("demo", "webhooks") is None
    assert faults.take("other", "list_appointments") is None
    assert faults.take("demo", "list_appointments") is not None
    assert faults.take("demo", "list_appointments") is None  # used up


def test_the_control_surface_is_not_in_the_api_document() -> None:
    # The generated client is made from this document (the drift test holds it to it), and so is
    # `make contract`'s run: neither can see the controls.
    assert not [path for path in load()["paths"] if path.startswith("/_sandbox")]
    assert "_sandbox" not in SPEC_PATH.read_text()
