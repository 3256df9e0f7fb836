"""The patients family's behaviour on the shared core: the cached patients (searched through
their indexes), and creates that the EHR answers after the booking delay, as it answers bookings,
with `patient.created` (the new MRN, which can then be booked) or `patient.failed`."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from cobalt_kit.sandbox.core import Core, Origin
from cobalt_kit.sandbox.events import new_job_id
from cobalt_kit.sandbox.families.patients import events, rules
from cobalt_kit.sandbox.families.patients.seed import demo_patients
from cobalt_kit.sandbox.families.patients.tables import PatientTables
from cobalt_kit.sandbox.families.settings.model import Settings
from cobalt_kit.sandbox.family import Model


def new_patient_id() -> str:
    """Sixteen digits, as the create page's `patient_id` (`9988776655443322`)."""
    return str(uuid.uuid4().int)[:16]


class Patients(Model):
    name = "patients"

    def __init__(self, core: Core) -> None:
        super().__init__(core)
        self.tables = PatientTables(core.store)

    def seed(self, practice: str, demo: bool, with_reference_ids: bool) -> None:
        if demo:
            self.tables.insert_many(practice, demo_patients())

    def forget(self, practice: str, origin: Origin) -> None:
        self.tables.clear_practice(practice)

    def forget_all(self) -> None:
        self.tables.clear()

    def next_due(self) -> float:
        return self.tables.next_due()

    def settle_due(self) -> None:
        for practice, patient_id, settles_at, doc in self.tables.due(self.core.furthest()):
            if settles_at <= self.core.now(practice):
                self._settle(practice, patient_id, doc)

    def _settle(self, practice: str, patient_id: str, doc: dict[str, Any]) -> None:
        origin = Origin(doc.pop("_client_id"), doc.pop("_reference_id"))
        job_id = doc.pop("_job_id")
        missing = rules.missing_fields(doc, self.core.family(Settings).required_patient_fields(practice))
        if missing:
            description = f"Missing required patient fields: {', '.join(missing)}."
            self.tables.settle(practice, patient_id, "failed", doc)
            self.core.emit(
                "patient.failed", events.failed(patient_id, "MISSING_REQUIRED_FIELDS", description), origin, job_id
            )
            return
        same = rules.PatientFilters(
            first_name=doc.get("first_name"), last_name=doc.get("last_name"), dob=doc.get("dob")
        )
        found, _ = self.tables.search(practice, same, 1, 50)
        if any(rules.same_person(other, doc) for other in found):
            self.tables.settle(practice, patient_id, "failed", doc)
            self.core.emit(
                "patient.failed", events.failed(patient_id, "DUPLICATE_PATIENT", rules.DUPLICATE), origin, job_id
            )
            return
        doc["mrn"] = doc["ehr_id"] = f"7{patient_id[:8]}"
        self.tables.settle(practice, patient_id, "created", doc)
        self.core.emit("patient.created", events.created(patient_id, doc["mrn"]), origin, job_id)

    # The API's operations.

    def search(
        self, practice: str, filters: rules.PatientFilters, page: int, size: int
    ) -> tuple[list[dict[str, Any]], int]:
        with self.core.transaction():
            found, total = self.tables.search(practice, filters, page, size)
        return [rules.public(record) for record in found], total

    def create(self, practice: str, fields: dict[str, Any], origin: Origin) -> tuple[str, str]:
        """The new patient's id and the job its event will carry; the EHR answers after the delay."""
        patient_id, job_id = new_patient_id(), new_job_id()
        doc = {**rules.new_record(fields), "_client_id": origin.client_id, "_reference_id": origin.reference_id,
               "_job_id": job_id}  # fmt: skip
        with self.core.transaction(practice, origin):
            self.tables.insert(practice, patient_id, "pending", doc, self.core.now(practice) + self.core.booking_delay)
        return patient_id, job_id

    def live(self, practice: str, values: dict[str, str], include: Iterable[str]) -> list[dict[str, Any]]:
        """What a live search finds in the EHR (inside the caller's transaction): every patient of
        the values (the names partial, as the cached search compares them)."""
        filters = rules.PatientFilters(**{k: v for k, v in values.items() if k != "mrn"}, mrn=values.get("mrn"))
        found, _ = self.tables.search(practice, filters, 1, 1000)
        wanted = list(include)
        return [rules.live(record, record.get("ehr_id") or "", wanted) for record in found]

    # The test controls.

    def seed_patients(self, practice: str, records: Sequence[dict[str, Any]], origin: Origin) -> list[str]:
        """Stores patients as the EHR has them (no create, no event): their MRNs."""
        with self.core.transaction(practice, origin):
            rows = [(new_patient_id(), {**rules.new_record(r), "mrn": r["mrn"], "ehr_id": r.get("ehr_id") or r["mrn"]})
                    for r in records]  # fmt: skip
            self.tables.insert_many(practice, rows)
        return [doc["mrn"] for _pid, doc in rows]
