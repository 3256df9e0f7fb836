"""The contacts family: the practice's referring providers and insurance providers (read-only lists)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from cobalt_kit.sandbox.core import Core, Origin
from cobalt_kit.sandbox.families.contacts import rules, seed
from cobalt_kit.sandbox.families.contacts.tables import ContactTables
from cobalt_kit.sandbox.families.providers.rules import new_id
from cobalt_kit.sandbox.family import Model

# When the demo's insurance providers were "added" (a fixed moment: the demo data does not age).
DEMO_ADDED = dt.datetime(2024, 1, 2, 9, 0, tzinfo=dt.UTC).isoformat().replace("+00:00", "Z")


class Contacts(Model):
    name = "contacts"

    def __init__(self, core: Core) -> None:
        super().__init__(core)
        self.tables = ContactTables(core.store)

    def seed(self, practice: str, demo: bool, with_reference_ids: bool) -> None:
        if not demo:
            return
        for fields in seed.REFERRING:
            doc = rules.referring(fields, new_id())
            self.tables.add_referring(practice, doc, rules.digits(doc["phone"]), rules.digits(doc["fax"]))
        for name, payer_id, active in seed.INSURERS:
            doc = {"id": new_id(), "name": name, "payer_id": payer_id, "active": active, "created_at": DEMO_ADDED}
            self.tables.add_insurer(practice, doc)

    def forget(self, practice: str, origin: Origin) -> None:
        self.tables.clear(practice)

    def forget_all(self) -> None:
        self.tables.clear()

    def referring(self, practice: str, query: Mapping[str, Any]) -> list[dict[str, Any]]:
        numbers = {name: rules.digits(query[name]) if name in query else None for name in ("phone", "fax")}
        if "" in numbers.values():  # a number without a digit matches nothing
            return []
        with self.core.transaction():
            found = self.tables.referring(practice, query.get("npi"), numbers["phone"], numbers["fax"])
        return [doc for doc in found if rules.matches(doc, query)]

    def insurers(
        self, practice: str, name: str | None, active: bool | None, page: int, size: int
    ) -> tuple[list[dict[str, Any]], int]:
        with self.core.transaction():
            return self.tables.insurers(practice, name, active, (page - 1) * size, size)
