"""The sandbox's appointments in SQLite (WAL): one row per appointment, partitioned by practice.
SQL only: what the rows mean is the backend's and the rules' business.

Work happens inside `transaction()`, which holds the store's lock, so concurrent requests see each
other's writes in order, and commits before it returns, so an acknowledged write survives a restart.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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
CREATE TABLE IF NOT EXISTS practices (practice TEXT PRIMARY KEY);
"""


class Store:
    def __init__(self, path: str) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a committed write survives a crash of the process (not of the machine).
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    def has_practice(self, practice: str) -> bool:
        return self._db.execute("SELECT 1 FROM practices WHERE practice = ?", (practice,)).fetchone() is not None

    def add_practice(self, practice: str) -> None:
        self._db.execute("INSERT INTO practices VALUES (?)", (practice,))

    def clear(self) -> None:
        self._db.execute("DELETE FROM appointments")
        self._db.execute("DELETE FROM practices")
        self._db.execute("DELETE FROM sqlite_sequence")  # new ids start again where a fresh sandbox's do

    def due(self, now: float) -> list[tuple[str, dict[str, Any]]]:
        rows = self._db.execute(
            "SELECT id, doc FROM appointments WHERE status = 'pending' AND settles_at <= ?", (now,)
        ).fetchall()
        return [(id_, json.loads(raw)) for id_, raw in rows]

    def insert(self, practice: str, doc: dict[str, Any], settles_at: float | None) -> str:
        """Stores a new appointment; one without an id gets the next free one."""
        cursor = self._db.execute(
            "INSERT INTO appointments (id, practice, day, status, settles_at, doc) VALUES (?, ?, ?, ?, ?, ?)",
            (doc["id"], practice, doc["datetime"][:10], doc["status"], settles_at, "{}"),
        )
        id_ = doc["id"] or str(FIRST_ID + (cursor.lastrowid or 0))
        self._write("seq = ?", cursor.lastrowid, id_, {**doc, "id": id_}, settles_at)
        return id_

    def write(self, id_: str, doc: dict[str, Any], settles_at: float | None) -> None:
        self._write("id = ?", id_, id_, doc, settles_at)

    def _write(self, where: str, key: Any, id_: str, doc: dict[str, Any], settles_at: float | None) -> None:
        self._db.execute(
            f"UPDATE appointments SET id = ?, day = ?, status = ?, settles_at = ?, doc = ? WHERE {where}",
            (id_, doc["datetime"][:10], doc["status"], settles_at, json.dumps(doc), key),
        )

    def load(self, practice: str, id_: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT doc FROM appointments WHERE practice = ? AND id = ?", (practice, id_)).fetchone()
        return json.loads(row[0]) if row else None

    def between(self, practice: str, start: str, end: str) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT doc FROM appointments WHERE practice = ? AND day BETWEEN ? AND ? ORDER BY day, seq",
            (practice, start, end),
        ).fetchall()
        return [json.loads(raw) for (raw,) in rows]
