"""The sandbox plays Cobalt's asynchronous side: signed webhook deliveries with the vendor's headers
and retry rules, polling by job, registrations per integration, loopback-only delivery, and an
outbox that survives a restart. Written with the kit's fixtures, as an integrator would."""

from __future__ import annotations

import logging
import os
import signal
import socket
import time
from pathlib import Path

import httpx
import pytest

from cobalt_client.models import AppointmentCancelledEvent, AppointmentCreatedEvent, AppointmentFailedEvent
from cobalt_kit.client import Cobalt
from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.pytest_plugin import BOOKING_DELAY, OTHER_PRACTICE
from cobalt_kit.receiver import Receiver
from cobalt_kit.sandbox.delivery import allowed, outcome
from cobalt_kit.sandbox.settings import Settings

from support import reference
from support.bookings import BOOKING
from support.node import NODE_VERIFY, node

# A booking settles within the delay plus the courier's tick; a delivery then takes milliseconds.
SETTLED = BOOKING_DELAY + 1.0


def test_a_settled_booking_arrives_signed_as_the_vendors_recipe_checks(cobalt_sandbox, cobalt_webhooks) -> None:
    cobalt = cobalt_sandbox.client()
    created = cobalt.appointments.create(mrn="414421", **BOOKING)
    event = cobalt_webhooks.wait_for("appointment.created", timeout=SETTLED)
    model = event.model()
    assert isinstance(model, AppointmentCreatedEvent)
    assert (model.data.appointment_id, model.job_id) == (created.appointment_id, created.job_id)
    assert event.access_token_reference_id == "clinic_demo"
    (delivery,) = cobalt_webhooks.deliveries
    assert (delivery.webhook_id, delivery.attempt) == (event.id, 1)
    # Node hashes JSON.stringify(JSON.parse(body)) with the secret the registration returned.
    secret = cobalt_webhooks.registration.secret
    assert node(NODE_VERIFY, delivery.signature, secret, stdin=delivery.body.decode()) == "valid"
    assert node(NODE_VERIFY, delivery.signature, secret + "x", stdin=delivery.body.decode()) == "invalid"


def test_a_refused_booking_gives_appointment_failed_with_reasons(cobalt_sandbox, cobalt_webhooks) -> None:
    cobalt = cobalt_sandbox.client()
    created = cobalt.appointments.create(mrn="000000", **BOOKING)  # the magic MRN the EHR does not know
    model = cobalt_webhooks.wait_for("appointment.failed", timeout=SETTLED).model()
    assert isinstance(model, AppointmentFailedEvent)
    assert model.data.appointment_id == created.appointment_id
    assert [reason.code for reason in model.data.reasons] == ["PATIENT_NOT_FOUND"]
    assert model.data.failure_reason == model.data.reasons[0].description
    assert cobalt.appointments.get(created.appointment_id).status == "failed"


def test_a_cancel_gives_appointment_cancelled_and_a_note_appointment_updated(cobalt_sandbox, cobalt_webhooks) -> None:
    cobalt = cobalt_sandbox.client()
    listed = cobalt.appointments.list("2024-03-01", "2024-03-31")
    scheduled = next(a for a in listed if a.status == "scheduled")
    cobalt.appointments.update(scheduled.id, note="Synthetic note.")
    updated = cobalt_webhooks.wait_for("appointment.updated", timeout=2)
    assert updated.data["id"] == scheduled.id and updated.data["status"] == "scheduled"
    cobalt.appointments.update(scheduled.id, status="cancelled")
    cancelled = cobalt_webhooks.wait_for("appointment.cancelled", timeout=2).model()
    assert isinstance(cancelled, AppointmentCancelledEvent)
    assert cancelled.data.id == scheduled.id and cancelled.data.cancelled_at


def test_polling_by_job_returns_the_delivered_event(cobalt_sandbox, cobalt_webhooks) -> None:
    cobalt = cobalt_sandbox.client()
    created = cobalt.appointments.create(mrn="414421", **BOOKING)
    assert cobalt.webhooks.events(created.job_id) == []  # still pending
    polled = cobalt.webhooks.wait_for(created.job_id, timeout=SETTLED + 1, interval=0.1)
    delivered = cobalt_webhooks.wait_for("appointment.created", timeout=SETTLED)
    assert (polled.id, polled.type, polled.job_id) == (delivered.id, "appointment.created", created.job_id)


