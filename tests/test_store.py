"""The list filters are answered by the database from indexes (a list costs what its answer costs,
not the table), with the same results as the exact rules; an older sandbox's database gets the
indexed columns on its first start."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from cobalt_kit.sandbox.backend import Backend, Origin
from cobalt_kit.sandbox.families.appointments.rules import Filters
from cobalt_kit.sandbox.families.appointments.tables import FIRST_ID, AppointmentTables, Narrowing
from cobalt_kit.sandbox.store import Store

from support.bookings import DEMO_VISIT

ALL_DATES = {"start": dt.date(2000, 1, 1), "end": dt.date(2100, 1, 1)}
BOOKING = {**DEMO_VISIT, "datetime": "2031-05-06T10:00:00-07:00"}


@pytest.fixture
def backend() -> Backend:
    backend = Backend(Store(":memory:"), booking_delay=0)
    backend.seed(["demo"])
    return backend


def plan(backend: Backend, narrowing: Narrowing) -> str:
    """The query plan of a list with this narrowing, as SQLite tells it."""
    captured: list[str] = []
    backend.store.db.set_trace_callback(captured.append)
    backend.appointments.tables.between("demo", "2000-01-01", "2100-01-01", narrowing)
    backend.store.db.set_trace_callback(None)
    query = next(q for q in captured if q.startswith("SELECT a.doc"))
    return " | ".join(row[3] for row in backend.store.db.execute(f"EXPLAIN QUERY PLAN {query}"))


@pytest.mark.parametrize(
    ("narrowing", "index"),
    [
        (Narrowing(mrn="414421"), "appointments_by_mrn"),
        (Narrowing(phone="2223334444"), "appointments_by_phone"),
        (Narrowing(mode="telemedicine"), "appointments_by_mode"),
        (Narrowing(name="ample"), "VIRTUAL TABLE INDEX 0:L0"),  # the trigram index answers the LIKE
    ],
    ids=["mrn", "phone", "mode", "name"],
)
def test_each_filter_is_answered_from_an_index(backend: Backend, narrowing: Narrowing, index: str) -> None:
    assert index in plan(backend, narrowing)


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        ({"patient_name": "AMPLE"}, {"Sam Example", "Alex Sample"}),
        ({"patient_name": "Do"}, {"Jane Doe"}),  # two characters: below the trigram index, same answer
        ({"patient_name": "e_a"}, set()),  # LIKE's wildcards are plain characters to the filter
        ({"patient_name": "%"}, set()),
        ({"patient_phone": "+1 (222) 333-4444"}, {"Jane Doe"}),
        ({"patient_phone": "no digits"}, set()),
        ({"patient_mrn": "414421", "appointment_mode": "telemedicine"}, {"Jane Doe"}),
    ],
)
def test_indexed_answers_are_the_exact_rules_answers(backend: Backend, filters: dict, names: set) -> None:
    found = backend.appointments.list("demo", Filters(**ALL_DATES, **filters))
    assert {a["patient_name"] for a in found} == names


def test_a_database_of_an_earlier_sandbox_gets_the_indexed_columns(tmp_path: Path) -> None:
    old = sqlite3.connect(tmp_path / "old.db")
    old.executescript(
        "CREATE TABLE appointments (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE, practice TEXT NOT NULL,"
        " day TEXT NOT NULL, status TEXT NOT NULL, settles_at REAL, doc TEXT NOT NULL);"
        " CREATE TABLE practices (practice TEXT PRIMARY KEY); INSERT INTO practices VALUES ('demo');"
    )
    doc = {"id": "1", "datetime": "2024-03-14T09:00:00-07:00", "status": "pending", "patient_name": "Jane Doe",
           "patient_mrn": "414421", "patient_phone": "222-333-4444", "appointment_mode": "office"}  # fmt: skip
    old.execute("INSERT INTO appointments (id, practice, day, status, settles_at, doc) VALUES ('1', 'demo',"
                " '2024-03-14', 'pending', 12345.0, ?)", (json.dumps(doc),))  # fmt: skip
    old.commit()
    old.close()
    store = Store(str(tmp_path / "old.db"))
    tables = AppointmentTables(store)
    assert [d["id"] for d in tables.between("demo", "2024-03-14", "2024-03-14", Narrowing(name="jane"))] == ["1"]
    assert [d["id"] for d in tables.between("demo", "2024-03-14", "2024-03-14", Narrowing(phone="2223334444"))] == ["1"]
    (settles_at,) = store._db.execute("SELECT settles_at FROM appointments").fetchone()
    assert settles_at == 12345.0  # a pending booking still settles when it was due


def test_new_ids_follow_the_last_row_and_a_write_keeps_the_indexes_true(backend: Backend) -> None:
    """A create takes the next row's number as its id without writing the row twice; a settle
    (which changes no filter's value) and a move to another day both leave the filters answering
    what the exact rules answer."""
    origin = Origin("ci", "ref")
    rows = len(backend.appointments.list("demo", Filters(**ALL_DATES)))  # the demo rows, with the reference's ids
    first, _ = backend.appointments.create("demo", BOOKING, origin)
    second, _ = backend.appointments.create("demo", BOOKING, origin)
    assert (int(first), int(second)) == (FIRST_ID + rows + 1, FIRST_ID + rows + 2)

    def names_on(day: str) -> dict[str, str]:
        on = dt.date.fromisoformat(day)
        found = backend.appointments.list("demo", Filters(start=on, end=on, patient_name="jane", patient_mrn="414421"))
        return {a["id"]: a["status"] for a in found}

    assert names_on("2031-05-06") == {first: "scheduled", second: "scheduled"}  # settled (no delay)
    assert backend.appointments.ehr_action("demo", first, "change", {"datetime": "2031-05-07T10:00:00-07:00"}, origin)
    assert names_on("2031-05-06") == {second: "scheduled"}
    assert names_on("2031-05-07") == {first: "scheduled"}


def test_a_name_search_finds_what_was_stored_since_the_last_one(backend: Backend) -> None:
    """A create leaves its name out of the trigram index; the next name search puts it in, also
    after the rows the index held last were forgotten with their practice."""
    backend.reset_practice("other", Origin("ci", "ref"), demo=False, with_reference_ids=False)  # without rows
    origin = Origin("ci", "ref", backend.resets)  # a call after the reset

    def janes(practice: str) -> set[str]:
        return {a["id"] for a in backend.appointments.list(practice, Filters(**ALL_DATES, patient_name="jane"))}

    before = janes("demo")
    first, _ = backend.appointments.create("demo", BOOKING, origin)
    other, _ = backend.appointments.create("other", BOOKING, origin)
    assert other in janes("other")  # the index now ends with `other`
    second, _ = backend.appointments.create("demo", BOOKING, origin)
    backend.reset_practice("other", origin, demo=False, with_reference_ids=False)
    assert janes("demo") == before | {first, second}
    third, _ = backend.appointments.create("demo", BOOKING, origin)  # a reset of another practice voids nothing here
    assert janes("demo") == before | {first, second, third}
    assert janes("other") == set()


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now


def _pending_booking(backend: Backend) -> str:
    fields = {"mrn": "414421", "location": "Good Clinic", "provider": "Good Doctor", "type": "f/u",
              "datetime": "2030-03-04T09:00:00-08:00"}  # fmt: skip
    id_, _ = backend.appointments.create("demo", fields, Origin("ci_demo", "demo-reference"))
    return id_


def test_a_read_settles_what_came_due_while_nothing_was_written() -> None:
    # A read skips the families' due queries while nothing was written since the last look and
    # nothing is due yet; time passing alone must still bring the EHR's answer.
    clock = Clock()
    backend = Backend(Store(":memory:"), booking_delay=60, clock=clock)
    backend.seed(["demo"])
    booked = _pending_booking(backend)
    assert backend.appointments.get("demo", booked)["status"] == "pending"
    clock.now += 59
    assert backend.appointments.get("demo", booked)["status"] == "pending"
    clock.now += 2
    assert backend.appointments.get("demo", booked)["status"] != "pending"


def test_a_settle_rolled_back_with_its_transaction_is_made_again_by_the_next_read() -> None:
    clock = Clock()
    backend = Backend(Store(":memory:"), booking_delay=60, clock=clock)
    backend.seed(["demo"])
    booked = _pending_booking(backend)
    clock.now += 61
    with pytest.raises(RuntimeError), backend.transaction():  # settles first, then fails: nothing kept
        raise RuntimeError
    assert backend.appointments.get("demo", booked)["status"] != "pending"
