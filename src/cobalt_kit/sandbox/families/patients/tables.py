"""The patients family's SQL: the practice's patients, with an index for every filter of GET
/patients, so that a search at a hundred thousand patients reads what it shows, not the table."""

from __future__ import annotations

import json
import math
from typing import Any

from cobalt_kit.sandbox.families.appointments.rules import digits
from cobalt_kit.sandbox.families.patients.rules import PatientFilters
from cobalt_kit.sandbox.store import LARGEST_INTEGER, Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS patients (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    practice TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    status TEXT NOT NULL,           -- pending (a create on its way to the EHR), created, failed
    settles_at REAL,
    mrn TEXT,
    ehr_id TEXT,
    dob TEXT,
    phone TEXT,                     -- its digits (rules.digits), as the filter compares them
    first_name TEXT,
    last_name TEXT,
    doc TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS patients_by_id ON patients (practice, patient_id);
-- Each filter's index starts with what every search fixes (the practice, created patients).
CREATE INDEX IF NOT EXISTS patients_by_mrn ON patients (practice, status, mrn);
CREATE INDEX IF NOT EXISTS patients_by_ehr_id ON patients (practice, status, ehr_id);
CREATE INDEX IF NOT EXISTS patients_by_dob ON patients (practice, status, dob);
CREATE INDEX IF NOT EXISTS patients_by_phone ON patients (practice, status, phone);
CREATE INDEX IF NOT EXISTS patients_by_practice ON patients (practice, status, seq);
CREATE INDEX IF NOT EXISTS patients_due ON patients (status, settles_at);
-- Names for substring search (case-insensitive): a trigram index answers `LIKE '%oh%'`-free
-- searches of three characters or more without a scan; rowid is the patient's seq.
CREATE VIRTUAL TABLE IF NOT EXISTS patient_first_names USING fts5(name, tokenize='trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS patient_last_names USING fts5(name, tokenize='trigram');
"""
# The exact filters, by their column.
EXACT = ("mrn", "ehr_id", "dob")
NAMES = {"first_name": "patient_first_names", "last_name": "patient_last_names"}
# The trigram index answers a substring of at least this many characters.
TRIGRAM = 3
# A seed this large merges the name indexes' segments after it.
BULK = 1000


class PatientTables:
    def __init__(self, store: Store) -> None:
        self._db = store.db
        self._db.executescript(SCHEMA)

    def clear(self) -> None:
        for table in ("patients", *NAMES.values()):
            self._db.execute(f"DELETE FROM {table}")

    def clear_practice(self, practice: str) -> None:
        for table in NAMES.values():
            self._db.execute(
                f"DELETE FROM {table} WHERE rowid IN (SELECT seq FROM patients WHERE practice = ?)", (practice,)
            )
        self._db.execute("DELETE FROM patients WHERE practice = ?", (practice,))

    def insert(
        self, practice: str, patient_id: str, status: str, doc: dict[str, Any], settles_at: float | None
    ) -> None:
        cursor = self._db.execute(
            "INSERT INTO patients (practice, patient_id, status, settles_at, mrn, ehr_id, dob, phone, first_name,"
            " last_name, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (practice, patient_id, status, settles_at, *_columns(doc), json.dumps(doc)),
        )
        self._index_names(int(cursor.lastrowid or 0), doc)

    def insert_many(self, practice: str, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """Created patients in one statement each table (the seed control's thousands)."""
        start = self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM patients").fetchone()[0]
        self._db.executemany(
            "INSERT INTO patients (seq, practice, patient_id, status, settles_at, mrn, ehr_id, dob, phone, first_name,"
            " last_name, doc) VALUES (?, ?, ?, 'created', NULL, ?, ?, ?, ?, ?, ?, ?)",
            [(start + n + 1, practice, pid, *_columns(doc), json.dumps(doc)) for n, (pid, doc) in enumerate(rows)],
        )
        for column, table in NAMES.items():
            self._db.executemany(
                f"INSERT INTO {table} (rowid, name) VALUES (?, ?)",
                [(start + n + 1, (doc.get(column) or "").lower()) for n, (_pid, doc) in enumerate(rows)],
            )
            if len(rows) >= BULK:  # one index segment, not one per batch: a search reads each segment
                self._db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    def _index_names(self, seq: int, doc: dict[str, Any]) -> None:
        for column, table in NAMES.items():
            self._db.execute(f"DELETE FROM {table} WHERE rowid = ?", (seq,))
            self._db.execute(f"INSERT INTO {table} (rowid, name) VALUES (?, ?)", (seq, (doc.get(column) or "").lower()))

    def settle(self, practice: str, patient_id: str, status: str, doc: dict[str, Any]) -> None:
        self._db.execute(
            "UPDATE patients SET status = ?, settles_at = NULL, mrn = ?, ehr_id = ?, dob = ?, phone = ?,"
            " first_name = ?, last_name = ?, doc = ? WHERE practice = ? AND patient_id = ?",
            (status, *_columns(doc), json.dumps(doc), practice, patient_id),
        )

    def next_due(self) -> float:
        """The earliest `settles_at` of what is pending (inf: nothing)."""
        (earliest,) = self._db.execute("SELECT MIN(settles_at) FROM patients WHERE status = 'pending'").fetchone()
        return math.inf if earliest is None else float(earliest)

    def due(self, now: float) -> list[tuple[str, str, float, dict[str, Any]]]:
        rows = self._db.execute(
            "SELECT practice, patient_id, settles_at, doc FROM patients WHERE status = 'pending' AND settles_at <= ?"
            " ORDER BY settles_at, seq",
            (now,),
        )
        return [(practice, pid, at, json.loads(doc)) for practice, pid, at, doc in rows.fetchall()]

    def search(self, practice: str, filters: PatientFilters, page: int, size: int) -> tuple[list[dict[str, Any]], int]:
        """One page of the created patients matching every filter, and how many match in all."""
        source, where, values = "patients AS p", ["p.practice = ?", "p.status = 'created'"], [practice]
        joins: list[str] = []
        for column, table in NAMES.items():
            part = getattr(filters, column)
            if part is None:
                continue
            if len(part) >= TRIGRAM and not set(part) & set("%_\\"):
                alias = f"n_{column}"
                joins.append(f"{table} AS {alias}")
                where.append(f"{alias}.rowid = p.seq AND {alias}.name LIKE ?")
                values.append(f"%{part.lower()}%")
            else:  # too short for the trigram index (or a LIKE wildcard in it): the practice's rows are read
                where.append(f"lower(p.{column}) LIKE ? ESCAPE '\\'")
                values.append(f"%{_escaped(part.lower())}%")
        for column in EXACT:
            value = getattr(filters, column)
            if value is not None:
                where.append(f"p.{column} = ?")
                values.append(value)
        if filters.phone is not None:
            where.append("p.phone = ?")
            values.append(digits(filters.phone) or "\x00")  # no digit: matches nothing
        if joins:  # CROSS JOIN: start from the (few) names that match, not from every patient
            source = " CROSS JOIN ".join([*joins, source])
        condition = " AND ".join(where)
        offset = (page - 1) * size
        rows: list[tuple[str]] = []
        if offset <= LARGEST_INTEGER:  # past it, no SQLite integer: past the last page too
            rows = self._db.execute(
                f"SELECT p.doc FROM {source} WHERE {condition} ORDER BY p.seq LIMIT ? OFFSET ?",
                [*values, size, offset],
            ).fetchall()
        found = [json.loads(raw) for (raw,) in rows]
        if found and len(found) < size:  # the last page: the count is the pages before it and its own
            return found, offset + len(found)
        # A full page or none: counted (from the index alone, not reading the rows' documents).
        total = self._db.execute(f"SELECT COUNT(*) FROM {source} WHERE {condition}", values).fetchone()[0]
        return found, int(total)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _columns(doc: dict[str, Any]) -> tuple[Any, ...]:
    phone = digits(doc.get("phone")) or None
    return doc.get("mrn"), doc.get("ehr_id"), doc.get("dob"), phone, doc.get("first_name"), doc.get("last_name")