@pytest.mark.parametrize("status", [500, 429])
def test_a_5xx_or_429_is_delivered_again_a_second_later(cobalt_sandbox, cobalt_webhooks, status: int) -> None:
    cobalt_webhooks.fail_next(status)
    cobalt_sandbox.client().appointments.create(mrn="414421", **BOOKING)
    event = cobalt_webhooks.wait_for("appointment.created", timeout=SETTLED)
    cobalt_webhooks.wait_for_attempt(event.id, 2, timeout=4)
    first, second = cobalt_webhooks.deliveries
    assert (first.attempt, second.attempt) == (1, 2)
    assert first.webhook_id == second.webhook_id == event.id
    assert first.body == second.body


def test_a_400_is_not_delivered_again(cobalt_sandbox, cobalt_webhooks) -> None:
    cobalt_webhooks.fail_next(400)
    cobalt_sandbox.client().appointments.create(mrn="414421", **BOOKING)
    cobalt_webhooks.wait_for("appointment.created", timeout=SETTLED)
    time.sleep(1.5)  # past the retry delay
    assert [d.attempt for d in cobalt_webhooks.deliveries] == [1]


@pytest.mark.parametrize(
    ("status", "timed_out", "verdict"),
    [(200, False, "delivered"), (204, False, "delivered"), (500, False, "retry"), (503, False, "retry"),
     (429, False, "retry"), (None, False, "retry"), (400, False, "refused"), (404, False, "refused"),
     (301, False, "refused"), (None, True, "failed")],
)  # fmt: skip
def test_the_vendors_retry_rule(status: int | None, timed_out: bool, verdict: str) -> None:
    assert outcome(status, timed_out) == verdict


@pytest.mark.parametrize(
    ("url", "hosts", "expected"),
    [("http://127.0.0.1:9/x", (), True), ("http://localhost/x", (), True), ("http://[::1]:9/", (), True),
     ("https://example.com/hook", (), False), ("https://example.com/hook", ("example.com",), True),
     ("https://10.0.0.1/hook", (), False), ("http://[bad/", (), False)],
)  # fmt: skip
def test_deliveries_go_to_loopback_or_the_allow_list_only(url: str, hosts: tuple[str, ...], expected: bool) -> None:
    assert allowed(url, hosts) is expected


def test_a_registered_outside_url_is_not_posted_to(cobalt_sandbox, caplog: pytest.LogCaptureFixture) -> None:
    cobalt = cobalt_sandbox.client()
    registration = cobalt.webhooks.register("https://receiver.example/hook")
    assert registration.secret and registration.id
    caplog.set_level(logging.WARNING, "cobalt_kit.sandbox.webhooks")
    created = cobalt.appointments.create(mrn="414421", **BOOKING)
    cobalt.webhooks.wait_for(created.job_id, timeout=SETTLED + 1, interval=0.1)
    deadline = time.monotonic() + 2
    while "receiver.example" not in caplog.text and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "webhook to receiver.example not sent" in caplog.text


def test_an_integration_receives_the_events_of_its_own_access_tokens_only(cobalt_sandbox, cobalt_webhooks) -> None:
    other = cobalt_sandbox.practice(OTHER_PRACTICE).client()
    receiver = Receiver(secret="")
    try:
        receiver.secret = other.webhooks.register(receiver.url).secret
        other.appointments.create(mrn="414421", **BOOKING)
        cobalt_sandbox.client().appointments.create(mrn="414421", **BOOKING)
        theirs = receiver.wait_for("appointment.created", timeout=SETTLED)
        ours = cobalt_webhooks.wait_for("appointment.created", timeout=SETTLED)
        time.sleep(0.3)
        assert [e.id for e in receiver.events] == [theirs.id]
        assert [e.id for e in cobalt_webhooks.events] == [ours.id]
        assert theirs.access_token_reference_id != ours.access_token_reference_id
    finally:
        receiver.close()


