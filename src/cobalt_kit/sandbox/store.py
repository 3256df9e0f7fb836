"""The sandbox's appointments in SQLite (WAL): one row per appointment, partitioned by practice.

Every method takes the store's lock, so concurrent requests see each other's writes in order, and
commits before it returns, so an acknowledged write survives a restart. A booking's move from
`pending` to `scheduled` (or `failed`) is applied lazily, by the first request after it is due.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cobalt_kit.sandbox.seed import PATIENTS, demo_appointments

FIRST_ID = 30_000_000
# Like a payment sandbox's test cards: these values make a booking fail, with this reason.
# Keyed by the stored field: the request's `provider` is kept as `_provider`, `mrn` as `patient_mrn`.
MAGIC_FAILURES = {
    ("_provider", "Dr. Unavailable"): "provider_unavailable",
    ("location", "Closed Clinic"): "location_closed",
    ("patient_mrn", "000000"): "patient_not_found",
}
# What a scheduled (or finished) appointment still accepts.
ALWAYS_EDITABLE = {"status", "note"}
# The one status a client may set, and from which statuses.
CANCELLABLE = {"pending", "failed", "scheduled"}
TELEMEDICINE_TYPES = {"telephone", "televisit", "televisit1", "televisit2", "televisit3", "te", "tf"}
DEFAULT_DURATION = 15

SCHEMA = """
CREATE TABLE IF NOT EXISTS appointments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT UNIQUE,
    practice TEXT NOT NULL,
    day TEXT NOT NULL,
    status TEXT NOT NULL,
    settles_at REAL,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS appointments_by_day ON appointments (practice, day);
CREATE INDEX IF NOT EXISTS appointments_due ON appointments (status, settles_at);
CREATE TABLE IF NOT EXISTS practices (practice TEXT PRIMARY KEY);
"""


class Conflict(Exception):
    """The change is not allowed in the appointment's current status."""


@dataclass(frozen=True)
class Filters:
    start: dt.date
    end: dt.date
    patient_mrn: str | None = None
    patient_name: str | None = None
    patient_phone: str | None = None
    appointment_mode: str | None = None
    include_note: bool = False


def _digits(phone: str | None) -> str:
    digits = re.sub(r"\D", "", phone or "")
    # A leading country code 1 does not make it another number.
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def _same_phone(query: str, stored: str | None) -> bool:
    return bool(_digits(query)) and _digits(query) == _digits(stored)


def public(doc: dict[str, Any], include_note: bool = True) -> dict[str, Any]:
    """The appointment as the API shows it: no internal fields, no null-only sandbox extras."""
    shown = {k: v for k, v in doc.items() if not k.startswith("_")}
    if not include_note:
        shown.pop("note", None)
    if shown.get("failure_reason") is None:
        shown.pop("failure_reason", None)
    return shown


