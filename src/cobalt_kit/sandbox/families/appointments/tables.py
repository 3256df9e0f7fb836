"""The appointments family's tables: one row per appointment, partitioned by practice, its list
filters' indexes, the trigram index of patient names, and the providers' schedule blocks. SQL only:
what the rows mean is the model's and the rules' business (rules.indexed_values says which values
the list filters' indexes hold). Used inside the shared store's transaction only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cobalt_kit.sandbox.families.appointments.indexing import indexed_values
from cobalt_kit.sandbox.store import Store

FIRST_ID = 30_000_000

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
-- Patient names for substring search: a trigram index answers `LIKE '%ane%'` without a scan. It
-- holds every row up to its last one, none after it (Store.index_names).
CREATE VIRTUAL TABLE IF NOT EXISTS appointment_names USING fts5(name, tokenize='trigram');
-- Schedule blocks staff put on a provider's schedule: [starts, ends) in seconds since the epoch.
CREATE TABLE IF NOT EXISTS schedule_blocks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    practice TEXT NOT NULL,
    provider TEXT NOT NULL,
    starts REAL NOT NULL,
    ends REAL NOT NULL,
    start TEXT NOT NULL  -- as given, for the conflict's details
);
CREATE INDEX IF NOT EXISTS schedule_blocks_by_provider ON schedule_blocks (practice, provider, starts);
"""
# The list filters' columns, kept beside the document (a database of an earlier sandbox gets them
# on first start, filled from the documents).
FILTER_COLUMNS = ("mrn", "phone", "mode")
FILTER_INDEXES = """
CREATE INDEX IF NOT EXISTS appointments_by_mrn ON appointments (practice, mrn, day);
CREATE INDEX IF NOT EXISTS appointments_by_phone ON appointments (practice, phone, day);
CREATE INDEX IF NOT EXISTS appointments_by_mode ON appointments (practice, mode, day);
"""


@dataclass(frozen=True)
class Narrowing:
    """What the database can answer from an index: a filter's value as stored (None: no filter)."""

    mrn: str | None = None
    phone: str | None = None
    mode: str | None = None
    name: str | None = None  # a substring, matched case-insensitively


