"""Issue #25's acceptance, written as an integrator would: the kit's fixtures and `Cobalt` only.

Find the provider and the location by name, read the visit types from the settings, ask for the
open slots, book the first one for a patient found by search, see `appointment.created` and the
slot gone; create a new patient and book them; have the clinic change a visit in the EHR and see it
through a live fetch and its event.
"""

from __future__ import annotations

import datetime as dt
import time

from cobalt_kit.pytest_plugin import SandboxPractice, Webhooks
from cobalt_kit.webhooks import Event

DAY = "2031-03-04"  # a Tuesday: Good Doctor works 08:00-12:00 and 13:00-17:00 at Good Clinic


def event_of(webhooks: Webhooks, type_: str, job_id: str | None, timeout: float = 10.0) -> Event:
    """The received event of this type (and job): deliveries of earlier jobs may come first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for event in webhooks.events:
            if event.type == type_ and (job_id is None or event.job_id == job_id):
                return event
        time.sleep(0.05)
    raise AssertionError(f"no {type_} event of job {job_id} within {timeout} s")


def test_an_integrator_books_the_first_open_slot_creates_a_patient_and_sees_the_clinics_change(
    cobalt_sandbox: SandboxPractice, cobalt_webhooks: Webhooks
) -> None:
    cobalt = cobalt_sandbox.client()
    provider = next(p for p in cobalt.providers.list().providers if p.name == "Good Doctor")
    location = next(loc for loc in cobalt.locations.list().locations if loc.name == "Good Clinic")
    visit_type = next(t.code for t in cobalt.settings.get().data.visit_types if t.code == "f/u")

    slots = cobalt.availability.get(DAY, DAY, provider_ids=provider.ehr_id, location_ids=location.ehr_id)
    first = slots.results.availability[0]
    assert (first.range_start, first.facility_id) == (f"{DAY}T08:00:00.000-08:00", location.ehr_id)

    (jane,) = cobalt.patients.list(last_name="Doe")
    booked = cobalt.appointments.create(
        mrn=jane.mrn, location=location.ehr_id, provider=provider.ehr_id, type=visit_type,
        datetime=first.range_start, duration=30,
    )  # fmt: skip
    created = event_of(cobalt_webhooks, "appointment.created", booked.job_id)
    assert created.data["appointment_id"] == booked.appointment_id and created.data["mrn"] == jane.mrn
    again = cobalt.availability.get(DAY, DAY, provider_ids=provider.ehr_id).results.availability
    assert again[0].range_start == f"{DAY}T08:30:00.000-08:00"  # the booked half hour is gone

    new = cobalt.patients.create(first_name="Robin", last_name="Synthetic", dob="1990-02-03", sex="female")
    made = event_of(cobalt_webhooks, "patient.created", new.job_id)
    assert made.data["patient_id"] == new.patient_id
    theirs = cobalt.appointments.create(
        mrn=made.data["mrn"], location=location.ehr_id, provider=provider.ehr_id, type=visit_type,
        datetime=again[0].range_start,
    )  # fmt: skip
    assert event_of(cobalt_webhooks, "appointment.created", theirs.job_id).data["mrn"] == made.data["mrn"]

    moved = f"{DAY}T15:00:00-08:00"
    cobalt_sandbox.control("POST", f"ehr/appointments/{booked.appointment_id}/unsynced", {"datetime": moved})
    when = dt.datetime.fromisoformat(moved)
    assert cobalt.appointments.get(booked.appointment_id).datetime_ != when  # the cached list has not seen it
    fetch = cobalt.appointments.fetch(start_date=DAY, end_date=DAY)
    job = fetch.job_id or fetch.job_execution_id
    completed = event_of(cobalt_webhooks, "appointment.live_fetch_completed", job)
    seen = {a["id"]: a for a in completed.data["appointments"]}
    assert seen[booked.appointment_id]["datetime"] == moved
    assert completed.body["action"] == "sync" and "timestamp" in completed.body
    assert cobalt.appointments.get(booked.appointment_id).datetime_ == when  # synced by the live fetch