def test_registrations_list_delete_and_rotate(cobalt_sandbox, cobalt_webhooks) -> None:
    cobalt = cobalt_sandbox.client()
    settings = cobalt.webhooks.configuration()
    assert [(u.id, u.url) for u in settings.urls] == [(cobalt_webhooks.registration.id, cobalt_webhooks.url)]
    assert settings.secret == cobalt_webhooks.registration.secret
    assert settings.secret not in repr(settings) and settings.secret not in repr(cobalt_webhooks.registration)
    cobalt_webhooks.rotate_secret()
    assert cobalt.webhooks.configuration().secret not in (None, settings.secret)
    cobalt.appointments.create(mrn="414421", **BOOKING)
    # Verified with the new secret: the receiver only keeps what verifies.
    cobalt_webhooks.wait_for("appointment.created", timeout=SETTLED)
    other = cobalt_sandbox.practice(OTHER_PRACTICE).client()
    with pytest.raises(Exception) as raised:  # another integration's registration is not found
        other.webhooks.delete(str(cobalt_webhooks.registration.id))
    assert type(raised.value).__name__ == "NotFoundError"
    cobalt.webhooks.delete(str(cobalt_webhooks.registration.id))
    assert cobalt.webhooks.configuration().urls == []


def test_registration_takes_the_integrations_two_credentials_only(cobalt_sandbox) -> None:
    two = {name: DEMO_CREDENTIALS[name] for name in ("client_id", "client_secret")}
    answer = httpx.get(f"{cobalt_sandbox.base_url}/webhook", headers=two)
    assert answer.status_code == 200 and answer.json()["webhook_urls"] == []
    wrong = httpx.get(f"{cobalt_sandbox.base_url}/webhook", headers={**two, "client_secret": "wrong"})
    assert (wrong.status_code, wrong.json()["code"]) == (401, "unauthorized")
    polled = httpx.get(f"{cobalt_sandbox.base_url}/webhook-events", params={"job_id": "x"}, headers=two)
    assert polled.status_code == 401  # polling by job carries the access token as well


def test_an_undelivered_event_is_delivered_after_a_restart(start_sandbox, tmp_path: Path) -> None:
    # A receiver that accepts the connection and never answers holds the first attempt in flight.
    silent = socket.create_server(("127.0.0.1", 0))
    port = silent.getsockname()[1]
    credentials = reference.EXAMPLE_CREDENTIALS
    with start_sandbox(tmp_path / "cobalt.db", booking_delay=0) as first:
        cobalt = Cobalt(**credentials, base_url=first.url)
        registration = cobalt.webhooks.register(f"http://127.0.0.1:{port}/hook")
        created = cobalt.appointments.create(mrn="414421", **BOOKING)
        polled = cobalt.webhooks.wait_for(created.job_id, timeout=5, interval=0.1)
        time.sleep(0.5)  # the courier has claimed the delivery and waits for an answer
        assert first.process is not None
        os.killpg(first.process.pid, signal.SIGKILL)
        first.process.wait()
        cobalt.close()
    silent.close()
    receiver = Receiver(registration.secret, port=port)
    try:
        with start_sandbox(tmp_path / "cobalt.db", booking_delay=0):
            event = receiver.wait_for("appointment.created", timeout=5)
        assert (event.id, event.job_id) == (polled.id, created.job_id)
    finally:
        receiver.close()


def test_the_allow_list_and_the_reference_ids_come_from_the_environment(tmp_path: Path) -> None:
    more = tmp_path / "credentials.json"
    more.write_text(
        '[{"client_id": "ci_2", "client_secret": "cs_2", "access_token": "at_2", "practice": "second",'
        ' "access_token_reference_id": "clinic_2"}]'
    )
    settings = Settings.from_env(
        {"SANDBOX_WEBHOOK_HOSTS": " Hooks.Example , other.test", "SANDBOX_CREDENTIALS": str(more)}
    )
    assert settings.webhook_hosts == ("hooks.example", "other.test")
    assert [c.reference for c in settings.credentials] == ["clinic_demo", "clinic_2"]
