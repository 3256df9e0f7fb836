"""The contacts family's tables: referring providers (indexed by NPI and by phone and fax digits)
and insurance providers (paged by their order). SQL only, inside the shared store's transaction."""

from __future__ import annotations

import json
from typing import Any

from cobalt_kit.sandbox.store import LARGEST_INTEGER, Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS referring_providers (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    practice TEXT NOT NULL,
    npi TEXT,
    phone TEXT,
    fax TEXT,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS referring_by_npi ON referring_providers (practice, npi);
CREATE INDEX IF NOT EXISTS referring_by_phone ON referring_providers (practice, phone);
CREATE INDEX IF NOT EXISTS referring_by_fax ON referring_providers (practice, fax);
CREATE TABLE IF NOT EXISTS insurance_providers (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    practice TEXT NOT NULL,
    name TEXT NOT NULL,
    active INTEGER NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS insurance_by_practice ON insurance_providers (practice, active, seq);
"""
TABLES = ("referring_providers", "insurance_providers")


class ContactTables:
    def __init__(self, store: Store) -> None:
        self._db = store.db
        self._db.executescript(SCHEMA)

    def add_referring(self, practice: str, doc: dict[str, Any], phone: str, fax: str) -> None:
        self._db.execute(
            "INSERT INTO referring_providers (practice, npi, phone, fax, doc) VALUES (?, ?, ?, ?, ?)",
            (practice, doc.get("npi"), phone or None, fax or None, json.dumps(doc)),
        )

    def referring(self, practice: str, npi: str | None, phone: str | None, fax: str | None) -> list[dict[str, Any]]:
        """The practice's referring providers, narrowed by the indexed values given (the caller
        applies the exact rules)."""
        where, values = ["practice = ?"], [practice]
        for column, value in (("npi", npi), ("phone", phone), ("fax", fax)):
            if value is not None:
                where.append(f"{column} = ?")
                values.append(value)
        rows = self._db.execute(f"SELECT doc FROM referring_providers WHERE {' AND '.join(where)} ORDER BY seq", values)
        return [json.loads(raw) for (raw,) in rows.fetchall()]

    def add_insurer(self, practice: str, doc: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT INTO insurance_providers (practice, name, active, doc) VALUES (?, ?, ?, ?)",
            (practice, doc["name"].lower(), int(doc["active"]), json.dumps(doc)),
        )

    def insurers(
        self, practice: str, name: str | None, active: bool | None, offset: int, limit: int
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of the practice's insurance providers that match, and how many match in all."""
        where: list[str] = ["practice = ?"]
        values: list[str | int] = [practice]
        if active is not None:
            where.append("active = ?")
            values.append(int(active))
        if name is not None:
            # instr, not LIKE: `%` and `_` in a name are plain characters.
            where.append("instr(name, ?) > 0")
            values.append(name.lower())
        clause = " AND ".join(where)
        (total,) = self._db.execute(f"SELECT count(*) FROM insurance_providers WHERE {clause}", values).fetchone()
        if offset > LARGEST_INTEGER:  # no SQLite integer, and past the last page too
            return [], total
        rows = self._db.execute(
            f"SELECT doc FROM insurance_providers WHERE {clause} ORDER BY seq LIMIT ? OFFSET ?",
            [*values, limit, offset],
        )
        return [json.loads(raw) for (raw,) in rows.fetchall()], total

    def clear(self, practice: str | None = None) -> None:
        for table in TABLES:
            if practice is None:
                self._db.execute(f"DELETE FROM {table}")
            else:
                self._db.execute(f"DELETE FROM {table} WHERE practice = ?", (practice,))
