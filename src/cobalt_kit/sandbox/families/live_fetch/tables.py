"""The live fetches' SQL: the fetches the EHR has yet to answer (due after the booking delay, as a
booking is), and the clinic's changes in the EHR that the cached list has not seen yet."""

from __future__ import annotations

import json
import math
from typing import Any

from cobalt_kit.sandbox.store import Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS live_fetches (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    practice TEXT NOT NULL,
    kind TEXT NOT NULL,             -- appointments, patients, availability
    job_id TEXT NOT NULL,
    settles_at REAL NOT NULL,
    request TEXT NOT NULL           -- the checked request, with the caller's origin
);
CREATE INDEX IF NOT EXISTS live_fetches_due ON live_fetches (settles_at);
CREATE TABLE IF NOT EXISTS unsynced_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    practice TEXT NOT NULL,
    appointment_id TEXT NOT NULL,
    fields TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS unsynced_by_practice ON unsynced_changes (practice, seq);
"""


class LiveFetchTables:
    def __init__(self, store: Store) -> None:
        self._db = store.db
        self._db.executescript(SCHEMA)

    def clear(self) -> None:
        self._db.execute("DELETE FROM live_fetches")
        self._db.execute("DELETE FROM unsynced_changes")

    def clear_practice(self, practice: str) -> None:
        self._db.execute("DELETE FROM live_fetches WHERE practice = ?", (practice,))
        self._db.execute("DELETE FROM unsynced_changes WHERE practice = ?", (practice,))

    def add(self, practice: str, kind: str, job_id: str, settles_at: float, request: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT INTO live_fetches (practice, kind, job_id, settles_at, request) VALUES (?, ?, ?, ?, ?)",
            (practice, kind, job_id, settles_at, json.dumps(request)),
        )

    def next_due(self) -> float:
        """The earliest `settles_at` of what is pending (inf: nothing)."""
        (earliest,) = self._db.execute("SELECT MIN(settles_at) FROM live_fetches").fetchone()
        return math.inf if earliest is None else float(earliest)

    def due(self, now: float) -> list[tuple[int, str, str, str, float, dict[str, Any]]]:
        rows = self._db.execute(
            "SELECT seq, practice, kind, job_id, settles_at, request FROM live_fetches WHERE settles_at <= ?"
            " ORDER BY settles_at, seq",
            (now,),
        )
        return [(seq, p, kind, job, at, json.loads(raw)) for seq, p, kind, job, at, raw in rows.fetchall()]

    def done(self, seq: int) -> None:
        self._db.execute("DELETE FROM live_fetches WHERE seq = ?", (seq,))

    def add_unsynced(self, practice: str, appointment_id: str, fields: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT INTO unsynced_changes (practice, appointment_id, fields) VALUES (?, ?, ?)",
            (practice, appointment_id, json.dumps(fields)),
        )

    def unsynced(self, practice: str) -> list[tuple[int, str, dict[str, Any]]]:
        """The practice's changes the cached list has not seen, oldest first: (seq, id, fields)."""
        rows = self._db.execute(
            "SELECT seq, appointment_id, fields FROM unsynced_changes WHERE practice = ? ORDER BY seq", (practice,)
        ).fetchall()
        return [(seq, id_, json.loads(raw)) for seq, id_, raw in rows]

    def synced(self, seq: int) -> None:
        self._db.execute("DELETE FROM unsynced_changes WHERE seq = ?", (seq,))
