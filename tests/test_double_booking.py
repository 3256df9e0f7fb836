"""`prevent_double_booking` as the create page documents it: with the flag, a booking that overlaps
a visit on its provider's schedule fails (asynchronously, as every booking settles) with
`conflict_type` and `conflict_details` in `appointment.failed`, for eClinicalWorks and Practice
Fusion; every other EHR accepts the flag and ignores it. The sandbox's "demo" practice runs
eClinicalWorks, its "other" practice WebPT."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cobalt_kit.pytest_plugin import OTHER_PRACTICE
from cobalt_kit.sandbox.families.appointments import rules

from support import document

# A visit on the demo provider's schedule (booked by staff), and bookings against it.
VISIT = {"mrn": "414421", "location": "Good Clinic", "provider": "6644", "type": "f/u"}
VISIT_START = "2026-05-04T09:00:00-07:00"


@pytest.fixture(autouse=True)
def _nothing_settles_by_itself(cobalt_sandbox) -> None:
    # The plugin's 0.2 s would let a slow machine settle a booking before the test's settle does.
    cobalt_sandbox.booking_delay = 3600


def _book(practice: Any, flag: str | None, datetime: str, provider: str = "6644") -> str:
    fields = {**VISIT, "provider": provider, "datetime": datetime, "duration": "30"}
    if flag is not None:
        fields["prevent_double_booking"] = flag
    response = httpx.post(f"{practice.base_url}/appointments", headers=practice.headers, json=fields, timeout=10)
    assert response.status_code == 200, response.text
    body = response.json()
    return str(body["appointment_id"] if "appointment_id" in body else body["data"]["appointment_id"])


def _visit(practice: Any) -> str:
    (visit,) = practice.seed([{**VISIT, "datetime": VISIT_START, "duration": "30"}])
    return visit


def test_an_overlapping_booking_fails_with_the_conflict_on_ecw(cobalt_sandbox, cobalt_webhooks) -> None:
    visit = _visit(cobalt_sandbox)
    booking = _book(cobalt_sandbox, "true", "2026-05-04T09:15:00-07:00")
    assert cobalt_sandbox.settle(booking)["status"] == "failed"
    event = cobalt_webhooks.wait_for("appointment.failed")
    for schema in ("WebhookEvent", "AppointmentFailedEvent"):
        document.validator({"$ref": f"#/components/schemas/{schema}"}).validate(event.body)
    assert event.model().data.conflict_type == "existing_visit"
    data = event.data
    assert data["appointment_id"] == booking
    assert data["conflict_type"] == "existing_visit"
    assert data["conflict_details"] == {
        "appointment_id": visit,
        "start": "2026-05-04T09:00:00-07:00",
        "end": "2026-05-04T09:30:00-07:00",
        "kind": "visit",
    }
    assert [reason["code"] for reason in data["reasons"]] == ["DOUBLE_BOOKING"]
    # Sent again at a free time, the failed booking goes to the EHR once more, and books.
    cobalt = cobalt_sandbox.client()
    cobalt.appointments.update(booking, datetime="2026-05-04T09:30:00-07:00")
    assert cobalt_sandbox.settle(booking)["status"] == "scheduled"


def test_a_booking_on_a_schedule_block_fails_with_the_block(cobalt_sandbox, cobalt_webhooks) -> None:
    block = cobalt_sandbox.ehr.block("6644", "2026-05-04T12:00:00-07:00", duration=60)
    booking = _book(cobalt_sandbox, "true", "2026-05-04T12:45:00-07:00")
    assert cobalt_sandbox.settle(booking)["status"] == "failed"
    event = cobalt_webhooks.wait_for("appointment.failed")
    document.validator({"$ref": "#/components/schemas/AppointmentFailedEvent"}).validate(event.body)
    assert event.data["conflict_type"] == "schedule_block"
    assert event.data["conflict_details"] == {
        "block_id": block,
        "start": "2026-05-04T12:00:00-07:00",
        "end": "2026-05-04T13:00:00-07:00",
        "kind": "block",
    }
    # The block is the provider's only: another provider books, and so does the time after it.
    assert cobalt_sandbox.settle(_book(cobalt_sandbox, "true", "2026-05-04T12:45:00-07:00", "7755"))["status"] == (
        "scheduled"
    )
    assert cobalt_sandbox.settle(_book(cobalt_sandbox, "true", "2026-05-04T13:00:00-07:00"))["status"] == "scheduled"


def test_a_block_is_forgotten_with_its_practice(cobalt_sandbox) -> None:
    cobalt_sandbox.ehr.block("6644", VISIT_START, duration=60)
    cobalt_sandbox.reset_practice()
    assert cobalt_sandbox.settle(_book(cobalt_sandbox, "true", VISIT_START))["status"] == "scheduled"


@pytest.mark.parametrize(
    "start",
    ["2026-05-04T09:30:00-07:00", "2026-05-04T08:30:00-07:00", "2026-05-04T16:30:00Z"],
    ids=["right-after", "right-before", "after-in-another-offset"],
)
def test_a_booking_next_to_the_visit_books(cobalt_sandbox, start: str) -> None:
    _visit(cobalt_sandbox)
    assert cobalt_sandbox.settle(_book(cobalt_sandbox, "true", start))["status"] == "scheduled"


def test_another_providers_visit_is_no_conflict(cobalt_sandbox) -> None:
    _visit(cobalt_sandbox)
    booking = _book(cobalt_sandbox, "true", "2026-05-04T09:15:00-07:00", provider="7755")
    assert cobalt_sandbox.settle(booking)["status"] == "scheduled"


def test_an_overlap_in_another_offset_is_a_conflict(cobalt_sandbox) -> None:
    _visit(cobalt_sandbox)
    assert cobalt_sandbox.settle(_book(cobalt_sandbox, "true", "2026-05-04T16:29:00Z"))["status"] == "failed"


def test_a_natural_settle_checks_too(cobalt_sandbox) -> None:
    _visit(cobalt_sandbox)
    booking = _book(cobalt_sandbox, "true", "2026-05-04T09:00:00-07:00")
    cobalt_sandbox.advance_clock(3600)
    assert cobalt_sandbox.client().appointments.get(booking).status == "failed"


def test_another_ehr_ignores_the_flag(cobalt_sandbox) -> None:
    other = cobalt_sandbox.practice(OTHER_PRACTICE)
    _visit(other)
    assert other.settle(_book(other, "true", "2026-05-04T09:15:00-07:00"))["status"] == "scheduled"


@pytest.mark.parametrize("flag", ["false", None], ids=["false", "absent"])
def test_without_the_flag_an_overlap_books(cobalt_sandbox, flag: str | None) -> None:
    _visit(cobalt_sandbox)
    assert cobalt_sandbox.settle(_book(cobalt_sandbox, flag, "2026-05-04T09:15:00-07:00"))["status"] == "scheduled"


def test_cancelled_and_pending_visits_are_not_on_the_schedule() -> None:
    booking = {"id": "2", "datetime": "2026-05-04T09:00:00-07:00", "duration": 30, "_provider": "6644"}
    others = [{**booking, "id": "1", "status": status} for status in ("cancelled", "failed", "pending")]
    assert rules.double_booking(booking, others) is None
    assert rules.double_booking(booking, [{**booking, "id": "1", "status": "completed"}]) is not None


def test_the_client_sends_the_flag_and_the_booking_fails(cobalt_sandbox) -> None:
    _visit(cobalt_sandbox)
    cobalt = cobalt_sandbox.client()
    booking = dict(VISIT, datetime="2026-05-04T09:15:00-07:00", duration=30)
    refused = cobalt.appointments.create(**booking, prevent_double_booking=True).appointment_id
    assert cobalt_sandbox.settle(refused)["status"] == "failed"
    (sent,) = [entry.body for entry in cobalt_sandbox.journal() if entry.operation_id == "create_appointment"]
    assert sent["prevent_double_booking"] == "true"
    unchecked = cobalt.appointments.create(**booking, prevent_double_booking=False).appointment_id
    assert cobalt_sandbox.settle(unchecked)["status"] == "scheduled"


def test_a_checked_booking_at_the_calendars_end_settles_and_breaks_nothing(cobalt_sandbox) -> None:
    """Its span runs past 9999-12-31: nothing can conflict there, and its settle (which every later
    request runs) must not fail."""
    cobalt = cobalt_sandbox.client()
    booking = dict(VISIT, datetime="9999-12-31T23:00:00+00:00", duration=9999)
    created = cobalt.appointments.create(**booking, prevent_double_booking="true").appointment_id
    assert cobalt_sandbox.settle(created)["status"] == "scheduled"
    assert cobalt.appointments.get(created).status == "scheduled"


def test_the_flag_as_a_string_keeps_its_meaning(cobalt_sandbox) -> None:
    cobalt = cobalt_sandbox.client()
    cobalt.appointments.create(**VISIT, datetime=VISIT_START, prevent_double_booking="false", new_patient="False")
    (sent,) = [entry.body for entry in cobalt_sandbox.journal() if entry.operation_id == "create_appointment"]
    assert (sent["prevent_double_booking"], sent["new_patient"]) == ("false", "false")
    with pytest.raises(ValueError, match="prevent_double_booking"):
        cobalt.appointments.create(**VISIT, datetime=VISIT_START, prevent_double_booking="yes")
