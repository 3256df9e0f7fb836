"""The sandbox as a test double: a test drives the EHR's side, the clock and the faults, and reads
back what was sent, through the plugin's fixtures only (the `/_sandbox/` controls underneath)."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import time

import httpx
import pytest

from cobalt_client.models import AppointmentFailedEvent
from cobalt_kit.errors import APIConnectionError, APITimeoutError, RateLimitError, ServerError
from cobalt_kit.pytest_plugin import OTHER_PRACTICE
from cobalt_kit.sandbox.controls import JOURNAL_SIZE, Faults, Journal
from cobalt_kit.sandbox_controls import SandboxControlError

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
    cobalt_sandbox.fail_next("*", status=429, times=5, retry_after=0)
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
    cobalt_sandbox.delay_next("get_appointment", ms=300)
    with pytest.raises(APITimeoutError):  # a client that waits less than the delay times out
        cobalt_sandbox.client(timeout=0.05, max_retries=0).appointments.get("2109607")
    # The sandbox still answers it, late: the journal has it once the delay is over.
    deadline = time.monotonic() + 5
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


def test_settling_what_is_not_pending_is_a_conflict(cobalt_sandbox) -> None:
    with pytest.raises(SandboxControlError, match="409"):
        cobalt_sandbox.settle("2109607")


def test_the_clock_reports_how_far_it_was_advanced(cobalt_sandbox) -> None:
    cobalt_sandbox.advance_clock(90)
    clock = cobalt_sandbox.control("GET", "clock")
    assert clock["advanced_seconds"] == 90
    assert dt.datetime.fromisoformat(clock["now"]) > dt.datetime.now(dt.UTC) + dt.timedelta(seconds=80)
    assert cobalt_sandbox.practice(OTHER_PRACTICE).control("GET", "clock")["advanced_seconds"] == 0


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [("clock/advance", {"seconds": -1}, "seconds"), ("faults", {"target": "x", "kind": "explode"}, "kind"),
     ("faults", {"target": "get_appointment", "kind": "status"}, "status"), ("reset", {"seed": "all"}, "seed")],
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