class Store:
    def __init__(self, path: str, booking_delay: float, clock: Callable[[], float] = time.time) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a committed write survives a crash of the process (not of the machine).
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()
        self._delay = booking_delay
        self._clock = clock

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._settle_due()
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    # --- life cycle ---------------------------------------------------------------------------------

    def seed(self, practice: str, with_reference_ids: bool) -> None:
        """Gives a practice the demo schedule, once (a restart keeps what it has)."""
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM practices WHERE practice = ?", (practice,)).fetchone():
                return
            db.execute("INSERT INTO practices VALUES (?)", (practice,))
            for doc in demo_appointments(with_reference_ids):
                self._insert(db, practice, doc, settles_at=None)

    def reset(self) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM appointments")
            db.execute("DELETE FROM practices")
            db.execute("DELETE FROM sqlite_sequence")  # new ids start again where a fresh sandbox's do

    def _settle_due(self) -> None:
        due = self._db.execute(
            "SELECT id, doc FROM appointments WHERE status = 'pending' AND settles_at <= ?", (self._clock(),)
        ).fetchall()
        for id_, raw in due:
            doc = json.loads(raw)
            reason = next((r for (field, value), r in MAGIC_FAILURES.items() if doc.get(field) == value), None)
            if reason:
                doc.update(status="failed", failure_reason=reason)
            else:
                doc.update(status="scheduled", failure_reason=None, ehr_appointment_id=f"E{id_}")
            self._write(self._db, id_, doc, settles_at=None)

    # --- rows ------------------------------------------------------------------------------------

    def _insert(self, db: sqlite3.Connection, practice: str, doc: dict[str, Any], settles_at: float | None) -> str:
        cursor = db.execute(
            "INSERT INTO appointments (id, practice, day, status, settles_at, doc) VALUES (?, ?, ?, ?, ?, ?)",
            (doc["id"], practice, doc["datetime"][:10], doc["status"], settles_at, "{}"),
        )
        id_ = doc["id"] or str(FIRST_ID + (cursor.lastrowid or 0))
        self._write(db, id_, {**doc, "id": id_}, settles_at, seq=cursor.lastrowid)
        return id_

    def _write(
        self, db: sqlite3.Connection, id_: str, doc: dict[str, Any], settles_at: float | None, seq: int | None = None
    ) -> None:
        where, key = ("seq = ?", seq) if seq is not None else ("id = ?", id_)
        db.execute(
            f"UPDATE appointments SET id = ?, day = ?, status = ?, settles_at = ?, doc = ? WHERE {where}",
            (id_, doc["datetime"][:10], doc["status"], settles_at, json.dumps(doc), key),
        )

    def _load(self, db: sqlite3.Connection, practice: str, id_: str) -> dict[str, Any] | None:
        row = db.execute("SELECT doc FROM appointments WHERE practice = ? AND id = ?", (practice, id_)).fetchone()
        return json.loads(row[0]) if row else None

    # --- the four operations -----------------------------------------------------------------------

    def list(self, practice: str, filters: Filters) -> list[dict[str, Any]]:
        with self._transaction() as db:
            rows = db.execute(
                "SELECT doc FROM appointments WHERE practice = ? AND day BETWEEN ? AND ? ORDER BY day, seq",
                (practice, filters.start.isoformat(), filters.end.isoformat()),
            ).fetchall()
        found = []
        for (raw,) in rows:
            doc = json.loads(raw)
            if filters.patient_mrn is not None and doc.get("patient_mrn") != filters.patient_mrn:
                continue
            if (
                filters.patient_name is not None
                and filters.patient_name.lower() not in (doc.get("patient_name") or "").lower()
            ):
                continue
            if filters.patient_phone is not None and (
                not _digits(filters.patient_phone)
                or _digits(filters.patient_phone) != _digits(doc.get("patient_phone"))
            ):
                continue
            if filters.appointment_mode is not None and doc.get("appointment_mode") != filters.appointment_mode:
                continue
            found.append(public(doc, include_note=filters.include_note))
        return found

    def get(self, practice: str, id_: str) -> dict[str, Any] | None:
        with self._transaction() as db:
            doc = self._load(db, practice, id_)
        return public(doc, include_note=False) if doc else None

    def create(self, practice: str, fields: dict[str, Any]) -> str:
        doc = self._new_appointment(practice, fields)
        with self._transaction() as db:
            return self._insert(db, practice, doc, settles_at=self._clock() + self._delay)

    def update(self, practice: str, id_: str, fields: dict[str, Any]) -> bool:
        """False when there is no such appointment; Conflict when its status forbids the change."""
        with self._transaction() as db:
            doc = self._load(db, practice, id_)
            if doc is None:
                return False
            status = doc["status"]
            if status not in ("pending", "failed") and set(fields) - ALWAYS_EDITABLE:
                raise Conflict(f"A {status} appointment accepts changes to status and note only.")
            wanted = fields.get("status", status)
            if wanted != status and (wanted != "cancelled" or status not in CANCELLABLE):
                raise Conflict(f"A {status} appointment cannot be set to {wanted}; only cancelling is allowed.")
            changed = self._apply(doc, fields)
            settles_at = None
            if status == "failed" and set(fields) - ALWAYS_EDITABLE:
                # A changed failed booking goes to the EHR again.
                changed.update(status="pending", failure_reason=None)
                settles_at = self._clock() + self._delay
            elif changed["status"] == "pending":
                settles_at = self._clock() + self._delay
            self._write(db, id_, changed, settles_at)
            return True

    # --- mapping requests onto appointments -------------------------------------------------------

    def _patient(self, fields: dict[str, Any]) -> dict[str, Any]:
        """The patient the EHR would find for this MRN or name (a demo patient), else what was sent."""
        for patient in PATIENTS:
            if fields.get("mrn") == patient["patient_mrn"] or (
                "mrn" not in fields
                and (fields.get("patient_name") or "").lower() == str(patient["patient_name"]).lower()
            ):
                return dict(patient)
        sent = {"patient_name": fields.get("patient_name"), "patient_mrn": fields.get("mrn")}
        return {k: v for k, v in sent.items() if v is not None}

    def _new_appointment(self, practice: str, fields: dict[str, Any]) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "id": None,
            "status": "pending",
            "ehr_appointment_id": None,
            "duration": DEFAULT_DURATION,
            "note": None,
            "failure_reason": None,
            "provider_ehr_id": None,
            "provider_npi": None,
            **self._patient(fields),
        }
        if "datetime" in fields:
            doc["datetime"] = fields["datetime"]
        else:  # the deprecated pair; the sandbox reads the time in UTC
            clock = dt.datetime.strptime(fields["time"].replace(" ", ""), "%I:%M%p").time()
            doc["datetime"] = dt.datetime.combine(fields["date"], clock, tzinfo=dt.UTC)
        return self._apply(doc, {k: v for k, v in fields.items() if k not in ("datetime", "date", "time")})

    def _apply(self, doc: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
        changed = dict(doc)
        for name, value in fields.items():
            if name in ("datetime", "appointment_datetime"):
                changed["datetime"] = value
            elif name == "type":
                changed["appointment_type"] = value
                changed["appointment_mode"] = "telemedicine" if value in TELEMEDICINE_TYPES else "office"
            elif name == "duration":
                changed["duration"] = int(value)
            elif name == "mrn":
                changed["patient_mrn"] = value
            elif name in ("provider", "reason"):
                changed[f"_{name}"] = value
            else:
                changed[name] = value
        if isinstance(changed.get("datetime"), dt.datetime):
            changed["datetime"] = changed["datetime"].isoformat()
        return changed
