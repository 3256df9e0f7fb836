"""The sandbox's shared store in SQLite (WAL): the connection and its transaction, the practices,
and the outbox (each integration's webhook URLs and secret, the events, their deliveries). SQL
only. Each family keeps its own tables in its `tables.py`, on this store's connection (`db`).

Work happens inside `transaction()`, which holds the store's lock, so concurrent requests see each
other's writes in order, and commits before it returns, so an acknowledged write survives a restart.
A write on a full disk raises StorageFull; the log says so once when the store becomes full and
once when a write succeeds again.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cobalt_kit.numbers import count

logger = logging.getLogger("cobalt_kit.sandbox.store")

SCHEMA = """
CREATE TABLE IF NOT EXISTS practices (practice TEXT PRIMARY KEY);
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
"""
# Less free space than this, and an I/O error of SQLite's is the disk being full.
ROOM = 1 << 20
LARGEST_INTEGER = 2**63 - 1  # SQLite's: a larger OFFSET overflows the query


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
        # A delivery that was being sent when the process ended is sent again: at least once.
        self._db.execute("UPDATE deliveries SET state = 'due' WHERE state = 'sending'")

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

    @property
    def changes(self) -> int:
        """The rows written through this store since it opened (rolled back or not): what is read
        of it is the same while this stays the same, since the sandbox's process is the only writer
        of its database (SQLite's count is of this connection's writes alone)."""
        return self._db.total_changes

    @property
    def db(self) -> sqlite3.Connection:
        """The connection, for a family's tables: use it inside `transaction()` only."""
        return self._db

    def close(self) -> None:
        self._db.close()

    def has_practice(self, practice: str) -> bool:
        return self._db.execute("SELECT 1 FROM practices WHERE practice = ?", (practice,)).fetchone() is not None

    def add_practice(self, practice: str) -> None:
        self._db.execute("INSERT INTO practices VALUES (?)", (practice,))

    def clear(self) -> None:
        """Forgets the practices and the outbox (the families forget their own tables first)."""
        for table in ("practices", "webhooks", "webhook_secrets", "events", "deliveries"):
            self._db.execute(f"DELETE FROM {table}")
        # New ids start again where a fresh sandbox's do. The outbox's numbers go on: a delivery the
        # courier was sending when the reset came finishes by its number, which must not be a new one's.
        self._db.execute("DELETE FROM sqlite_sequence WHERE name NOT IN ('events', 'deliveries')")

    def clear_practice(self, practice: str, client_id: str, reference_id: str) -> None:
        """Forgets a practice, and the events (and deliveries) of its access token."""
        self._db.execute("DELETE FROM practices WHERE practice = ?", (practice,))
        token = (client_id, reference_id)
        self._db.execute(
            "DELETE FROM deliveries WHERE event_seq IN "
            "(SELECT seq FROM events WHERE client_id = ? AND reference_id = ?)",
            token,
        )
        self._db.execute("DELETE FROM events WHERE client_id = ? AND reference_id = ?", token)

    # Webhooks: registrations and secrets per integration (client_id).

    def add_webhook(self, client_id: str, url: str) -> str:
        cursor = self._db.execute("INSERT INTO webhooks (client_id, url) VALUES (?, ?)", (client_id, url))
        return str(cursor.lastrowid)

    def webhooks(self, client_id: str) -> list[tuple[str, str]]:
        rows = self._db.execute("SELECT seq, url FROM webhooks WHERE client_id = ? ORDER BY seq", (client_id,))
        return [(str(seq), url) for seq, url in rows.fetchall()]

    def remove_webhook(self, client_id: str, id_: str) -> bool:
        seq = count(id_)  # a webhook's id is its row number
        if seq is None:
            return False
        cursor = self._db.execute("DELETE FROM webhooks WHERE client_id = ? AND seq = ?", (client_id, seq))
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
