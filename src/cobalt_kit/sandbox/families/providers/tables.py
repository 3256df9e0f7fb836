"""The providers family's tables: providers and locations of each practice, each row findable by
Cobalt's id, by the EHR's id and by the one alias the demo data gives (the reference books
`Good Doctor` at `Good Clinic`, names of what the EHR knows as 6644 and 54252). SQL only, inside the
shared store's transaction."""

from __future__ import annotations

import json
from typing import Any

from cobalt_kit.sandbox.store import Store

KINDS = ("providers", "locations")
SCHEMA = "".join(
    f"""
CREATE TABLE IF NOT EXISTS {kind} (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    practice TEXT NOT NULL,
    id TEXT NOT NULL,
    ehr_id TEXT NOT NULL,
    alias TEXT,
    doc TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS {kind}_by_id ON {kind} (practice, id);
CREATE UNIQUE INDEX IF NOT EXISTS {kind}_by_ehr_id ON {kind} (practice, ehr_id);
CREATE INDEX IF NOT EXISTS {kind}_by_alias ON {kind} (practice, alias);
"""
    for kind in KINDS
)


class DirectoryTables:
    """Rows of `providers` or `locations` (`kind`), the same columns each."""

    def __init__(self, store: Store) -> None:
        self._db = store.db
        self._db.executescript(SCHEMA)

    def add(self, kind: str, practice: str, doc: dict[str, Any], alias: str | None = None) -> None:
        self._db.execute(
            f"INSERT INTO {_table(kind)} (practice, id, ehr_id, alias, doc) VALUES (?, ?, ?, ?, ?)",
            (practice, doc["id"], doc["ehr_id"], alias, json.dumps(doc)),
        )

    def all(self, kind: str, practice: str) -> list[dict[str, Any]]:
        return [json.loads(raw) for raw in self.texts(kind, practice)]

    def texts(self, kind: str, practice: str) -> tuple[str, ...]:
        """`all`'s documents as stored (JSON text), for a reader that caches what it makes of them."""
        rows = self._db.execute(f"SELECT doc FROM {_table(kind)} WHERE practice = ? ORDER BY seq", (practice,))
        return tuple(raw for (raw,) in rows.fetchall())

    def by(self, kind: str, practice: str, column: str, value: str) -> dict[str, Any] | None:
        """The row whose `id` or `ehr_id` (`column`) is `value`."""
        assert column in ("id", "ehr_id")
        row = self._db.execute(
            f"SELECT doc FROM {_table(kind)} WHERE practice = ? AND {column} = ?", (practice, value)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def named(self, kind: str, practice: str, key: str) -> dict[str, Any] | None:
        """The row a booking names: by the EHR's id, else by its alias (two lookups, each on its
        index: one query with OR would scan the practice's rows)."""
        for column in ("ehr_id", "alias"):
            row = self._db.execute(
                f"SELECT doc FROM {_table(kind)} WHERE practice = ? AND {column} = ? ORDER BY seq LIMIT 1",
                (practice, key),
            ).fetchone()
            if row:
                return dict(json.loads(row[0]))
        return None

    def write(self, kind: str, practice: str, doc: dict[str, Any]) -> None:
        self._db.execute(
            f"UPDATE {_table(kind)} SET doc = ? WHERE practice = ? AND id = ?", (json.dumps(doc), practice, doc["id"])
        )

    def clear(self, practice: str | None = None) -> None:
        for kind in KINDS:
            if practice is None:
                self._db.execute(f"DELETE FROM {kind}")
            else:
                self._db.execute(f"DELETE FROM {kind} WHERE practice = ?", (practice,))


def _table(kind: str) -> str:
    assert kind in KINDS  # never a caller's text in the SQL
    return kind
