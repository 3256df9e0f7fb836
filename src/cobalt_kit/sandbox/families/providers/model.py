"""The providers family: the practice's providers (with their hours) and locations, as its EHR
holds them. Appointments asks it, inside its own transaction, whether a booking names what the EHR
knows (`booking_failure`); availability reads `providers` the same way."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from cobalt_kit.sandbox.core import Core, Origin
from cobalt_kit.sandbox.families.appointments.events import PRACTICE_TIMEZONE
from cobalt_kit.sandbox.families.providers import rules, seed
from cobalt_kit.sandbox.families.providers.tables import DirectoryTables
from cobalt_kit.sandbox.family import Model, NotAccepted

# The fields of a stored booking that name a provider or a location, and which.
BOOKING_KINDS = (("_provider", "providers"), ("location", "locations"), ("secondary_provider_ehr_id", "providers"))
Entry = dict[str, Any]


class Providers(Model):
    name = "providers"

    def __init__(self, core: Core) -> None:
        super().__init__(core)
        self.tables = DirectoryTables(core.store)

    def seed(self, practice: str, demo: bool, with_reference_ids: bool) -> None:
        if not demo:
            return
        ids = {}
        for reference_id, alias, fields in seed.LOCATIONS:
            ids[reference_id] = reference_id if with_reference_ids else rules.new_id()
            self.tables.add("locations", practice, rules.location(fields, ids[reference_id]), alias)
        for reference_id, alias, fields in seed.PROVIDERS:
            days = [{**day, "shifts": [{**s, "facility_id": ids[s["facility_id"]]} for s in day["shifts"]]}
                    for day in fields["hours"]]  # fmt: skip
            hours = rules.stored_hours(days, self._location_of(practice))
            id_ = reference_id if with_reference_ids else rules.new_id()
            doc = rules.provider({**fields, "hours": hours}, id_, PRACTICE_TIMEZONE)
            self.tables.add("providers", practice, doc, alias)

    def forget(self, practice: str, origin: Origin) -> None:
        self.tables.clear(practice)

    def forget_all(self) -> None:
        self.tables.clear()

    def _location_of(self, practice: str) -> Callable[[str], Entry | None]:
        return lambda id_: self.tables.by("locations", practice, "id", id_)

    # The API's operations.

    def entries(self, kind: str, practice: str) -> list[Entry]:
        """The practice's providers or locations (`kind`), in the order they were added."""
        with self.core.transaction():
            return self.tables.all(kind, practice)

    def update_provider(
        self, practice: str, column: str, key: str, fields: Mapping[str, Any], origin: Origin
    ) -> Entry | None:
        """The provider after the change (by its Cobalt `id` or its `ehr_id`: `column`); None when
        the practice has no such provider; NotAccepted for a shift at no location of it."""
        with self.core.transaction(practice, origin):
            found = self.tables.by("providers", practice, column, rules.same_id(key) if column == "id" else key)
            if found is None:
                return None
            hours = rules.stored_hours(fields["hours"], self._location_of(practice)) if "hours" in fields else None
            changed = rules.updated(found, fields, hours)
            self.tables.write("providers", practice, changed)
            return changed

    def update_location(self, practice: str, key: str, status: str, origin: Origin) -> Entry | None:
        with self.core.transaction(practice, origin):
            found = self.tables.by("locations", practice, "id", rules.same_id(key))
            if found is None:
                return None
            changed = {**found, "status": status.lower()}
            self.tables.write("locations", practice, changed)
            return changed

    # For the other families, inside their transaction.

    def providers(self, practice: str) -> list[Entry]:
        return self.tables.all("providers", practice)

    def booking_failure(self, practice: str, doc: Mapping[str, Any]) -> str | None:
        """The reason the EHR refuses a booking for what it names (provider, location, secondary
        provider): unknown to the practice, or inactive; None when it knows each of them."""
        for field, kind in BOOKING_KINDS:
            if doc.get(field) is None:
                continue
            reason = rules.refusal(field, self.tables.named(kind, practice, str(doc[field])))
            if reason is not None:
                return reason
        return None

    # The test controls.

    def seed_entries(
        self, kind: str, practice: str, items: Iterable[Mapping[str, Any]], origin: Origin
    ) -> Sequence[str]:
        """Adds providers or locations (`kind`) as given; their new Cobalt ids. NotAccepted for
        an `ehr_id` the practice has, or a shift at no location of it."""
        ids = []
        with self.core.transaction(practice, origin):
            for index, fields in enumerate(items):
                if self.tables.by(kind, practice, "ehr_id", str(fields["ehr_id"])) is not None:
                    raise NotAccepted(f"{kind}.{index}.ehr_id: the practice has one with this ehr_id already")
                id_ = rules.new_id()
                if kind == "locations":
                    doc = rules.location(fields, id_)
                else:
                    days = list(fields.get("hours", []))
                    hours = rules.stored_hours(days, self._location_of(practice), f"providers.{index}.hours")
                    doc = rules.provider({**fields, "hours": hours}, id_, PRACTICE_TIMEZONE)
                self.tables.add(kind, practice, doc)
                ids.append(id_)
        return ids
