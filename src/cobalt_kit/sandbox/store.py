"""The sandbox's appointments in SQLite (WAL): one row per appointment, partitioned by practice.
SQL only: what the rows mean is the backend's and the rules' business (rules.indexed_values says
which values the list filters' indexes hold).

Work happens inside `transaction()`, which holds the store's lock, so concurrent requests see each
other's writes in order, and commits before it returns, so an acknowledged write survives a restart.
A write on a full disk raises StorageFull; the log says so once when the store becomes full and
once when a write succeeds again.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cobalt_kit.sandbox.rules import indexed_values

logger = logging.getLogger("cobalt_kit.sandbox.store")
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
-- Patient names for substring search: a trigram index answers `LIKE '%ane%'` without a scan. It
-- holds every row up to its last one, none after it (Store.index_names).
CREATE VIRTUAL TABLE IF NOT EXISTS appointment_names USING fts5(name, tokenize='trigram');
-- Webhooks: each integration's (client_id's) URLs and secret, and the outbox. An event is written
-- in the transaction of the change that causes it, with one delivery per URL registered then.
CREATE TABLE IF NOT EXISTS webhooks (seq INTEGER PRIMARY KEY AUTOINCREMENT, client_id TEXT NOT NULL, url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS webhook_secrets (client_id TEXT PRIMARY KEY, secret TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT UNIQUE NOT NULL,
    client_id TEXT NOT NULL,
    reference_id TEXT,
    job_id TEXT,
    body TEXT NOT NULL  -- the exact JSON text that is signed and sent
);
CREATE INDEX IF NOT EXISTS events_by_job ON events (client_id, job_id);
CREATE TABLE IF NOT EXISTS deliveries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_seq INTEGER NOT NULL,
    url TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 1,
    due REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'due'  -- due, sending, then delivered, refused, failed or blocked
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (state, due);
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


# Less free space than this, and an I/O error of SQLite's is the disk being full.
ROOM = 1 << 20


class StorageFull(Exception):
    """A write failed because the disk holding the database has no room left."""


def no_room(error: BaseException, path: str) -> bool:
    """Whether an error is a full disk: SQLITE_FULL, ENOSPC, or an I/O error of SQLite's (growing
    the WAL's shared-memory file on a full disk gives SQLITE_IOERR_SHMSIZE) while the disk is full."""
    if isinstance(error, OSError):
        return error.errno == errno.ENOSPC
    code = getattr(error, "sqlite_errorcode", None) if isinstance(error, sqlite3.Error) else None
    if code == sqlite3.SQLITE_FULL:
        return True
    if code is None or code & 0xFF != sqlite3.SQLITE_IOERR or path == ":memory:":
        return False
    try:
        disk = os.statvfs(Path(path).parent)
    except OSError:  # no disk to ask about: not known to be full
        return False
    return disk.f_bavail * disk.f_frsize < ROOM


