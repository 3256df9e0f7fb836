"""The sandbox behaves like the Cobalt API: bookings, status rules, filters, credentials, storage.

Through the kit's own pytest plugin (cobalt_sandbox), as an integrator's tests would; a child process
only where a test needs one (the log, restarts)."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from types import SimpleNamespace
from urllib.parse import urlsplit

import httpx
import pytest

from cobalt_client.models import Appointment
from cobalt_kit import AuthenticationError, Cobalt, ConflictError, NotFoundError
from cobalt_kit.pytest_plugin import SandboxPractice
from cobalt_kit.sandbox.app import create_app
from cobalt_kit.sandbox.checks import describe
from cobalt_kit.sandbox.settings import Settings

from support import reference
from support.document import load


@pytest.fixture
def cobalt(cobalt_sandbox: SandboxPractice) -> Cobalt:
    return cobalt_sandbox.client(max_retries=0)


@pytest.fixture
def day() -> Callable[[], str]:
    """A day of its own for each booking a test makes, so that lists see only that test's bookings."""
    used: set[str] = set()

    def fresh() -> str:
        while True:
            candidate = date(2030 + uuid.uuid4().int % 60, 1 + uuid.uuid4().int % 12, 1 + uuid.uuid4().int % 28)
            if candidate.isoformat() not in used:
                used.add(candidate.isoformat())
                return candidate.isoformat()

    return fresh


def book(cobalt: Cobalt, on: str, **fields: str) -> str:
    values = {"mrn": "414421", "location": "Good Clinic", "provider": "Good Doctor", "type": "f/u", **fields}
    return cobalt.appointments.create(datetime=f"{on}T09:00:00-07:00", **values).appointment_id


