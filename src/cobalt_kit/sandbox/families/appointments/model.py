"""The appointments family's behaviour on the shared core (core.py): bookings, their settling, the
EHR's side (staff booking, blocking, changing), each change with the events the vendor documents.

A booking's move from `pending` to `scheduled` (or `failed`) is applied by the first transaction
after it is due (`settle_due`, which the core runs at the start of every transaction).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from cobalt_kit.sandbox.core import Core, Origin
from cobalt_kit.sandbox.events import new_job_id
from cobalt_kit.sandbox.families.appointments import events, rules
from cobalt_kit.sandbox.families.appointments.seed import PATIENTS, demo_appointments
from cobalt_kit.sandbox.families.appointments.tables import AppointmentTables, Narrowing
from cobalt_kit.sandbox.families.providers.model import Providers
from cobalt_kit.sandbox.families.settings.model import Settings
from cobalt_kit.sandbox.family import Model


class Appointments(Model):
    name = "appointments"

    def __init__(self, core: Core) -> None:
        super().__init__(core)
        self.tables = AppointmentTables(core.store)

    # The core's hooks.

    def seed(self, practice: str, demo: bool, with_reference_ids: bool) -> None:
        for doc in demo_appointments(with_reference_ids) if demo else []:
            self.tables.insert(practice, doc, settles_at=None)

    def forget(self, practice: str, origin: Origin) -> None:
        self.tables.clear_practice(practice)

    def forget_all(self) -> None:
        self.tables.clear()

    def next_due(self) -> float:
        return self.tables.next_due()

    def settle_due(self) -> None:
        for practice, id_, settles_at, doc in self.tables.due(self.core.furthest()):
            if settles_at <= self.core.now(practice):
                self._settle(id_, doc, self._outcome(practice, id_, doc))

    def _outcome(self, practice: str, id_: str, doc: dict[str, Any], failure: str | None = None) -> dict[str, Any]:
        """What the EHR makes of a pending booking (rules.settled): a magic value's failure, else
        what it names that the practice does not know (providers family) or a visit type its EHR
        does not define (settings family), else the double-booking
        check of the practice's EHR run against the provider's schedule as stored now."""
        if failure is None and rules.magic_failure(doc) is None:
            failure = self.core.family(Providers).booking_failure(practice, doc)
            if failure is None and not self.core.family(Settings).accepts_visit_type(practice, doc["appointment_type"]):
                failure = "visit_type_not_found"
        conflict = None
        if failure is None and rules.checks_double_booking(doc, self.core.ehr(practice)):
            try:
                first, last = rules.search_days(doc)
                start, end = rules.span(doc)
            except OverflowError:
                # A visit that runs off the calendar's first or last day: no stored visit or block can
                # lie there, and a settle must never fail (every transaction settles what is due).
                return rules.settled(id_, doc, failure, conflict)
            blocks = self.tables.blocks(practice, rules.provider_names(doc), start.timestamp(), end.timestamp())
            schedule = self.tables.between(practice, first.isoformat(), last.isoformat())
            conflict = rules.double_booking(doc, schedule, blocks)
        return rules.settled(id_, doc, failure, conflict)

    def _settle(self, id_: str, pending: dict[str, Any], done: dict[str, Any]) -> None:
        """Writes a settled booking and its operation event (with the job of the call that asked)."""
        self.tables.write(id_, pending, done, settles_at=None)
        if done["status"] == "scheduled":
            kind, data = "appointment.created", events.created(done)
        else:
            kind, data = "appointment.failed", events.failed(done)
        self.core.emit(kind, data, _origin_of(done), done.get("_job_id"))

    # The API's operations.

    def list(self, practice: str, filters: rules.Filters) -> list[dict[str, Any]]:
        phone = rules.digits(filters.patient_phone) if filters.patient_phone is not None else None
        if phone == "":  # a phone filter without a digit matches nothing
            return []
        narrowing = Narrowing(filters.patient_mrn, phone, filters.appointment_mode, filters.patient_name)
        with self.core.transaction():
            docs = self.tables.between(practice, filters.start.isoformat(), filters.end.isoformat(), narrowing)
        return [rules.public(doc, filters.include_note) for doc in docs if rules.matches(doc, filters)]

    def get(self, practice: str, id_: str) -> dict[str, Any] | None:
        with self.core.transaction():
            doc = self.tables.load(practice, id_)
        return rules.public(doc, include_note=False) if doc else None

    def create(self, practice: str, fields: dict[str, Any], origin: Origin) -> tuple[str, str]:
        """The new appointment's id and the job id its settling event will carry."""
        doc, job_id = _booking(fields, origin)
        with self.core.transaction(practice, origin):
            settles_at = self.core.now(practice) + self.core.booking_delay
            return self.tables.insert(practice, doc, settles_at=settles_at), job_id

    def update(self, practice: str, id_: str, fields: dict[str, Any], origin: Origin) -> bool:
        """False when there is no such appointment; rules.Conflict when its status forbids the change.
        A cancel is `appointment.cancelled`; a change the EHR takes at once `appointment.updated`; a
        failed booking sent again settles later with its own event."""
        with self.core.transaction(practice, origin):
            doc = self.tables.load(practice, id_)
            if doc is None:
                return False
            changed, waits = rules.updated(doc, fields, self.core.family(Settings).visit_statuses(practice))
            job_id = new_job_id()
            changed.update(_stamp(origin, job_id))
            settles_at = self.core.now(practice) + self.core.booking_delay if waits else None
            self.tables.write(id_, doc, changed, settles_at=settles_at)
            if changed["status"] == "cancelled" and doc["status"] != "cancelled":
                self.core.emit("appointment.cancelled", events.cancelled(changed, self.core.clock()), origin, job_id)
            elif not waits:
                self.core.emit("appointment.updated", events.updated(changed), origin, job_id)
            return True

    # The test controls (controls.py): seeding, settling now, the EHR's side.

    def seed_appointments(
        self, practice: str, items: Iterable[tuple[dict[str, Any], str]], origin: Origin
    ) -> Sequence[str]:
        """Stores appointments as they are (no booking, no event): (create fields, status) each."""
        with self.core.transaction(practice, origin):
            return [
                self.tables.insert(practice, rules.stored(fields, status, PATIENTS), settles_at=None)
                for fields, status in items
            ]

    def settle_now(self, practice: str, id_: str, failure: str | None, origin: Origin) -> dict[str, Any] | None:
        """The EHR answers a pending booking now, as a natural settle would (rules.Conflict when it
        is not pending); None when there is no such appointment."""
        with self.core.transaction(practice, origin):
            doc = self.tables.load(practice, id_)
            if doc is None:
                return None
            if doc["status"] != "pending":
                raise rules.Conflict(f"A {doc['status']} appointment has nothing to settle; only a pending one has.")
            return self._settle_now(practice, id_, doc, failure)

    def book_and_settle(
        self, practice: str, fields: dict[str, Any], failure: str | None, origin: Origin
    ) -> tuple[dict[str, Any], str]:
        """A booking as `create` makes it, settled as `settle_now` would settle it, in one
        transaction (no natural settle can come between); the appointment, and its job id."""
        pending, job_id = _booking(fields, origin)
        with self.core.transaction(practice, origin):
            id_ = self.tables.insert(practice, pending, settles_at=None)
            stored = self.tables.load(practice, id_)
            assert stored is not None
            return self._settle_now(practice, id_, stored, failure), job_id

    def _settle_now(self, practice: str, id_: str, pending: dict[str, Any], failure: str | None) -> dict[str, Any]:
        done = self._outcome(practice, id_, pending, failure)
        self._settle(id_, pending, done)
        return rules.public(done, include_note=False)

    def ehr_book(self, practice: str, fields: dict[str, Any], origin: Origin) -> str:
        """Staff book in the EHR: scheduled at once, and `appointment.created` without a job."""
        with self.core.transaction(practice, origin):
            id_ = self.tables.insert(practice, rules.stored(fields, "scheduled", PATIENTS), settles_at=None)
            done = self.tables.load(practice, id_)
            assert done is not None
            self.core.emit("appointment.created", events.created(done), origin, None)
            return id_

    def ehr_block(self, practice: str, fields: dict[str, Any], origin: Origin) -> str:
        """Staff block a provider's time (`provider`, `datetime`, `duration` in minutes): a booking
        with `prevent_double_booking` fails on it. No event (the vendor documents none)."""
        block = rules.block(fields)
        start, end = rules.span(block)
        with self.core.transaction(practice, origin):
            return self.tables.add_block(
                practice, fields["provider"], start.timestamp(), end.timestamp(), block["datetime"]
            )

    def ehr_action(
        self, practice: str, id_: str, action: str, fields: dict[str, Any], origin: Origin
    ) -> dict[str, Any] | None:
        """Staff cancel, complete or change an appointment in the EHR (rules.ehr_changed), with the
        sync event the vendor documents for it (no job). None when there is no such appointment."""
        with self.core.transaction(practice, origin):
            doc = self.tables.load(practice, id_)
            if doc is None:
                return None
            changed = rules.ehr_changed(doc, action, fields)
            self.tables.write(id_, doc, changed, settles_at=None)
            if action == "cancel":
                event = "appointment.cancelled", events.cancelled(changed, self.core.clock())
            elif action == "complete":
                event = "appointment.status_updated", events.status_updated(changed, doc["status"])
            else:
                event = "appointment.updated", events.updated(changed)
            self.core.emit(*event, origin, None)
            return rules.public(changed, include_note=False)


def _booking(fields: dict[str, Any], origin: Origin) -> tuple[dict[str, Any], str]:
    """The pending appointment a create makes of `fields` (id not yet given), and its new job id."""
    job_id = new_job_id()
    return {**rules.new_appointment(fields, PATIENTS), **_stamp(origin, job_id)}, job_id


def _stamp(origin: Origin, job_id: str) -> dict[str, str]:
    """What a stored appointment remembers of the call that last changed it (never shown: `_`)."""
    return {"_client_id": origin.client_id, "_reference_id": origin.reference_id, "_job_id": job_id}


def _origin_of(doc: dict[str, Any]) -> Origin | None:
    if "_client_id" not in doc:
        return None
    return Origin(doc["_client_id"], doc["_reference_id"])