class Store:
    def __init__(self, path: str) -> None:
        self.path = path
        # Whether the last write failed for a full disk: the log says so on a change only, once the
        # sandbox serves (`reporting`); before that, a full disk stops its start (serve.py says so).
        self.full = False
        self.reporting = False
        try:
            self._open(path)
        except (OSError, sqlite3.Error) as error:
            if no_room(error, path):
                raise StorageFull(f"the disk holding {path} is full") from error
            raise
        self._lock = threading.Lock()

    def _open(self, path: str) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a committed write survives a crash of the process (not of the machine).
        self._db.execute("PRAGMA synchronous=NORMAL")
        # A checkpoint (copying the log into the database, with two fsyncs) every 10,000 pages of log
        # (40 MB at most) rather than SQLite's 1,000: each one stalls the requests behind it.
        self._db.execute("PRAGMA wal_autocheckpoint=10000")
        self._db.executescript(SCHEMA)
        self._add_filter_columns()
        # A delivery that was being sent when the process ended is sent again: at least once.
        self._db.execute("UPDATE deliveries SET state = 'due' WHERE state = 'sending'")

    def _add_filter_columns(self) -> None:
        present = {row[1] for row in self._db.execute("PRAGMA table_info(appointments)")}
        missing = [column for column in FILTER_COLUMNS if column not in present]
        for column in missing:
            self._db.execute(f"ALTER TABLE appointments ADD COLUMN {column} TEXT")
        self._db.executescript(FILTER_INDEXES)
        if missing:
            for seq, raw in self._db.execute("SELECT seq, doc FROM appointments").fetchall():
                self._index(seq, json.loads(raw))

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                changes = self._db.total_changes
                try:
                    yield self
                    self._db.execute("COMMIT")
                except BaseException:
                    # SQLite may have rolled back already (it does on some SQLITE_FULL); a COMMIT that
                    # failed has not, and would leave every later BEGIN failing.
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
            except (OSError, sqlite3.Error) as error:
                if not no_room(error, self.path):
                    raise
                if not self.full and self.reporting:
                    logger.error("storage full: writes are refused (507) until there is room for %s", self.path)
                self.full = True
                raise StorageFull(f"the disk holding {self.path} is full") from error
            if self.full and self._db.total_changes != changes:
                if self.reporting:
                    logger.warning("storage has room again: writes to %s succeed", self.path)
                self.full = False

    def close(self) -> None:
        self._db.close()

    def has_practice(self, practice: str) -> bool:
        return self._db.execute("SELECT 1 FROM practices WHERE practice = ?", (practice,)).fetchone() is not None

    def add_practice(self, practice: str) -> None:
        self._db.execute("INSERT INTO practices VALUES (?)", (practice,))

    def clear(self) -> None:
        self._db.execute("DELETE FROM appointments")
        self._db.execute("DELETE FROM appointment_names")
        self._db.execute("DELETE FROM practices")
        for table in ("webhooks", "webhook_secrets", "events", "deliveries", "schedule_blocks"):
            self._db.execute(f"DELETE FROM {table}")
        # New ids start again where a fresh sandbox's do. The outbox's numbers go on: a delivery the
        # courier was sending when the reset came finishes by its number, which must not be a new one's.
        self._db.execute("DELETE FROM sqlite_sequence WHERE name NOT IN ('events', 'deliveries')")

    def due(self, now: float) -> list[tuple[str, str, float, dict[str, Any]]]:
        """Pending bookings due by `now`: (practice, id, settles_at, doc)."""
        rows = self._db.execute(
            "SELECT practice, id, settles_at, doc FROM appointments WHERE status = 'pending' AND settles_at <= ?",
            (now,),
        ).fetchall()
        return [(practice, id_, at, json.loads(raw)) for practice, id_, at, raw in rows]

    def clear_practice(self, practice: str, client_id: str, reference_id: str) -> None:
        """Forgets a practice's appointments, and the events (and deliveries) of its access token."""
        seqs = [seq for (seq,) in self._db.execute("SELECT seq FROM appointments WHERE practice = ?", (practice,))]
        self._db.executemany("DELETE FROM appointment_names WHERE rowid = ?", [(seq,) for seq in seqs])
        self._db.execute("DELETE FROM appointments WHERE practice = ?", (practice,))
        self._db.execute("DELETE FROM practices WHERE practice = ?", (practice,))
        self._db.execute("DELETE FROM schedule_blocks WHERE practice = ?", (practice,))
        token = (client_id, reference_id)
        self._db.execute(
            "DELETE FROM deliveries WHERE event_seq IN "
            "(SELECT seq FROM events WHERE client_id = ? AND reference_id = ?)",
            token,
        )
        self._db.execute("DELETE FROM events WHERE client_id = ? AND reference_id = ?", token)

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
        return [json.loads(raw) for (raw,) in self._db.execute(query, values).fetchall()]

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
        names = sorted(providers)
        marks = ",".join("?" * len(names))
        rows = self._db.execute(
            f"SELECT seq, start, ends - starts FROM schedule_blocks WHERE practice = ? AND provider IN ({marks}) "
            "AND starts < ? AND ? < ends ORDER BY starts, seq",
            (practice, *names, ends, starts),
        )
        return [{"id": f"B{seq}", "datetime": start, "duration": round(length / 60)} for seq, start, length in rows]

    # Webhooks: registrations and secrets per integration (client_id).

    def add_webhook(self, client_id: str, url: str) -> str:
        cursor = self._db.execute("INSERT INTO webhooks (client_id, url) VALUES (?, ?)", (client_id, url))
        return str(cursor.lastrowid)

    def webhooks(self, client_id: str) -> list[tuple[str, str]]:
        rows = self._db.execute("SELECT seq, url FROM webhooks WHERE client_id = ? ORDER BY seq", (client_id,))
        return [(str(seq), url) for seq, url in rows.fetchall()]

    def remove_webhook(self, client_id: str, id_: str) -> bool:
        if not id_.isdigit():
            return False
        cursor = self._db.execute("DELETE FROM webhooks WHERE client_id = ? AND seq = ?", (client_id, int(id_)))
        return cursor.rowcount > 0

    def secret(self, client_id: str) -> str | None:
        row = self._db.execute("SELECT secret FROM webhook_secrets WHERE client_id = ?", (client_id,)).fetchone()
        return row[0] if row else None

    def set_secret(self, client_id: str, secret: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO webhook_secrets VALUES (?, ?)", (client_id, secret))

    # The outbox: events, and their deliveries to each URL.

    def add_event(
        self, id_: str, client_id: str, reference_id: str | None, job_id: str | None, body: str, now: float
    ) -> None:
        cursor = self._db.execute(
            "INSERT INTO events (id, client_id, reference_id, job_id, body) VALUES (?, ?, ?, ?, ?)",
            (id_, client_id, reference_id, job_id, body),
        )
        self._db.execute(
            "INSERT INTO deliveries (event_seq, url, due) "
            "SELECT ?, url, ? FROM webhooks WHERE client_id = ? ORDER BY seq",
            (cursor.lastrowid, now, client_id),
        )

    def events_of_job(self, client_id: str, reference_id: str, job_id: str | None) -> list[tuple[str, str]]:
        """(body, delivery status) of the token's events, of one job unless `job_id` is None. The
        status is the vendor's: `success` once a URL took it, `failed` when every URL's delivery
        ended otherwise, `pending` while one is due (or when no URL was registered)."""
        rows = self._db.execute(
            "SELECT body, CASE"
            " WHEN EXISTS (SELECT 1 FROM deliveries d WHERE d.event_seq = e.seq AND d.state = 'delivered')"
            " THEN 'success'"
            " WHEN EXISTS (SELECT 1 FROM deliveries d WHERE d.event_seq = e.seq) AND NOT EXISTS"
            " (SELECT 1 FROM deliveries d WHERE d.event_seq = e.seq AND d.state IN ('due', 'sending'))"
            " THEN 'failed' ELSE 'pending' END"
            " FROM events e WHERE client_id = ? AND reference_id = ? AND (? IS NULL OR job_id = ?) ORDER BY seq",
            (client_id, reference_id, job_id, job_id),
        )
        return [(body, status) for (body, status) in rows.fetchall()]

    def resend_event(self, client_id: str, reference_id: str, event_id: str, now: float) -> int | None:
        """See Backend.resend_event; a delivery still due or being sent is left as it is."""
        row = self._db.execute(
            "SELECT seq FROM events WHERE id = ? AND client_id = ? AND reference_id IS ?",
            (event_id, client_id, reference_id),
        ).fetchone()
        if row is None:
            return None
        (seq,) = row
        if self._db.execute("SELECT 1 FROM deliveries WHERE event_seq = ?", (seq,)).fetchone() is None:
            self._db.execute(
                "INSERT INTO deliveries (event_seq, url, due) SELECT ?, url, ? FROM webhooks WHERE client_id = ?",
                (seq, now, client_id),
            )
        else:
            self._db.execute(
                "UPDATE deliveries SET state = 'due', attempt = attempt + 1, due = ? "
                "WHERE event_seq = ? AND state NOT IN ('due', 'sending')",
                (now, seq),
            )
        return int(self._db.execute("SELECT changes()").fetchone()[0])

    def claim_deliveries(self, now: float) -> list[tuple[int, str, int, str, str, str]]:
        """The deliveries due now, marked as being sent: (seq, url, attempt, client_id, reference_id,
        body)."""
        rows = self._db.execute(
            "UPDATE deliveries SET state = 'sending' WHERE state = 'due' AND due <= ? RETURNING seq", (now,)
        ).fetchall()
        if not rows:
            return []
        seqs = [seq for (seq,) in rows]
        marks = ",".join("?" * len(seqs))
        found = self._db.execute(
            "SELECT d.seq, d.url, d.attempt, e.client_id, e.reference_id, e.body "
            f"FROM deliveries AS d JOIN events AS e ON e.seq = d.event_seq WHERE d.seq IN ({marks}) ORDER BY d.seq",
            seqs,
        )
        return [tuple(row) for row in found.fetchall()]

    def claimed_secret(self, seq: int, client_id: str) -> str | None:
        """The secret to sign a claimed delivery with ("" when the integration has none); None when
        the delivery is claimed no more: a reset forgot it (with its event) since it was claimed."""
        row = self._db.execute(
            "SELECT coalesce((SELECT secret FROM webhook_secrets WHERE client_id = ?), '') "
            "FROM deliveries WHERE seq = ? AND state = 'sending'",
            (client_id, seq),
        ).fetchone()
        return row[0] if row else None

    def finish_delivery(self, seq: int, state: str) -> None:
        self._db.execute("UPDATE deliveries SET state = ? WHERE seq = ?", (state, seq))

    def retry_delivery(self, seq: int, attempt: int, due: float) -> None:
        self._db.execute("UPDATE deliveries SET state = 'due', attempt = ?, due = ? WHERE seq = ?", (attempt, due, seq))