class AppointmentTables:
    """The family's SQL on the shared store's connection (its tables made on first use)."""

    def __init__(self, store: Store) -> None:
        self._db = store.db
        self._db.executescript(SCHEMA)
        self._add_filter_columns()

    def _add_filter_columns(self) -> None:
        present = {row[1] for row in self._db.execute("PRAGMA table_info(appointments)")}
        missing = [column for column in FILTER_COLUMNS if column not in present]
        for column in missing:
            self._db.execute(f"ALTER TABLE appointments ADD COLUMN {column} TEXT")
        self._db.executescript(FILTER_INDEXES)
        if missing:
            for seq, raw in self._db.execute("SELECT seq, doc FROM appointments").fetchall():
                self._index(seq, json.loads(raw))

    def clear(self) -> None:
        for table in ("appointments", "appointment_names", "schedule_blocks"):
            self._db.execute(f"DELETE FROM {table}")

    def next_due(self) -> float:
        """The earliest `settles_at` of what is pending (inf: nothing)."""
        (earliest,) = self._db.execute("SELECT MIN(settles_at) FROM appointments WHERE status = 'pending'").fetchone()
        return math.inf if earliest is None else float(earliest)

    def due(self, now: float) -> list[tuple[str, str, float, dict[str, Any]]]:
        """Pending bookings due by `now`: (practice, id, settles_at, doc)."""
        rows = self._db.execute(
            "SELECT practice, id, settles_at, doc FROM appointments WHERE status = 'pending' AND settles_at <= ?",
            (now,),
        ).fetchall()
        return [(practice, id_, at, json.loads(raw)) for practice, id_, at, raw in rows]

    def clear_practice(self, practice: str) -> None:
        """Forgets a practice's appointments and blocks."""
        seqs = [seq for (seq,) in self._db.execute("SELECT seq FROM appointments WHERE practice = ?", (practice,))]
        self._db.executemany("DELETE FROM appointment_names WHERE rowid = ?", [(seq,) for seq in seqs])
        self._db.execute("DELETE FROM appointments WHERE practice = ?", (practice,))
        self._db.execute("DELETE FROM schedule_blocks WHERE practice = ?", (practice,))

    def insert(self, practice: str, doc: dict[str, Any], settles_at: float | None) -> str:
        """Stores a new appointment; one without an id gets the next free one (its row's number,
        read before the insert, which the store's lock keeps from changing: a create is the
        sandbox's busiest write, and this spares it a second write of the row)."""
        mrn, phone, mode, _name = indexed_values(doc)
        (last,) = self._db.execute(
            "SELECT coalesce(max(seq), 0) FROM (SELECT seq FROM sqlite_sequence WHERE name = 'appointments' "
            "UNION ALL SELECT max(seq) FROM appointments)"
        ).fetchone()
        seq = last + 1
        id_ = str(doc["id"] or FIRST_ID + seq)
        self._db.execute(
            "INSERT INTO appointments (seq, id, practice, day, status, settles_at, doc, mrn, phone, mode) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, id_, practice, doc["datetime"][:10], doc["status"], settles_at, json.dumps({**doc, "id": id_}),
             mrn, phone, mode),
        )  # fmt: skip
        return id_

    def write(self, id_: str, before: dict[str, Any], after: dict[str, Any], settles_at: float | None) -> None:
        """Replaces an appointment (`before`, as stored) with `after`. A change that leaves the
        filters' values alone (a settle, most edits) leaves their indexes alone too."""
        values = indexed_values(after)
        if values == indexed_values(before) and after["datetime"][:10] == before["datetime"][:10]:
            self._db.execute(
                "UPDATE appointments SET status = ?, settles_at = ?, doc = ? WHERE id = ?",
                (after["status"], settles_at, json.dumps(after), id_),
            )
            return
        mrn, phone, mode, name = values
        (seq,) = self._db.execute(
            "UPDATE appointments SET day = ?, status = ?, settles_at = ?, doc = ?, mrn = ?, phone = ?, mode = ? "
            "WHERE id = ? RETURNING seq",
            (after["datetime"][:10], after["status"], settles_at, json.dumps(after), mrn, phone, mode, id_),
        ).fetchone()
        self._db.execute("UPDATE appointment_names SET name = ? WHERE rowid = ?", (name, seq))

    def _index(self, seq: int, doc: dict[str, Any]) -> None:
        """The values the list filters look up, beside the document (rules.indexed_values)."""
        mrn, phone, mode, name = indexed_values(doc)
        self._db.execute("UPDATE appointments SET mrn = ?, phone = ?, mode = ? WHERE seq = ?", (mrn, phone, mode, seq))
        self._db.execute("DELETE FROM appointment_names WHERE rowid = ?", (seq,))
        self._db.execute("INSERT INTO appointment_names (rowid, name) VALUES (?, ?)", (seq, name))

    def load(self, practice: str, id_: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT doc FROM appointments WHERE practice = ? AND id = ?", (practice, id_)).fetchone()
        return json.loads(row[0]) if row else None

    def between(self, practice: str, start: str, end: str, narrowing: Narrowing | None = None) -> list[dict[str, Any]]:
        """The appointments of the date range, narrowed by the indexed filters (the caller still
        applies the exact rules: the database only leaves out what cannot match)."""
        return [json.loads(raw) for raw in self.texts_between(practice, start, end, narrowing)]

    def texts_between(self, practice: str, start: str, end: str, narrowing: Narrowing | None = None) -> list[str]:
        """`between`'s documents as stored (JSON text), for a reader that caches what it makes of each."""
        narrowing = narrowing or Narrowing()
        source, values = "appointments AS a", []
        # The trigram index answers substrings of three characters or more; `%` and `_` would be
        # wildcards to LIKE, so such a name is left to the exact rule alone.
        name = narrowing.name
        if name is not None and len(name) >= 3 and not set(name) & set("%_"):
            self.index_names()
            # CROSS JOIN: start from the (few) names that match, not from every day of the range.
            source = "appointment_names AS n CROSS JOIN appointments AS a ON a.seq = n.rowid AND n.name LIKE ?"
            values.append(f"%{name}%")
        where = ["a.practice = ?", "a.day BETWEEN ? AND ?"]
        values += [practice, start, end]
        for column in FILTER_COLUMNS:
            value = getattr(narrowing, column)
            if value is not None:
                where.append(f"a.{column} = ?")
                values.append(value)
        query = f"SELECT a.doc FROM {source} WHERE {' AND '.join(where)} ORDER BY a.day, a.seq"
        return [raw for (raw,) in self._db.execute(query, values).fetchall()]

    def index_names(self) -> None:
        """Puts the names of the rows stored since the last name search into the trigram index, in
        one write: a create leaves its name out, since indexing each name as it came was a fifth of
        a create's cost (a new index segment every transaction). The index holds every row up to
        its last one, so what it lacks is what comes after; a later change of an indexed name is
        written to it as it happens (`write`)."""
        last = self._db.execute("SELECT rowid FROM appointment_names ORDER BY rowid DESC LIMIT 1").fetchone()
        rows = self._db.execute("SELECT seq, doc FROM appointments WHERE seq > ?", (last[0] if last else 0,))
        self._db.executemany(
            "INSERT INTO appointment_names (rowid, name) VALUES (?, ?)",
            [(seq, indexed_values(json.loads(raw))[3]) for seq, raw in rows.fetchall()],
        )

    # Schedule blocks, per practice and provider.

    def add_block(self, practice: str, provider: str, starts: float, ends: float, start: str) -> str:
        cursor = self._db.execute(
            "INSERT INTO schedule_blocks (practice, provider, starts, ends, start) VALUES (?, ?, ?, ?, ?)",
            (practice, provider, starts, ends, start),
        )
        return f"B{cursor.lastrowid}"

    def blocks(self, practice: str, providers: Iterable[str], starts: float, ends: float) -> list[dict[str, Any]]:
        """The providers' blocks that overlap [starts, ends): id, start, minutes each."""
        return [block for _, block in self.providers_blocks(practice, providers, starts, ends)]

    def providers_blocks(
        self, practice: str, providers: Iterable[str], starts: float, ends: float
    ) -> list[tuple[str, dict[str, Any]]]:
        """`blocks`, each with the provider it was put on (as named then)."""
        names = sorted(providers)
        marks = ",".join("?" * len(names))
        rows = self._db.execute(
            f"SELECT seq, start, ends - starts, provider FROM schedule_blocks WHERE practice = ? "
            f"AND provider IN ({marks}) AND starts < ? AND ? < ends ORDER BY starts, seq",
            (practice, *names, ends, starts),
        )
        return [
            (provider, {"id": f"B{seq}", "datetime": start, "duration": round(length / 60)})
            for seq, start, length, provider in rows
        ]