def settled(cobalt: Cobalt, appointment_id: str, timeout: float = 15.0) -> Appointment:
    """The appointment once it left `pending` (the sandbox runs with a short booking delay)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        appointment = cobalt.appointments.get(appointment_id)
        if appointment.status != "pending":
            return appointment
        time.sleep(0.1)
    raise AssertionError(f"{appointment_id} still pending after {timeout}s")


def test_booking_life_cycle(cobalt: Cobalt, day) -> None:
    on = day()
    new_id = book(cobalt, on)
    assert [a.id for a in cobalt.appointments.list(on, on)] == [new_id]
    other = day()  # another day, which no test books on: its list is empty
    assert cobalt.appointments.list(other, other) == []
    # (that it is `pending` first is test_a_new_booking_is_pending's: here it settles after 0.2 s)
    scheduled = settled(cobalt, new_id)
    assert scheduled.status == "scheduled"
    assert scheduled.ehr_appointment_id
    with pytest.raises(ConflictError) as refused:
        cobalt.appointments.update(new_id, location="New Clinic")
    assert refused.value.code == "appointment_not_editable"
    cobalt.appointments.update(new_id, note="Synthetic note: running late.")
    cobalt.appointments.update(new_id, status="cancelled")
    assert cobalt.appointments.get(new_id).status == "cancelled"
    assert cobalt.appointments.get(new_id).location == "Good Clinic"


@pytest.fixture
def pending_cobalt(cobalt_sandbox: SandboxPractice) -> Cobalt:
    """Bookings stay pending for an hour: what a test sees does not depend on how fast this machine is."""
    cobalt_sandbox.booking_delay = 3600
    return cobalt_sandbox.client(max_retries=0)


def test_a_new_booking_is_pending(pending_cobalt: Cobalt, day) -> None:
    new_id = book(pending_cobalt, day())
    pending = pending_cobalt.appointments.get(new_id)
    assert (pending.status, pending.ehr_appointment_id) == ("pending", None)


def test_pending_appointment_accepts_any_attribute(pending_cobalt: Cobalt, day) -> None:
    cobalt = pending_cobalt
    on, later = day(), day()
    new_id = book(cobalt, on)
    cobalt.appointments.update(new_id, datetime=f"{later}T10:30:00-07:00", location="New Clinic", type="np")
    moved = cobalt.appointments.get(new_id)
    assert (moved.location, moved.appointment_type, moved.datetime_.isoformat()) == (
        "New Clinic", "np", f"{later}T10:30:00-07:00",
    )  # fmt: skip
    assert cobalt.appointments.list(on, on) == []


def test_booked_appointment_is_listed_in_range_only(cobalt: Cobalt, day) -> None:
    on = day()
    new_id = book(cobalt, on)
    before, after = date.fromisoformat(on).replace(day=1), date.fromisoformat(on).replace(day=28)
    assert new_id in {a.id for a in cobalt.appointments.list(before, after)}
    assert new_id in {a.id for a in cobalt.appointments.list(on, on)}
    assert new_id not in {a.id for a in cobalt.appointments.list(date(2029, 1, 1), date(2029, 12, 31))}


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("provider", "Dr. Unavailable", "provider_unavailable"),
        ("location", "Closed Clinic", "location_closed"),
        ("mrn", "000000", "patient_not_found"),
    ],
)
def test_magic_value_makes_the_booking_fail(cobalt: Cobalt, day, field: str, value: str, reason: str) -> None:
    new_id = book(cobalt, day(), **{field: value})
    failed = settled(cobalt, new_id)
    assert (failed.status, failed.failure_reason) == ("failed", reason)


def test_failed_booking_can_be_fixed_and_goes_through(cobalt: Cobalt, day) -> None:
    new_id = book(cobalt, day(), location="Closed Clinic")
    assert settled(cobalt, new_id).status == "failed"
    cobalt.appointments.update(new_id, location="Good Clinic")
    assert settled(cobalt, new_id).status == "scheduled"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"patient_mrn": "414421"}, {"Jane Doe"}),
        ({"patient_mrn": "41442"}, set()),
        ({"patient_name": "jAnE"}, {"Jane Doe"}),
        ({"patient_name": "ample"}, {"Sam Example", "Alex Sample"}),
        ({"patient_phone": "(222) 333 4444"}, {"Jane Doe"}),
        ({"patient_phone": "+1 222-333-4444"}, {"Jane Doe"}),
        ({"patient_phone": "555-010-0177"}, {"Alex Sample"}),
        ({"patient_phone": "333-4444"}, set()),
    ],
)
def test_patient_filter(cobalt: Cobalt, filters: dict, expected: set) -> None:
    found = cobalt.appointments.list("2024-03-01", "2024-04-30", **filters)
    assert {a.patient_name for a in found} == expected


def test_mode_filter(cobalt: Cobalt) -> None:
    everything = cobalt.appointments.list("2024-03-01", "2024-04-30")
    remote = cobalt.appointments.list("2024-03-01", "2024-04-30", appointment_mode="telemedicine")
    assert {a.appointment_mode for a in remote} == {"telemedicine"}
    assert 0 < len(remote) < len(everything)


def test_notes_travel_only_when_asked_for(cobalt: Cobalt) -> None:
    without = cobalt.appointments.list("2024-03-18", "2024-03-18")
    with_notes = cobalt.appointments.list("2024-03-18", "2024-03-18", include_note=True)
    assert all("note" not in a.to_dict() for a in without)
    assert [a.note for a in with_notes] == ["Synthetic note: review sleep study results."]


def test_start_and_end_dates_are_inclusive(cobalt: Cobalt) -> None:
    assert {a.id for a in cobalt.appointments.list("2024-03-14", "2024-03-14")} >= {"2109607", "1276397812"}
    assert cobalt.appointments.list("2024-03-15", "2024-03-17") == []


def test_each_practice_sees_only_its_own_appointments(cobalt: Cobalt, cobalt_sandbox: SandboxPractice, day) -> None:
    other = cobalt_sandbox.practice("other").client(max_retries=0)
    on = day()
    mine, theirs = book(cobalt, on), book(other, on)
    assert [a.id for a in cobalt.appointments.list(on, on)] == [mine]
    assert [a.id for a in other.appointments.list(on, on)] == [theirs]
    with pytest.raises(NotFoundError):
        other.appointments.get(mine)
    with pytest.raises(NotFoundError):
        other.appointments.update(mine, status="cancelled")
    assert cobalt.appointments.get(mine).status != "cancelled"


@pytest.mark.parametrize("wrong", reference.CREDENTIAL_HEADERS)
def test_a_wrong_credential_value_is_refused(cobalt_sandbox: SandboxPractice, wrong: str) -> None:
    credentials = {**cobalt_sandbox.headers, wrong: cobalt_sandbox.headers[wrong] + "x"}
    with pytest.raises(AuthenticationError):
        Cobalt(**credentials, base_url=cobalt_sandbox.base_url, max_retries=0).appointments.get("1276397812")


def test_mixing_two_practices_credentials_is_refused(cobalt_sandbox: SandboxPractice) -> None:
    mixed = {**cobalt_sandbox.headers, "access_token": cobalt_sandbox.practice("other").headers["access_token"]}
    with pytest.raises(AuthenticationError):
        Cobalt(**mixed, base_url=cobalt_sandbox.base_url, max_retries=0).appointments.get("1276397812")


def raw(sandbox: SandboxPractice, method: str, path: str, **kwargs) -> httpx.Response:
    return httpx.request(method, sandbox.base_url + path, headers=sandbox.headers, **kwargs)


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    [
        ("POST", "/appointments", {"content": b"{" + b" " * 70_000 + b"}"}, 413, "payload_too_large"),
        ("POST", "/appointments", {"content": b'{"mrn": ', "headers": {"Content-Type": "application/json"}}, 400,
         "invalid_request"),
        ("GET", "/appointments/999999999", {}, 404, "not_found"),
        ("PATCH", "/appointments/999999999", {"json": {"note": "x"}}, 404, "not_found"),
        ("GET", "/nowhere", {}, 404, "not_found"),
        ("GET", "/appointments", {"params": {"start_date": "2024-03-14", "end_date": "tomorrow"}}, 400,
         "invalid_request"),
    ],
    ids=["oversized", "malformed JSON", "unknown id", "update unknown id", "unknown path", "bad date"],
)  # fmt: skip
def test_bad_input_gets_the_error_envelope(cobalt_sandbox: SandboxPractice, method, path, kwargs, status, code) -> None:
    headers = {**cobalt_sandbox.headers, **kwargs.pop("headers", {})}
    response = httpx.request(method, cobalt_sandbox.base_url + path, headers=headers, **kwargs)
    assert response.status_code == status
    assert (response.json()["success"], response.json()["code"]) == (False, code)


def test_invalid_request_names_the_field_without_echoing_it(cobalt_sandbox: SandboxPractice) -> None:
    body = {**reference.CREATE_REQUEST, "time": "half past one (Jane's slot)"}
    response = raw(cobalt_sandbox, "POST", "/appointments", json=body)
    assert response.status_code == 400
    assert response.json()["message"].startswith("time:")
    assert "Jane" not in response.json()["message"]


def test_log_has_one_line_per_request_without_secrets_or_patient_data(sandbox) -> None:
    # The log of a real `cobalt sandbox` process, which the conftest starts with the reference's credentials.
    marker = f"/appointments/{uuid.uuid4().int % 10**9}"
    httpx.get(sandbox.url + marker, headers=reference.EXAMPLE_CREDENTIALS)
    cobalt = Cobalt(**reference.EXAMPLE_CREDENTIALS, base_url=sandbox.url, max_retries=0)
    cobalt.appointments.list("2024-03-01", "2024-04-30", patient_name="Jane Doe", patient_phone="222-333-4444")
    log = sandbox.log_path.read_text()
    requests = [line for line in log.splitlines() if " cobalt_kit.sandbox INFO " in line]
    assert any(line.endswith(f"GET {marker} 404") or f"GET {marker} 404 " in line for line in requests)
    # The start-up banner names the accepted client_id (not a secret); nothing else may appear.
    for secret in (reference.EXAMPLE_CREDENTIALS["client_secret"], reference.EXAMPLE_CREDENTIALS["access_token"]):
        assert secret not in log
    for value in (reference.EXAMPLE_CREDENTIALS["client_id"], "Jane", "222-333-4444", "414421"):
        assert not [line for line in requests if value in line]


def test_restart_keeps_every_acknowledged_write(start_sandbox, tmp_path, day) -> None:
    db = tmp_path / "restart.db"
    on = day()
    with start_sandbox(db, booking_delay=3600) as first:  # still pending when changed below
        cobalt = Cobalt(**reference.EXAMPLE_CREDENTIALS, base_url=first.url, max_retries=0)
        new_id = book(cobalt, on, note="Synthetic note: kept across restarts.")
        cobalt.appointments.update(new_id, location="New Clinic")
    with start_sandbox(db, booking_delay=3600) as second:
        cobalt = Cobalt(**reference.EXAMPLE_CREDENTIALS, base_url=second.url, max_retries=0)
        (kept,) = cobalt.appointments.list(on, on, include_note=True)
        assert (kept.id, kept.location, kept.note) == (new_id, "New Clinic", "Synthetic note: kept across restarts.")


def test_concurrent_creates_lose_nothing(cobalt: Cobalt, day) -> None:
    on = day()

    def create_50(thread: int) -> list[str]:
        return [book(cobalt, on, note=f"Synthetic note {thread}-{n}") for n in range(50)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        created = [i for ids in pool.map(create_50, range(8)) for i in ids]
    assert len(set(created)) == 400
    listed = cobalt.appointments.list(on, on, include_note=True)
    assert {a.id for a in listed} == set(created)
    assert {a.note for a in listed} == {f"Synthetic note {t}-{n}" for t in range(8) for n in range(50)}


def test_a_response_that_breaks_the_document_is_never_sent(tmp_path, monkeypatch, caplog) -> None:
    # The guard behind every answer: were the store to return a wrong type, the client gets a 500
    # envelope (which the contract tests catch) instead of a body that breaks the document.
    app = create_app(Settings(db_path=str(tmp_path / "guard.db"), booking_delay=0))
    broken = {"id": 1, "datetime": "x", "status": 2}
    monkeypatch.setattr(app.state.sandbox.backend.appointments, "get", lambda practice, id_: broken)
    demo = Settings().credentials[0]
    headers = demo.headers()

    async def get() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
            return await client.get("/appointments/2109607", headers=headers)

    response = asyncio.run(get())
    assert (response.status_code, response.json()["code"]) == (500, "internal_error")
    assert "response breaks the document" in caplog.text


# --- regressions of the hostile-input audit ------------------------------------------------------


def test_a_cancel_sent_with_other_changes_to_a_failed_booking_is_not_lost(cobalt: Cobalt, day) -> None:
    new_id = book(cobalt, day(), location="Closed Clinic")
    assert settled(cobalt, new_id).status == "failed"
    cobalt.appointments.update(new_id, status="cancelled", location="Good Clinic")
    time.sleep(0.5)  # past the booking delay: a resubmitted booking would be scheduled by now
    assert cobalt.appointments.get(new_id).status == "cancelled"


def test_a_lower_case_date_time_is_stored_in_one_canonical_form(cobalt_sandbox: SandboxPractice) -> None:
    # The reference's create, with a lower-case RFC 3339 date-time instead of its date + time pair.
    body = {k: v for k, v in reference.CREATE_REQUEST.items() if k not in ("date", "time")}
    body["datetime"] = "2031-05-06t10:00:00z"
    created = raw(cobalt_sandbox, "POST", "/appointments", json=body)
    assert created.status_code == 200, created.text
    new_id = created.json()["data"]["appointment_id"]
    cobalt = cobalt_sandbox.client()
    assert cobalt.appointments.get(new_id).datetime_.isoformat() == "2031-05-06T10:00:00+00:00"
    assert [a.id for a in cobalt.appointments.list("2031-05-06", "2031-05-06")] == [new_id]


def test_an_encoded_hash_in_the_id_changes_no_other_appointment(cobalt_sandbox: SandboxPractice) -> None:
    answer = raw(cobalt_sandbox, "PATCH", "/appointments/2109607%23x", json={"note": "Synthetic note: not mine."})
    assert answer.status_code == 404
    (kept,) = [a for a in cobalt_sandbox.client().appointments.list("2024-03-14", "2024-03-14", include_note=True)
               if a.id == "2109607"]  # fmt: skip
    assert kept.note is None


def test_a_client_that_hangs_up_mid_body_is_no_error(
    cobalt_sandbox: SandboxPractice, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    parts = urlsplit(cobalt_sandbox.base_url)
    head = (
        "POST /appointments HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 500\r\n"
        + "".join(f"{k}: {v}\r\n" for k, v in cobalt_sandbox.headers.items())
        + "\r\n"
    )
    with socket.create_connection((parts.hostname, parts.port)) as sock:
        sock.sendall(head.encode() + b'{"mrn": "4')
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and "client disconnected" not in caplog.text:
        time.sleep(0.05)
    assert "POST /appointments client disconnected" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


@pytest.mark.parametrize("status", ["scheduled", "completed", "failed"])
def test_a_client_sets_no_status_but_cancelled(pending_cobalt: Cobalt, day, status: str) -> None:
    new_id = book(pending_cobalt, day())
    with pytest.raises(ConflictError) as refused:
        pending_cobalt.appointments.update(new_id, status=status)
    assert refused.value.code == "appointment_not_editable"


def test_the_document_says_which_status_changes_answer_409() -> None:
    update = load()["paths"]["/appointments/{id}"]["patch"]
    assert "The one status a client may set is `cancelled`" in update["description"]
    assert "appointment_not_editable" in update["description"]


def test_a_rule_is_named_even_where_its_schema_cannot_be_walked_to() -> None:
    error = SimpleNamespace(schema_path=["allOf", 0, "$ref", "pattern"], instance_path=["time"])
    assert describe(error, "time", {"allOf": [{"$ref": "#/components/schemas/X"}]}, {"time": "x"}) == (
        "time: does not satisfy pattern"
    )
