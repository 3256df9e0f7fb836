"""The settings family's table: each practice's visit types (its EHR's, with what its data adds).
SQL only, on the shared store's connection, inside its transaction."""

from __future__ import annotations

from collections.abc import Iterable

from cobalt_kit.sandbox.store import Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS visit_types (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    practice TEXT NOT NULL,
    code TEXT NOT NULL,
    description TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS visit_types_by_code ON visit_types (practice, code);
"""


class SettingsTables:
    def __init__(self, store: Store) -> None:
        self._db = store.db
        self._db.executescript(SCHEMA)

    def add(self, practice: str, types: Iterable[tuple[str, str]]) -> None:
        self._db.executemany(
            "INSERT OR IGNORE INTO visit_types (practice, code, description) VALUES (?, ?, ?)",
            [(practice, code, description) for code, description in types],
        )

    def visit_types(self, practice: str) -> list[tuple[str, str]]:
        rows = self._db.execute(
            "SELECT code, description FROM visit_types WHERE practice = ? ORDER BY seq", (practice,)
        )
        return [(code, description) for code, description in rows.fetchall()]

    def has(self, practice: str, code: str) -> bool:
        row = self._db.execute("SELECT 1 FROM visit_types WHERE practice = ? AND code = ?", (practice, code))
        return row.fetchone() is not None

    def clear(self, practice: str | None = None) -> None:
        if practice is None:
            self._db.execute("DELETE FROM visit_types")
        else:
            self._db.execute("DELETE FROM visit_types WHERE practice = ?", (practice,))
